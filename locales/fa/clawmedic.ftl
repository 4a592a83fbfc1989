# clawmedic — فارسی.
# دستورها، شناسه‌ها، نام پروفایل‌ها و ارجاع‌های مدل هرگز بخشی از این پیام‌ها نیستند:
# به‌صورت متغیر ($provider, $profile, $model, …) می‌آیند یا چیدمان آن‌ها را در بخش کد نشان می‌دهد.

## Reply layout

reply-title = تشخیص clawmedic
reply-version-seen = نسخهٔ OpenClaw: { $version } (از متنی که چسباندید خوانده شد).
reply-version-flag = نسخهٔ OpenClaw: { $version } (طبق مقدار داده‌شده).
reply-version-unknown = نسخهٔ OpenClaw مشخص نیست: مراحل زیر در همهٔ نسخه‌ها کار می‌کنند، مگر جایی که ذکر شده باشد.
reply-version-floor = نسخهٔ OpenClaw گفته نشده؛ از متن چسبانده‌شده به نظر می‌رسد { $version } یا جدیدتر باشد (مسیر ذخیره‌گاه و شناسه‌ها).
reply-top-finding = محتمل‌ترین علت: { $title }
reply-next-finding = اگر این مشکل را حل نکرد: { $title }
reply-evidence = شواهد
reply-evidence-line = پیام { $message }، خط { $line }
reply-ruled-out = علت‌های ردشده
reply-steps = مراحل بعدی
reply-asks =
    { $count ->
        [one] لطفاً این دستور را اجرا کنید و خروجی‌اش را بچسبانید
       *[other] لطفاً این دستورها را اجرا کنید و خروجی‌شان را بچسبانید
    }
reply-need-more-info = هنوز چیز قطعی‌ای در این رشتهٔ گفتگو پیدا نشده است. دستورهای زیر را اجرا کنید و خروجی‌شان را بچسبانید (کلیدها و توکن‌ها را بپوشانید).
reply-mask-reminder = پیش از چسباندن، کلیدها و توکن‌ها را بپوشانید.
where-cli = شل میزبان گیت‌وی
where-chat = گفتگوی مشکل‌دار OpenClaw
where-config = فایل پیکربندی
where-config-cli = شل میزبان گیت‌وی (فایل پیکربندی را تغییر می‌دهد)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] متنی که چسباندید یک مقدار محرمانه (کلید API یا توکن) داشت. اینجا تکرارش نمی‌کنیم. همین حالا آن پیام را پاک کنید و آن مقدار را نزد ارائه‌دهنده‌اش تعویض کنید.
       *[other] متنی که چسباندید { $count } مقدار محرمانه (کلید API یا توکن) داشت. اینجا تکرارشان نمی‌کنیم. همین حالا آن پیام را پاک کنید و هر کدام را نزد ارائه‌دهنده‌اش تعویض کنید.
    }
mojibake-note = برخی نویسه‌های متنی که چسباندید با کدگذاری نادرست رسیده بودند؛ پیش از خواندن اصلاح شدند.

## Notes

note-flag-too-new = نسخهٔ OpenClaw شما هنوز { $flag } را نمی‌شناسد (از { $since } اضافه شد). بدون آن: `{ $command }`
note-flag-too-new-plain = نسخهٔ OpenClaw شما هنوز { $flag } را نمی‌شناسد (از { $since } اضافه شد): همان فرمان را بدون آن اجرا کنید.

## Cause titles

cause-oauth_expired = ورود OAuth منقضی شده است
cause-refresh_token_reused = توکن تازه‌سازی (refresh token) دو بار استفاده شده است
cause-oauth_scope_missing = ورود، یکی از دامنه‌های دسترسی (scope) لازم را ندارد
cause-missing_api_key = هیچ اعتبارنامه‌ای برای این ارائه‌دهنده وجود ندارد
cause-invalid_api_key = کلید API رد می‌شود
cause-external_cli_credential_stale = اعتبارنامهٔ کپی‌شده از یک CLI دیگر قدیمی است
cause-pinned_profile_missing_credential = پروفایل پین‌شده اعتبارنامه ندارد
cause-auth_provider_not_loaded = ورود به ارائه‌دهنده‌ای اشاره می‌کند که بارگذاری نشده است
cause-per_agent_auth_store = اعتبارنامه در مخزن یک ایجنت دیگر است
cause-auth_store_migration_required = مخزن احراز هویت باید مهاجرت داده شود
cause-profile_excluded_by_auth_order = ترتیب احراز هویت، پروفایل‌های سالم را کنار می‌گذارد
cause-auth_order_not_applied = ترتیب جدید احراز هویت اعمال نشده است
cause-session_pin_stale = گفتگوی مشکل‌دار هنوز از یک پروفایل قدیمی استفاده می‌کند
cause-wrong_provider_prefix = ارجاع مدل و پروفایل متعلق به ارائه‌دهنده‌های متفاوتی هستند
cause-auth_profile_provider_mismatch = یک پروفایل به ارائه‌دهندهٔ دیگری وصل است
cause-legacy_codex_ids = شناسه‌های قدیمی openai-codex روی بیلدی که نامشان را تغییر داده است
cause-unknown_model = این مدل برای ارائه‌دهنده یا پیکربندی شناخته‌شده نیست
cause-model_not_allowed = مدل در فهرست مجاز نیست
cause-rate_limit_cooldown = ارائه‌دهنده محدودیت نرخ اعمال کرده یا در توقف موقت (cooldown) است
cause-billing_disabled = اعتبار حساب تمام شده است
cause-provider_unreachable = دسترسی به ارائه‌دهنده ممکن نبود
cause-fallbacks_stripped = مدل‌های پشتیبان (fallback) از پیکربندی مؤثر حذف شده‌اند
cause-ollama_fallback_dropped = مدل پشتیبان Ollama نمی‌تواند پاسخ دهد
cause-fallback_not_triggered = این نوبت بدون امتحان کردن مدل پشتیبان شکست خورد
cause-runtime_unavailable = ران‌تایم Codex نمی‌تواند این نوبت را اجرا کند
cause-cloudflare_403 = درخواست‌های ChatGPT به چالش Cloudflare برمی‌خورند
cause-version_regression = یک باگ شناخته‌شده در این بیلد OpenClaw
cause-gateway_not_reloaded = گیت‌وی در حال اجرا هنوز وضعیت قدیمی را ارائه می‌دهد
cause-request_rejected = ارائه‌دهنده خودِ درخواست را رد کرد
cause-status_display_mismatch = صفحهٔ وضعیت هشدار می‌دهد، اما اجراها کار می‌کنند
cause-not_model_auth = مشکل از احراز هویت مدل نیست
cause-all_ok = همه‌چیز سالم به نظر می‌رسد
cause-need_more_info = خروجی بیشتری لازم است

## Finding summaries

oauth_expired-summary = ورود ذخیره‌شده برای { $provider } دیگر نمی‌تواند توکن دسترسی‌اش را تازه کند، بنابراین هر درخواستی که از آن استفاده کند شکست می‌خورد. روی میزبان گیت‌وی دوباره وارد شوید و سپس گیت‌وی را دوباره راه‌اندازی کنید.
refresh_token_reused-summary = توکن تازه‌سازی { $provider } را دو مصرف‌کننده خرج کرده‌اند (دو گیت‌وی، کپی‌های جداگانهٔ هر ایجنت یا یک توکن واردشده از CLI) و حالا ارائه‌دهنده آن را نمی‌پذیرد. فقط یک بار دوباره وارد شوید، فقط یک گیت‌وی نگه دارید و پروفایل جدید را اول قرار دهید.
oauth_scope_missing-summary = توکن { $provider } دامنهٔ دسترسی لازم برای این درخواست را ندارد، یا هنگام ورود دامنه‌ای درخواست شده که شاید این بیلد اجازهٔ استفاده از آن را نداشته باشد.
missing_api_key-summary = ایجنتی که این نوبت را اجرا کرد هیچ اعتبارنامه‌ای برای { $provider } ندارد. به آن ایجنت اعتبارنامه بدهید و سپس گیت‌وی را دوباره راه‌اندازی کنید.
invalid_api_key-summary = یک کلید API برای { $provider } ارسال و رد می‌شود. پیدا کنید کدام کلید اولویت دارد (پروفایل ذخیره‌شده بر محیط شل مقدم است) و همان را عوض کنید.
external_cli_credential_stale-summary = OpenClaw از اعتبارنامهٔ { $provider } استفاده می‌کند که از یک CLI دیگر کپی شده و آن کپی قدیمی است. اول منبع را تازه کنید، سپس دوباره وارد شوید.
pinned_profile_missing_credential-summary = پروفایل پین‌شدهٔ { $profile } هیچ مقدار محرمانهٔ قابل‌استفاده‌ای ندارد. همین حالا یک پروفایل سالم را پین کنید، یا به { $profile } اعتبارنامه بدهید.
auth_provider_not_loaded-summary = هیچ افزونهٔ بارگذاری‌شده‌ای ارائه‌دهندهٔ { $provider } را ثبت نمی‌کند، بنابراین ورود نمی‌تواند شروع شود.
per_agent_auth_store-summary = ایجنت { $agent } مخزن احراز هویت خودش را می‌خواند و آن مخزن اعتبارنامه‌ای برای { $provider } ندارد؛ ورودی که انجام دادید به ایجنت دیگری رفته است. برای { $agent } وارد شوید.
auth_store_migration_required-summary = این بیلد اعتبارنامه‌ها را در قالب جدیدی از مخزن نگه می‌دارد و تا وقتی doctor قالب قدیمی را مهاجرت ندهد، آن را نادیده می‌گیرد. گیت‌وی را متوقف کنید، doctor را اجرا کنید، بررسی کنید پروفایل‌ها برگشته‌اند و دوباره آن را راه بیندازید.
profile_excluded_by_auth_order-summary = همهٔ پروفایل‌های قابل‌استفادهٔ { $provider } با ترتیب احراز هویت کنار گذاشته شده‌اند، پس هیچ چیزی امتحان نمی‌شود. ترتیب را پاک کنید یا آن را روی پروفایل‌هایی بگذارید که وجود دارند.
auth_order_not_applied-summary = تغییر ترتیب به مخزنی که ایجنت می‌خواند نرسیده است، پس هنوز ترتیب قدیمی اعمال می‌شود.
session_pin_stale-summary = گفتگوی مشکل‌دار روی { $profile } پین شده که منقضی شده یا وجود ندارد، در حالی که { $working } کار می‌کند. همان گفتگو را دوباره روی پروفایل سالم پین کنید.
session_pin_stale-override-summary = گفتگوی مشکل‌دار تنظیم جایگزین (override) پروفایل مخصوص خودش را دارد ({ $profile }) که تغییرات CLI به آن دست نمی‌زنند. در همان گفتگو دوباره پین کنید.
session_pin_stale-cli-healthy-summary = آزمون CLI نشان می‌دهد { $working } کار می‌کند، اما گفتگو همچنان شکست می‌خورد: پروفایل قدیمی‌اش را نگه داشته است. پروفایل سالم را در گفتگوی مشکل‌دار پین کنید؛ کنار گذاشتن پروفایل قدیمی از ترتیب عمدی است، پس ترتیب را پاک نکنید.
wrong_provider_prefix-summary = در پین، ارائه‌دهندهٔ ارجاع مدل باید با ارائه‌دهندهٔ پروفایل یکی باشد. { $profile } متعلق به { $provider } است، پس در این نسخه ارجاع باید با همین ارائه‌دهنده شروع شود.
wrong_provider_prefix-default-summary = در این نسخه، وقتی فقط ورود OAuth مربوط به Codex وجود دارد، یک مدل openai/… هیچ اعتبارنامه‌ای ندارد؛ مدل پیش‌فرض باید از ارائه‌دهندهٔ openai-codex استفاده کند.
auth_profile_provider_mismatch-summary = پروفایل { $profile } متعلق به ارائه‌دهندهٔ دیگری است و نمی‌توان آن را در ترتیب { $provider } گذاشت. در ترتیب هر ارائه‌دهنده فقط پروفایل‌های خودش را نگه دارید؛ برای ارائه‌دهندهٔ دوم از مدل پشتیبان استفاده کنید.
legacy_codex_ids-summary = پیکربندی یا پروفایل‌ها هنوز از شناسه‌های قدیمی openai-codex استفاده می‌کنند که این نسخه نامشان را عوض کرده یا آن‌ها را رد می‌کند. بگذارید doctor آن‌ها را مهاجرت دهد.
unknown_model-summary = مدل { $model } نه در کاتالوگ ارائه‌دهنده هست و نه در پیکربندی. شناسهٔ مدلی را انتخاب کنید که ارائه‌دهنده فهرست کرده است.
model_not_allowed-summary = مدل { $model } خارج از فهرست مدل‌های مجاز ایجنت است. آن را اضافه کنید و سپس دوباره انتخابش کنید.
rate_limit_cooldown-summary = ارائه‌دهندهٔ { $provider } پس از خطاهای محدودیت نرخ یا سقف مصرف در توقف موقت (cooldown) است؛ ورود دوباره کمکی نمی‌کند. صبر کنید، یا یک پروفایل دیگر یا یک مدل پشتیبان اضافه کنید.
billing_disabled-summary = ارائه‌دهنده به دلایل صورت‌حساب یا سهمیه درخواست را رد کرده و پروفایل برای چند ساعت غیرفعال شده است. اعتبار حسابتان را نزد ارائه‌دهنده شارژ کنید، یا در این فاصله ارائه‌دهنده را عوض کنید.
provider_unreachable-summary = هیچ پاسخ قابل‌استفاده‌ای از { $provider } برنگشت (تایم‌اوت، شبکه، TLS یا خطای سرور). دسترسی‌پذیری را از میزبان گیت‌وی بررسی کنید.
fallbacks_stripped-summary = ایجنت { $agent } مدلش را به شکل یک رشتهٔ ساده تعیین کرده و همین همهٔ مدل‌های پشتیبان پیش‌فرض را حذف می‌کند. از شکل شیء همراه با فهرست fallbacks استفاده کنید.
ollama_fallback_dropped-summary = مدل پشتیبان Ollama نه مدخل ارائه‌دهنده دارد و نه کلید جای‌نگهدار، پس به‌محض اینکه زنجیره به آن برسد شکست می‌خورد.
fallback_not_triggered-summary = خطا نوبت را بدون امتحان کردن مدل‌های پشتیبان تمام کرد؛ این بیلد در آن بخش باگی مربوط به حلقه یا سقف مصرف دارد.
fallback_not_triggered-selected-summary = در گفتگوی مشکل‌دار { $model } به‌صورت دستی انتخاب شده است. مدلی که دستی انتخاب شود همان می‌ماند و هرگز به مدل پشتیبان نمی‌رود. به مدل پیش‌فرض برگردید.
runtime_unavailable-summary = ران‌تایم Codex (app-server یا افزونه) نمی‌تواند این نوبت را اجرا کند؛ اغلب به این دلیل که یک افزونهٔ خارجی codex کهنه، قدیمی‌تر از هسته است.
cloudflare_403-summary = درخواست‌های ChatGPT/Codex صفحهٔ چالش Cloudflare دریافت می‌کنند و این بیلد آن را به‌صورت خطای DNS یا محدودیت نرخ گزارش می‌کند.
version_regression-summary = این بیلد یک باگ شناخته‌شده دارد: ورود تازهٔ Codex آزمون را با موفقیت پشت سر می‌گذارد، اما هنگام تازه‌سازی در ران‌تایم شکست می‌خورد.
version_regression-known-summary = نسخهٔ { $version } از OpenClaw دقیقاً با همین نشانه‌ها یک باگ شناخته‌شده دارد که در { $fixed } رفع شده است. به نسخهٔ جدیدتر به‌روزرسانی کنید (هرگز از روی یک مهاجرت ذخیره‌سازی به نسخهٔ قدیمی‌تر برنگردید).
gateway_not_reloaded-summary = ابزار CLI اعتبارنامهٔ { $provider } را می‌بیند، اما گیت‌وی در حال اجرا دوباره راه‌اندازی نشده و هنوز با وضعیت قدیمی کار می‌کند.
request_rejected-summary = ارائه‌دهنده بدنهٔ درخواست (اسکیما یا اندازهٔ کانتکست) را رد کرده است، نه اعتبارنامه را. یک نشست تازه شروع کنید؛ نیازی به ورود دوباره نیست.
status_display_mismatch-summary = پروفایل { $profile } در یک صفحهٔ وضعیت منقضی نشان داده می‌شود، در حالی که اجراها همچنان کار می‌کنند؛ چیزی خراب نیست. فقط برای پاک شدن هشدار آن را تازه کنید.
not_model_auth-summary = این احراز هویت گیت‌وی یا دستگاه است، نه اعتبارنامهٔ مدل؛ دستورهای models auth آن را تغییر نمی‌دهند.
not_model_auth-channel-summary = این توکن یک کانال چت (حساب ربات) است، نه اعتبارنامهٔ مدل؛ دستورهای models auth آن را تغییر نمی‌دهند.
all_ok-summary = همهٔ پروفایل‌های آزموده‌شده پاسخ می‌دهند و هیچ چیز در متن چسبانده‌شده از خطا خبر نمی‌دهد. اگر چتی هنوز شکست می‌خورد، خطای آن و /model status آن را بچسبانید.

## Step notes

step-login = روی میزبان گیت‌وی دوباره برای { $provider } وارد شوید (یک مرورگر باز می‌شود یا یک کد نمایش داده می‌شود).
step-restart = گیت‌وی را دوباره راه‌اندازی کنید تا فرایند در حال اجرا احراز هویت را دوباره بارگذاری کند.
step-verify = با یک آزمون زنده بررسی کنید که اعتبارنامه کار می‌کند.
step-upgrade = OpenClaw را به جدیدترین نسخه به‌روزرسانی کنید.
step-doctor-fix = بگذارید doctor پیکربندی و پروفایل‌ها را مهاجرت دهد.
step-claude-setup-token = یک توکن راه‌اندازی (setup token) جدید برای Claude بسازید و سپس آن را در OpenClaw ذخیره کنید.
step-one-gateway = مطمئن شوید برای این پوشهٔ وضعیت فقط یک گیت‌وی در حال اجراست.
step-order-new-id = پروفایلی را که تازه ساخته شده اول قرار دهید (شناسه‌اش را از خروجی ورود کپی کنید).
step-drop-baseurl = baseUrl مربوط به Platform API را حذف کنید تا توکن ChatGPT به آن ارسال نشود.
step-local-placeholder-key = ارائه‌دهنده‌های محلی فقط به یک کلید جای‌نگهدار نیاز دارند.
step-configure-key = کلید { $provider } را به‌صورت تعاملی وارد کنید (هرگز کلید را در چت نچسبانید).
step-env-file = یا کلید را در فایل env گیت‌وی بگذارید: سرویس دستورهای export شل را نادیده می‌گیرد.
step-read-effective = منبع effective= را برای ارائه‌دهنده بخوانید: همان کلیدی است که ارسال می‌شود.
step-refresh-external-cli = اول ورودِ خودِ آن CLI دیگر را تازه کنید.
step-pin-working = پروفایل سالم { $profile } را در گفتگوی مشکل‌دار پین کنید و سپس یک پیام آزمایشی معمولی بفرستید.
step-login-renamed-codex = در این نسخه، OAuth مربوط به ChatGPT/Codex زیر ارائه‌دهندهٔ openai وارد می‌شود.
step-check-profiles-back = بررسی کنید پروفایل‌ها دوباره فهرست می‌شوند؛ اگر فهرست خالی است، دوباره وارد شوید.
step-order-clear = تنظیم جایگزین (override) ترتیبِ مخصوص ایجنت را حذف کنید.
step-order-set-alternative = یا ترتیب را روی پروفایل‌هایی بگذارید که وجود دارند.
step-release-lock = گیت‌وی را متوقف کنید تا قفل مخزن را آزاد کند.
step-pin = پروفایل { $profile } را در گفتگوی مشکل‌دار پین کنید و سپس یک پیام آزمایشی معمولی بفرستید.
step-cross-provider-fallback = برای استفاده از ارائه‌دهندهٔ دیگری به‌عنوان پشتیبان، به‌جای این کار یک مدل پشتیبان (fallback) اضافه کنید.
step-new-drops-auto = یک نشست تازه، تنظیم جایگزین (override) خودکار را کنار می‌گذارد.
step-find-current-id = شناسهٔ فعلی پروفایل را پیدا کنید (ممکن است ورود تازه شناسهٔ جدیدی ساخته باشد).
step-pin-current-id = سپس همان شناسه را در گفتگوی مشکل‌دار پین کنید.
step-undo-5-5-rewrite = بازنویسی 5.5 مدل پیش‌فرض را برگردانید.
step-set-unified-ref = یا ارجاع فعلی مدل را به‌صورت دستی تنظیم کنید.
step-ollama-model-entry = مدل را به فهرست مدل‌های ارائه‌دهندهٔ ollama اضافه کنید.
step-list-models = شناسه‌های مدلی را که این ارائه‌دهنده عرضه می‌کند فهرست کنید.
step-set-listed-model = پیش‌فرض را روی یکی از شناسه‌های همان فهرست بگذارید.
step-allow-model = مدل را به فهرست مجاز اضافه کنید (با دستوری که پیام خطا نشان داد).
step-see-cooldowns = ببینید کدام پروفایل‌ها در توقف موقت (cooldown) هستند و تا کی (Unavailable auth profiles).
step-add-fallback = یک مدل پشتیبان روی ارائه‌دهندهٔ دیگری اضافه کنید تا در این فاصله نوبت‌ها کار کنند.
step-after-top-up = پس از شارژ، وضعیت غیرفعال ذخیره‌شده را پاک کنید.
step-object-form-model = مدل ایجنت را به شکل شیء و همراه با مدل‌های پشتیبانش بنویسید.
step-check-fallbacks = بررسی کنید که Fallbacks (N) حالا آن‌ها را فهرست می‌کند.
step-reset-selection = گفتگوی مشکل‌دار را به مدل پیش‌فرض برگردانید.
step-inspect-codex-plugin = نسخهٔ ران‌تایم افزونهٔ codex را با نسخهٔ هسته مقایسه کنید.
step-find-stale-plugin = کپی خارجیِ کهنهٔ افزونهٔ codex را به‌روزرسانی یا حذف کنید.
step-step-back-same-era = یا به آخرین نسخهٔ سالم از همان نسل ذخیره‌سازی برگردید.
step-codex-backend-url = اگر روی همین نسخه می‌مانید: درخواست‌های Codex را به بک‌اند ChatGPT بفرستید.
step-new-session = در گفتگوی مشکل‌دار یک نشست تازه شروع کنید.
step-check-api = بررسی کنید مقدار api: نمایش‌داده‌شده با مدل جور باشد.
step-clear-display = فقط برای پاک شدن هشدار: ورود Claude CLI را تازه کنید و دوباره آن را پیوند دهید.
step-channel-status = بررسی کنید کدام کانال راه‌اندازی نمی‌شود.
step-channel-token = توکن جدید ربات را برای آن کانال وارد کنید.

## Asks

ask-version = مرحلهٔ بعد به نسخهٔ OpenClaw بستگی دارد.
ask-model-status-if-chat-fails = فقط اگر چتی هنوز شکست می‌خورد: آن را در همان گفتگو اجرا کنید.
ask-models-status = مدل پیش‌فرض، مدل‌های پشتیبان، اعتبارنامهٔ مؤثر هر ارائه‌دهنده و توقف‌های موقت (cooldown) را نشان می‌دهد.
ask-probe = همهٔ پروفایل‌ها را زنده آزمایش می‌کند و نشان می‌دهد کدام شکست می‌خورد و چرا.
ask-order = نشان می‌دهد ترتیب به کدام پروفایل‌ها اجازهٔ عبور می‌دهد.
ask-model-status = آن را در گفتگوی مشکل‌دار اجرا کنید: پروفایلی را که آن گفتگو استفاده می‌کند نشان می‌دهد.
ask-auth-list = شناسه‌های دقیق پروفایل‌ها را برای پین کردن نشان می‌دهد.
ask-decision-lines = خط‌های [model-fallback/decision] یک نوبت ناموفق را کپی کنید.

## Errors (command line and bots)

error-file-missing = خواندن { $path } ممکن نیست: فایل وجود ندارد.
error-file-unreadable = خواندن { $path } ممکن نیست: { $reason }
error-binary = ورودی { $path } به نظر دادهٔ دودویی است، نه متن چسبانده‌شده.
error-too-large = اندازهٔ { $path } بیشتر از { $limit } بایت است؛ فقط خروجی مرتبط را بچسبانید.
error-unknown-lang = زبان ناشناخته { $lang }؛ یکی از این‌ها را به کار ببرید: { $list }.
error-bad-version = نسخهٔ OpenClaw { $version } قابل خواندن نیست؛ از قالب 2026.6.9 استفاده کنید.

## Discord and web front doors

cmd-diagnose-description = تشخیص خروجی چسبانده‌شدهٔ OpenClaw و دریافت مرحلهٔ بعد
opt-paste-description = خروجی برای تشخیص (برای باز شدن فرم متن‌های طولانی خالی بگذارید)
opt-file-description = فایل .txt، .log یا .json حاوی خروجی
opt-version-description = نسخهٔ OpenClaw شما، مثلاً 2026.6.9
opt-language-description = زبان پاسخ
cmd-model-description = توضیح خروجی /model status یا ساختن دستور /model درست برای پین
cmd-model-status-description = توضیح خروجی چسبانده‌شدهٔ /model status یا models status
cmd-model-pin-description = ساختن دستور /model برای پین کردن یک پروفایل
opt-profile-description = شناسهٔ پروفایل احراز هویت، مثلاً openai:work
opt-model-description = مدل، مثلاً openai/gpt-5.5
ctx-diagnose-name = تشخیص
modal-title = خروجی OpenClaw را بچسبانید
modal-field-label = خروجی (کلیدها و توکن‌ها را بپوشانید)
button-worked = درست شد
button-still-failing = هنوز مشکل دارد
button-show-in = نمایش به { $language }
reply-thanks = ممنون که خبر دادید. خوشحالیم که درست شد.
reply-still-failing = متأسفیم. خروجی بعدی را همین‌جا بچسبانید تا همراه با پیام‌های قبلی خوانده شود.
pin-explain = پروفایل { $profile } متعلق به { $provider } است، پس در این نسخه ارجاع مدل باید با { $provider }/ شروع شود.
pin-explain-renamed = در این نسخه نام پروفایل‌های ChatGPT/Codex به شکل openai:… است؛ اول doctor را اجرا کنید تا { $profile } ساخته شود.
error-no-input = چیزی برای تشخیص نیست: خروجی را بچسبانید یا یک فایل پیوست کنید.
error-attachment-type = فقط فایل‌های .txt، .log و .json قابل خواندن هستند.
error-internal = مشکلی از سمت ما پیش آمد و پاسخ ساخته نشد. لطفاً دوباره امتحان کنید.
error-rate-limited =
    { $seconds ->
        [one] در حال حاضر درخواست‌ها خیلی زیاد است؛ لطفاً یک ثانیه صبر کنید.
       *[other] در حال حاضر درخواست‌ها خیلی زیاد است؛ لطفاً { $seconds } ثانیه صبر کنید.
    }
web-title = clawmedic — تشخیص خروجی OpenClaw
web-paste-label = خروجی OpenClaw را اینجا بچسبانید (کلیدها و توکن‌ها پیش از نمایش هر چیزی پوشانده می‌شوند)
web-submit = تشخیص
web-copy = کپی
web-copied = کپی شد
cmd-watch-description = روشن یا خاموش کردن تشخیص خودکار خروجی‌های OpenClaw که در این کانال چسبانده می‌شوند
opt-watch-mode-description = on: پاسخ به خروجی‌های OpenClaw که اینجا چسبانده می‌شوند؛ off: توقف
watch-on =
    { $seconds ->
        [one] کانال { $channel } زیر نظر است: پیام‌هایی که خروجی OpenClaw دارند تشخیص دریافت می‌کنند، با حداکثر یک پاسخ در هر رشتهٔ گفتگو در هر ثانیه.
       *[other] کانال { $channel } زیر نظر است: پیام‌هایی که خروجی OpenClaw دارند تشخیص دریافت می‌کنند، با حداکثر یک پاسخ در هر رشتهٔ گفتگو در هر { $seconds } ثانیه.
    }
watch-off = کانال { $channel } دیگر زیر نظر نیست.
watch-unavailable = حالت پایش در پیکربندی این ربات خاموش است.
error-permission = برای تغییر این مورد به مجوز Manage Server نیاز دارید.
error-guild-only = این دستور فقط در کانال‌های سرور کار می‌کند.
error-store = در حال حاضر ذخیرهٔ تنظیم ممکن نشد؛ لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.
error-no-memory = این تشخیص دیگر در حافظه نیست (منقضی شده، یا حافظه در دسترس نیست). دستور را دوباره همراه با خروجی‌تان اجرا کنید.
error-download = دانلود پیوست { $path } ممکن نشد؛ به‌جای آن متنش را بچسبانید.
error-bad-profile = مقدار { $profile } شناسهٔ پروفایل احراز هویت نیست؛ شناسه‌ها به شکل provider:name هستند، مثلاً openai:work.
pin-title = دستور /model برای پین در گفتگوی OpenClaw شما
pin-model-placeholder = به‌جای <model> مدلی را بگذارید که { $provider } ارائه می‌دهد؛ دستور /models { $provider } در همان گفتگو آن‌ها را فهرست می‌کند.
status-title = توضیح /model status شما
status-current = گفتگویی که آن را در آن اجرا کردید از { $model } استفاده می‌کند.
status-current-selected = گفتگویی که آن را در آن اجرا کردید از { $model } استفاده می‌کند که دستی انتخاب شده است: مدلی که دستی انتخاب شود هرگز به مدل‌های دیگر نمی‌رود.
status-default = مدل پیش‌فرض { $model } است.
status-active = درخواست بعدی به { $provider } از پروفایل { $profile } استفاده می‌کند.
status-auth-ok = پروفایل { $profile }: وارد شده، تا { $remaining } دیگر معتبر است.
status-auth-ok-plain = پروفایل { $profile }: وارد شده.
status-auth-expiring = پروفایل { $profile }: تا { $remaining } دیگر منقضی می‌شود؛ به‌زودی ورود را تازه کنید.
status-auth-expired = پروفایل { $profile }: ورود منقضی شده است.
status-auth-missing = پروفایل { $profile }: هیچ اعتبارنامه‌ای ذخیره نشده است.
status-auth-cooldown = پروفایل { $profile }: پس از خطاها در توقف موقت (cooldown) ({ $remaining } مانده).
status-auth-disabled = پروفایل { $profile }: غیرفعال ({ $reason }).
status-not-recognized = این خروجی /model status یا models status نیست. /model status را در گفتگوی مشکل‌دار اجرا کنید، یا openclaw models status را روی میزبان گیت‌وی، و همهٔ خروجی را بچسبانید.
web-language-auto = همان زبان متن چسبانده‌شده (تشخیص خودکار)
web-privacy = هیچ‌چیز از آنچه می‌چسبانید ذخیره یا ثبت نمی‌شود؛ فقط تشخیص نمایش داده می‌شود.
step-unusable-name = یک نام در متنی که چسباندید نویسه‌هایی دارد که هیچ نامی در OpenClaw ندارد، پس در این فرمان کپی نشده است: به جای `{ $placeholder }` نام دقیق را از خروجی خود OpenClaw بگذارید.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = نسخه‌ای که دادید، «{ $given }»، نسخهٔ منتشرشده‌ای از OpenClaw نیست که این بیلد بشناسد، پس از آن استفاده نشد. دستور `openclaw --version` روی میزبان گیت‌وی نسخهٔ دقیق را نشان می‌دهد.
note-version-conflict = شما OpenClaw { $given } را دادید، اما متنی که چسباندید { $pasted } را نشان می‌دهد؛ این پاسخ از { $given }، یعنی نسخه‌ای که دادید، استفاده می‌کند.
error-file-is-dir = { $path } یک پوشه است، نه فایل: فایلی را بدهید که خروجی در آن است.
error-file-permission = خواندن { $path } ممکن نیست: اجازهٔ خواندن این فایل را ندارید.
error-malformed-json = بدنهٔ درخواست JSON قابل خواندن برای این API نیست: یک شیء با `paste` (متن) یا `messages` (فهرستی از متن‌ها) بفرستید.
error-bad-thread = شناسهٔ رشته باید ۱۶ تا ۱۲۸ نویسه از A-Z، a-z، 0-9، _ و - باشد؛ یک شناسهٔ تصادفی به کار ببرید.
error-too-many-messages = حداکثر { $limit } پیام در هر درخواست؛ بقیه را در درخواست دوم بفرستید.
cause-login_requires_tty = ورود به ترمینالی نیاز دارد که در اختیارش نبود
cause-oauth_profile_not_attached = ورود ChatGPT/Codex به درخواست پیوست نمی‌شود
cause-agent_model_override = مدل خودِ ایجنت بر مدل پیش‌فرض غلبه می‌کند
cause-models_json_rejected = یک ورودی ارائه‌دهنده باعث می‌شود OpenClaw کل پیکربندی مدل‌ها را رد کند
cause-custom_model_misrouted = یک مدل سفارشی به نقطهٔ پایانی ارائه‌دهندهٔ دیگری فرستاده می‌شود
cause-auth_profile_wrong_type = مقدار محرمانه با نوع نادرستی از اعتبارنامه ذخیره شده است
cause-context_window_too_small = پنجرهٔ زمینهٔ مدل از حداقلِ OpenClaw کمتر است
cause-profile_param_ignored = تنظیم params.authProfileId حساب را انتخاب نمی‌کند
cause-default_model_not_set = هنوز از مدل پیش‌فرض داخلی استفاده می‌شود
cause-ssrf_blocked = محافظ شبکهٔ خصوصی OpenClaw نشانی ارائه‌دهنده را مسدود کرد
cause-context_overflow = گفتگو دیگر در زمینهٔ مدل جا نمی‌شود
cause-oauth_refresh_transient = تازه‌سازی ورود یک بار بدون منقضی شدن شکست خورد
cause-env_key_not_bound = کلید در محیط هست اما به ارائه‌دهنده وصل نشده است
cause-turn_timeout = این نوبت از محدودیت زمانی‌اش گذشت
cause-directive_syntax = دستور /model به شکلی نوشته شده که OpenClaw نمی‌پذیرد
login_requires_tty-summary = ورود بدون ترمینال تعاملی اجرا شد (یک اسکریپت، یک pipe یا docker exec بدون -t)، پس پیش از پرسیدن هر چیزی متوقف شد. به‌جای آن مقدار محرمانه را با pipe به یک دستور paste بدهید، یا ورود را از یک ترمینال واقعی اجرا کنید.
oauth_profile_not_attached-summary = درخواست‌ها بدون هیچ اعتبارنامه‌ای به OpenAI Platform API می‌روند، با اینکه یک پروفایل OAuth برای ChatGPT/Codex وجود دارد: این نوبت از ران‌تایم Codex عبور نمی‌کند. کلیدی برای تعویض وجود ندارد.
agent_model_override-summary = ایجنت { $agent } مدل مخصوص خودش را دارد ({ $model }) که بر مدل پیش‌فرضی که تغییر دادید غلبه می‌کند. مدل ایجنت را ویرایش یا حذف کنید.
agent_model_override-summary-plain = یک ایجنت مدل مخصوص خودش را دارد که بر مدل پیش‌فرضی که تغییر دادید غلبه می‌کند. مدل آن ایجنت را ویرایش یا حذف کنید.
models_json_rejected-summary = OpenClaw فهرست مدل‌هایی را که خودش ساخته بود رد کرد، چون ورودی ارائه‌دهندهٔ { $provider } نامعتبر است؛ تا وقتی رد شده باشد، مدل‌های ارائه‌دهنده‌های دیگر هم ناشناخته یا غیرمجاز به نظر می‌رسند.
custom_model_misrouted-summary = ورودی مدل سفارشی برای { $provider } مقدار api و baseUrl مخصوص خودش را ندارد، پس درخواست‌ها به نقطهٔ پایانی ارائه‌دهندهٔ دیگری می‌روند که کلید را رد می‌کند. خودِ کلید مشکلی ندارد.
auth_profile_wrong_type-summary = مقدار محرمانهٔ { $provider } معتبر است، اما با نوع نادرستی از اعتبارنامه برای آن ارائه‌دهنده ذخیره شده، پس OpenClaw آن را به شکل نادرست می‌فرستد. آن را با دستور مخصوص نوعش دوباره ذخیره کنید.
context_window_too_small-summary = مدل { $model } با پنجرهٔ زمینهٔ { $ctx } توکن پیکربندی شده که از حداقلِ { $min } در OpenClaw کمتر است، پس OpenClaw از استفاده‌اش خودداری می‌کند. معمولاً مقدار پیکربندی‌شده یک پیش‌فرضِ کپی‌شده است، نه پنجرهٔ واقعی مدل.
context_window_too_small-summary-plain = مدل با پنجرهٔ زمینه‌ای کمتر از حداقلِ OpenClaw پیکربندی شده، پس OpenClaw از استفاده‌اش خودداری می‌کند. معمولاً مقدار پیکربندی‌شده یک پیش‌فرضِ کپی‌شده است، نه پنجرهٔ واقعی مدل.
profile_param_ignored-summary = تنظیم params.authProfileId در ورودی یک مدل حساب را انتخاب نمی‌کند: OpenClaw همچنان اولین پروفایلِ ترتیب احراز هویت را به کار می‌برد. پروفایل را در گفتگو پین کنید، یا آن را در ترتیب اول بگذارید.
default_model_not_set-summary = OpenClaw هنوز با مدل پیش‌فرض داخلی‌اش ({ $provider }) کار می‌کند که هرگز آن را راه‌اندازی نکرده‌اید. مدلی را که انتخاب کرده‌اید پیش‌فرض کنید؛ کلیدی برای { $provider } لازم نیست.
ssrf_blocked-summary = OpenClaw از اتصال خودداری کرد، چون نشانی ارائه‌دهنده به یک IP خصوصی یا با کاربرد ویژه ترجمه می‌شود (پراکسی fake-IP یا DNS تفکیک‌شده این کار را می‌کند). DNS یا حالت پراکسی را درست کنید، یا برای سروری که عمداً محلی است نشانی‌های خصوصی را مجاز کنید.
context_overflow-summary = گفتگو از پنجرهٔ زمینهٔ مدل بزرگ‌تر است. آن را فشرده کنید یا یک نشست تازه شروع کنید؛ مدلی با زمینهٔ بزرگ‌تر هم کمک می‌کند.
oauth_refresh_transient-summary = تازه‌سازی ورود { $provider } یک بار شکست خورد، بی‌آنکه گفته شود ورود منقضی شده است (یک قطعی کوتاه شبکه یا شلوغی نقطهٔ پایانی توکن). اول دوباره امتحان کنید؛ فقط اگر تکرار شد دوباره وارد شوید.
env_key_not_bound-summary = متغیر { $env } در محیط گیت‌وی تنظیم شده، اما این بیلد فقط وقتی از آن استفاده می‌کند که پیکربندی ارائه‌دهنده به آن ارجاع دهد. بگذارید doctor آن را وصل کند، یا در models.providers.{ $provider }.apiKey به آن ارجاع دهید.
turn_timeout-summary = این نوبت از محدودیت زمانی کل گذشت و متوقف شد؛ خودِ ارائه‌دهنده پاسخ داده بود. برای کارهای طولانی محدودیت را بالا ببرید، یا از یک زیرایجنت استفاده کنید.
directive_syntax-summary = دستور /model مدل را پیش از پروفایل لازم دارد: /model provider/model@profile.
step-paste-api-key-stdin = کلید را با pipe به دستور paste بدهید (ترمینال لازم نیست)؛ اول KEY را تنظیم کنید، نمایش داده نمی‌شود.
step-paste-token-stdin = برای یک توکن یا setup token، آن را با pipe به paste-token بدهید.
step-docker-tty = یا ورود را از یک ترمینال تعاملی داخل کانتینر اجرا کنید.
step-codex-runtime-inspect = بررسی کنید که افزونهٔ ران‌تایم Codex بارگذاری شده و به‌روز است.
step-edit-agent-model = مدل مخصوص ایجنت (agents.list ← model) را در فایل پیکربندی ویرایش یا حذف کنید تا مدل پیش‌فرض اعمال شود.
step-check-agent-model = بررسی کنید آن ایجنت واقعاً از کدام مدل استفاده می‌کند.
step-fix-provider-entry = به models.providers.{ $provider } یک apiKey بدهید (ارجاع به یک متغیر محیطی، یا هر مقدار نمایشی برای یک سرور محلی)، یا فهرست مدل‌های سفارشی‌اش را حذف کنید.
step-list-models-after-fix = پس از اینکه گیت‌وی فهرست مدل‌هایش را دوباره ساخت، مدل‌ها را دوباره فهرست کنید.
step-set-api-baseurl = مقدار api و baseUrl را در models.providers.{ $provider } تنظیم کنید تا درخواست‌ها به نقطهٔ پایانی همان ارائه‌دهنده بروند (یا ورودی سفارشی را حذف کنید و از مدلی در کاتالوگ استفاده کنید).
step-set-context-window = مقدار واقعی contextWindow مدل را در models.providers.{ $provider }.models تنظیم کنید (مقدار پیکربندی‌شده از حداقل کمتر است).
step-choose-bigger-model = یا مدلی با پنجرهٔ زمینهٔ بزرگ‌تر انتخاب کنید.
step-pin-profile = پروفایل را در گفتگوی مشکل‌دار OpenClaw پین کنید.
step-order-first = یا پروفایل را در ترتیب احراز هویتِ { $provider } اول بگذارید.
step-set-default-model = مدلی را که واقعاً استفاده می‌کنید پیش‌فرض کنید.
step-ssrf-allow-private = فقط برای سرور مدلی که عمداً محلی یا خصوصی است: نشانی‌های خصوصی را برای آن ارائه‌دهنده مجاز کنید.
step-check-dns-proxy = روی میزبان گیت‌وی بررسی کنید میزبان ارائه‌دهنده به چه نشانی‌ای ترجمه می‌شود (پراکسی در حالت fake-IP نشانی 198.18.x.x می‌دهد).
step-compact = گفتگوی مشکل‌دار را فشرده کنید.
step-retry = پیام را دوباره بفرستید؛ یک شکست گذرا در تازه‌سازی خودبه‌خود برطرف می‌شود.
step-login-if-repeats = فقط اگر باز هم شکست خورد: دوباره وارد { $provider } شوید.
step-raise-timeout = محدودیت کل هر نوبت (به ثانیه) را برای کارهای طولانی بالا ببرید.
step-correct-directive = مدل و پروفایل را با هم بدهید.
step-doctor-bind-env = بگذارید doctor کلید محیطی را به ارائه‌دهنده وصل کند.
step-env-ref = یا در apiKey ارائه‌دهنده به این متغیر ارجاع دهید.
step-store-right-type = مقدار محرمانه را با دستور مخصوص نوعش دوباره ذخیره کنید.
step-update-fixed = OpenClaw را به‌روزرسانی کنید: نسخه‌های بعدی این مشکل را رفع کرده‌اند.
ask-agent-models-status = مدل و مدل‌های پشتیبانی را که آن ایجنت واقعاً با آن‌ها اجرا می‌شود نشان می‌دهد.
ask-plugins-codex = نشان می‌دهد افزونهٔ ران‌تایم Codex بارگذاری شده یا نه، و نسخه‌اش را.
ask-auth-list-types = پروفایل‌های ذخیره‌شده را همراه با نوع اعتبارنامهٔ هر کدام فهرست می‌کند.
ask-logs-one-turn = خطوط لاگِ یک نوبت ناموفق خطایی را که OpenClaw گرفته است نشان می‌دهند.
reply-candidates = این شبیه «{ $first }» یا «{ $second }» است؛ دستور زیر این دو را از هم جدا می‌کند.
