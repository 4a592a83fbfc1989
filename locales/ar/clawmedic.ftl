# clawmedic — العربية.
# الأوامر والمعرّفات وأسماء ملفات التعريف ومراجع النماذج ليست جزءًا من هذه الرسائل أبدًا:
# تُمرَّر كمتغيرات ($provider, $profile, $model, …) أو يطبعها التخطيط داخل مقاطع الشيفرة.

## Reply layout

reply-title = تشخيص clawmedic
reply-version-seen = OpenClaw { $version } (مقروء مما لصقته).
reply-version-flag = OpenClaw { $version } (كما حددته).
reply-version-unknown = إصدار OpenClaw غير معروف: الخطوات أدناه تعمل على كل الإصدارات ما لم يُذكر خلاف ذلك.
reply-version-floor = لم يُذكر إصدار OpenClaw؛ يبدو من اللصق أنه { $version } أو أحدث (مسار المخزن والمعرّفات).
reply-top-finding = السبب الأرجح: { $title }
reply-next-finding = إن لم يحلّ ذلك المشكلة: { $title }
reply-evidence = الأدلة
reply-evidence-line = الرسالة { $message }، السطر { $line }
reply-ruled-out = أسباب مستبعدة
reply-steps = الخطوات التالية
reply-asks = من فضلك شغّل هذا والصق المخرجات
reply-need-more-info = لا شيء حاسم في هذا الموضوع حتى الآن. شغّل الأوامر أدناه والصق مخرجاتها (مع إخفاء المفاتيح والتوكنات).
reply-mask-reminder = أخفِ المفاتيح والتوكنات قبل اللصق.
where-cli = طرفية مضيف البوابة
where-chat = هذه الدردشة
where-config = الإعدادات
secret-warning =
    { $count ->
        [zero] لم يحتوِ ما لصقته على أي أسرار (مفاتيح API أو توكنات).
        [one] احتوى ما لصقته على سرّ واحد (مفتاح API أو توكن). لن نكرره هنا. احذف تلك الرسالة الآن وقم بتدوير هذا السر لدى مزوّده.
        [two] احتوى ما لصقته على سرّين (مفتاحَي API أو توكنين). لن نكررهما هنا. احذف تلك الرسالة الآن وقم بتدوير كلٍّ منهما لدى مزوّده.
        [few] احتوى ما لصقته على { $count } أسرار (مفاتيح API أو توكنات). لن نكررها هنا. احذف تلك الرسالة الآن وقم بتدوير كلٍّ منها لدى مزوّده.
        [many] احتوى ما لصقته على { $count } سرًّا (مفاتيح API أو توكنات). لن نكررها هنا. احذف تلك الرسالة الآن وقم بتدوير كلٍّ منها لدى مزوّده.
       *[other] احتوى ما لصقته على { $count } سرّ (مفاتيح API أو توكنات). لن نكررها هنا. احذف تلك الرسالة الآن وقم بتدوير كلٍّ منها لدى مزوّده.
    }
mojibake-note = وصلت بعض الأحرف فيما لصقته بترميز خاطئ؛ وقد أُصلحت قبل القراءة.

## Notes

note-flag-too-new = إصدار OpenClaw لديك لا يعرف { $flag } بعد (أُضيف في { $since }). بدونه: `{ $command }`
note-flag-too-new-plain = إصدار OpenClaw لديك لا يعرف { $flag } بعد (أُضيف في { $since }): شغّل الأمر نفسه بدونه.

## Cause titles

cause-oauth_expired = انتهت صلاحية تسجيل الدخول عبر OAuth
cause-refresh_token_reused = استُخدم توكن التحديث مرتين
cause-oauth_scope_missing = ينقص تسجيلَ الدخول نطاقٌ (scope) مطلوب
cause-missing_api_key = لا توجد بيانات اعتماد لهذا المزوّد
cause-invalid_api_key = مفتاح API مرفوض
cause-external_cli_credential_stale = بيانات الاعتماد المنسوخة من CLI آخر قديمة
cause-pinned_profile_missing_credential = ملف التعريف المثبّت بلا بيانات اعتماد
cause-auth_provider_not_loaded = تسجيل الدخول يشير إلى مزوّد غير محمّل
cause-per_agent_auth_store = بيانات الاعتماد موجودة في مخزن وكيل آخر
cause-auth_store_migration_required = مخزن المصادقة يحتاج إلى ترحيل
cause-profile_excluded_by_auth_order = ترتيب المصادقة يستبعد ملفات التعريف العاملة
cause-auth_order_not_applied = لم يُطبَّق ترتيب المصادقة الجديد
cause-session_pin_stale = هذه المحادثة ما زالت تستخدم ملف تعريف قديمًا
cause-wrong_provider_prefix = مرجع النموذج وملف التعريف يتبعان مزوّدين مختلفين
cause-auth_profile_provider_mismatch = ملف تعريف مرتبط بمزوّد آخر
cause-legacy_codex_ids = معرّفات openai-codex قديمة في إصدار أعاد تسميتها
cause-unknown_model = النموذج غير معروف لدى المزوّد أو في الإعدادات
cause-model_not_allowed = النموذج ليس ضمن قائمة السماح
cause-rate_limit_cooldown = المزوّد يفرض حدًّا للمعدّل أو في فترة تهدئة
cause-billing_disabled = نفد رصيد الحساب
cause-provider_unreachable = تعذّر الوصول إلى المزوّد
cause-fallbacks_stripped = أُزيلت البدائل الاحتياطية من الإعدادات الفعلية
cause-ollama_fallback_dropped = البديل الاحتياطي Ollama لا يستطيع الاستجابة
cause-fallback_not_triggered = لم ينتقل الفشل إلى أي بديل احتياطي
cause-runtime_unavailable = بيئة تشغيل Codex لا تستطيع تنفيذ الدور
cause-cloudflare_403 = طلبات ChatGPT تصطدم بتحدٍّ من Cloudflare
cause-version_regression = خطأ برمجي معروف في هذا الإصدار من OpenClaw
cause-gateway_not_reloaded = البوابة العاملة ما زالت تقدّم الحالة القديمة
cause-request_rejected = المزوّد رفض الطلب نفسه
cause-status_display_mismatch = شاشة الحالة تُظهر تحذيرًا، لكن التشغيل يعمل
cause-not_model_auth = ليست مشكلة في مصادقة النموذج
cause-all_ok = كل شيء يبدو سليمًا
cause-need_more_info = نحتاج إلى مزيد من المخرجات

## Finding summaries

oauth_expired-summary = تسجيل الدخول المحفوظ لـ { $provider } لم يعد قادرًا على تجديد توكن الوصول، لذا يفشل كل طلب يستخدمه. سجّل الدخول من جديد على مضيف البوابة، ثم أعد تشغيل البوابة.
refresh_token_reused-summary = استهلك طرفان توكن التحديث الخاص بـ { $provider } (بوابتان، أو نسخ لكل وكيل، أو توكن مستورد من CLI)، والمزوّد يرفضه الآن. سجّل الدخول مرة واحدة، وأبقِ بوابة واحدة فقط، وضع ملف التعريف الجديد في المقدمة.
oauth_scope_missing-summary = توكن { $provider } ينقصه النطاق الذي يحتاجه الطلب، أو أن تسجيل الدخول طلب نطاقًا قد لا يُسمح لهذا الإصدار باستخدامه.
missing_api_key-summary = الوكيل الذي نفّذ الدور لا يملك بيانات اعتماد لـ { $provider }. أعطِ ذلك الوكيل بيانات اعتماد، ثم أعد تشغيل البوابة.
invalid_api_key-summary = يُرسَل مفتاح API لـ { $provider } ويُرفض. اعرف أي مفتاح هو المعتمد (ملف التعريف المحفوظ يتقدّم على متغيرات البيئة في الطرفية) واستبدل ذلك المفتاح تحديدًا.
external_cli_credential_stale-summary = يستخدم OpenClaw بيانات اعتماد { $provider } منسوخة من CLI آخر، وهذه النسخة قديمة. حدّث المصدر، ثم سجّل الدخول من جديد.
pinned_profile_missing_credential-summary = ملف التعريف المثبّت { $profile } لا يحتوي على سرّ صالح للاستخدام. ثبّت الآن ملف تعريف يعمل، أو أعطِ { $profile } بيانات اعتماد.
auth_provider_not_loaded-summary = لا توجد إضافة محمّلة تسجّل المزوّد { $provider }، لذا لا يمكن بدء تسجيل الدخول.
per_agent_auth_store-summary = الوكيل { $agent } يقرأ مخزن المصادقة الخاص به، وليس في هذا المخزن بيانات اعتماد لـ { $provider }؛ تسجيل الدخول الذي أجريته ذهب إلى وكيل آخر. سجّل الدخول للوكيل { $agent }.
auth_store_migration_required-summary = هذا الإصدار يحفظ بيانات الاعتماد بتنسيق مخزن جديد ويتجاهل القديم إلى أن يرحّله doctor. أوقف البوابة، وشغّل doctor، وتحقّق من عودة ملفات التعريف، ثم شغّلها من جديد.
profile_excluded_by_auth_order-summary = كل ملفات تعريف { $provider } الصالحة مستبعدة بسبب ترتيب المصادقة، لذا لا يُجرَّب أي شيء. امسح الترتيب أو اضبطه على ملفات التعريف الموجودة فعلًا.
auth_order_not_applied-summary = لم يصل تغيير الترتيب إلى المخزن الذي يقرؤه الوكيل، لذا ما زال الترتيب القديم ساريًا.
session_pin_stale-summary = هذه المحادثة مثبّتة على { $profile }، وهو منتهي الصلاحية أو غير موجود، بينما { $working } يعمل. أعد تثبيت المحادثة على ملف التعريف العامل.
session_pin_stale-override-summary = للمحادثة تجاوز خاص بها لملف التعريف ({ $profile })، ولا تمسّه التغييرات التي تجريها عبر CLI. أعد التثبيت داخل تلك المحادثة.
session_pin_stale-cli-healthy-summary = فحص CLI يُظهر أن { $working } يعمل، لكن المحادثة ما زالت تفشل: فهي تحتفظ بملف تعريفها القديم. ثبّت ملف التعريف العامل في المحادثة التي تفشل؛ استبعاد ملف التعريف القديم من الترتيب مقصود، فلا تمسح الترتيب.
wrong_provider_prefix-summary = عند التثبيت يجب أن يكون مزوّد مرجع النموذج هو نفسه مزوّد ملف التعريف. { $profile } يتبع { $provider }، لذا يجب أن يبدأ المرجع بهذا المزوّد في هذا الإصدار.
wrong_provider_prefix-default-summary = في هذا الإصدار، لا توجد بيانات اعتماد لنموذج openai/… إذا لم يكن لديك سوى تسجيل دخول Codex عبر OAuth؛ يجب أن يستخدم النموذج الافتراضي المزوّد openai-codex.
auth_profile_provider_mismatch-summary = { $profile } يتبع مزوّدًا آخر ولا يمكن وضعه في ترتيب { $provider }. اجعل ترتيب كل مزوّد مقتصرًا على ملفات تعريفه؛ ولمزوّد ثانٍ استخدم بديلًا احتياطيًا للنموذج.
legacy_codex_ids-summary = الإعدادات أو ملفات التعريف ما زالت تستخدم معرّفات openai-codex القديمة، التي أعاد هذا الإصدار تسميتها أو صار يرفضها. دع doctor يرحّلها.
unknown_model-summary = { $model } ليس في كتالوج المزوّد ولا في الإعدادات. اختر معرّف نموذج يدرجه المزوّد.
model_not_allowed-summary = { $model } خارج قائمة النماذج المسموح بها للوكيل. أضفه، ثم اختره من جديد.
rate_limit_cooldown-summary = { $provider } في فترة توقف بعد أخطاء حدّ المعدّل أو حدّ الاستخدام؛ إعادة تسجيل الدخول لن تفيد. انتظر، أو أضف ملف تعريف آخر أو بديلًا احتياطيًا.
billing_disabled-summary = رفض المزوّد لأسباب تتعلق بالفوترة أو الحصة، وعُطّل ملف التعريف لعدة ساعات. اشحن الرصيد لدى المزوّد، أو انتقل إلى مزوّد آخر في الأثناء.
provider_unreachable-summary = لم يصل أي رد صالح من { $provider } (انتهاء المهلة، أو الشبكة، أو TLS، أو خطأ في الخادم). تحقّق من إمكانية الوصول من مضيف البوابة.
fallbacks_stripped-summary = الوكيل { $agent } يحدّد نموذجه كسلسلة نصية بسيطة، وهذا يلغي البدائل الاحتياطية الافتراضية كلها. استخدم صيغة الكائن مع قائمة fallbacks.
ollama_fallback_dropped-summary = البديل الاحتياطي Ollama ليس له إدخال مزوّد ولا مفتاح مؤقت، لذا يفشل بمجرد أن تصل إليه السلسلة.
fallback_not_triggered-summary = أنهى الفشلُ الدورَ دون تجربة البدائل الاحتياطية؛ في هذا الإصدار خطأ برمجي في هذا الموضع يتعلق بحلقة تكرار أو بحدّ الاستخدام.
fallback_not_triggered-selected-summary = في هذه المحادثة اختير { $model } يدويًا. النموذج الذي يختاره المستخدم ثابت: لا ينتقل أبدًا إلى بديل احتياطي. عُد إلى النموذج الافتراضي.
runtime_unavailable-summary = بيئة تشغيل Codex (app-server أو الإضافة) لا تستطيع تنفيذ الدور، وغالبًا لأن إضافة codex خارجية قديمة أقدم من النواة.
cloudflare_403-summary = طلبات ChatGPT/Codex تتلقى صفحة تحدٍّ من Cloudflare، ويبلّغ عنها هذا الإصدار كفشل في DNS أو كحدّ للمعدّل.
version_regression-summary = في هذا الإصدار خطأ برمجي معروف: تسجيل دخول Codex الجديد ينجح في الفحص لكنه يفشل عند التجديد في بيئة التشغيل.
version_regression-known-summary = في OpenClaw { $version } خطأ برمجي معروف بهذه الأعراض تمامًا، وقد أُصلح في { $fixed }. حدّث إلى إصدار أحدث (ولا تعُد أبدًا إلى إصدار أقدم عبر ترحيل للتخزين).
gateway_not_reloaded-summary = يرى CLI بيانات اعتماد { $provider }، لكن البوابة العاملة لم يُعَد تشغيلها وما زالت تقدّم الحالة القديمة.
request_rejected-summary = رفض المزوّد جسم الطلب (المخطط أو حجم السياق)، وليس بيانات الاعتماد. ابدأ جلسة جديدة؛ لا حاجة إلى تسجيل دخول جديد.
status_display_mismatch-summary = يظهر { $profile } منتهي الصلاحية في شاشة الحالة بينما التشغيل مستمر في العمل؛ لا شيء معطّل. جدّده فقط إن أردت إزالة التحذير.
not_model_auth-summary = هذه مصادقة البوابة أو الجهاز، وليست بيانات اعتماد نموذج؛ أوامر models auth لن تغيّر فيها شيئًا.
not_model_auth-channel-summary = هذا توكن قناة دردشة (حساب البوت)، وليس بيانات اعتماد نموذج؛ أوامر models auth لن تغيّر فيه شيئًا.
all_ok-summary = كل ملفات التعريف التي فُحصت تستجيب، ولا شيء فيما لصقته يشير إلى فشل. إن كانت دردشة ما زالت تفشل، فالصق رسالة الخطأ الخاصة بها ومخرجات /model status فيها.

## Step notes

step-login = سجّل الدخول من جديد إلى { $provider } على مضيف البوابة (سيفتح متصفحًا أو يطبع رمزًا).
step-restart = أعد تشغيل البوابة حتى تعيد العملية الجارية تحميل المصادقة.
step-verify = تحقّق من أن تسجيل الدخول يعمل بفحص مباشر.
step-upgrade = حدّث OpenClaw إلى أحدث إصدار.
step-doctor-fix = دع doctor يرحّل الإعدادات وملفات التعريف.
step-claude-setup-token = أنشئ توكن إعداد جديدًا لـ Claude، ثم احفظه في OpenClaw.
step-one-gateway = تأكّد من أن بوابة واحدة فقط تعمل لمجلد الحالة هذا.
step-order-new-id = ضع ملف التعريف الذي أنشأته للتو في المقدمة (انسخ معرّفه من مخرجات تسجيل الدخول).
step-drop-baseurl = أزل baseUrl الخاص بـ Platform API حتى لا يُرسَل توكن ChatGPT إليه.
step-local-placeholder-key = المزوّدون المحليون يحتاجون فقط إلى مفتاح مؤقت.
step-configure-key = أدخل مفتاح { $provider } بشكل تفاعلي (لا تلصق المفاتيح في الدردشة أبدًا).
step-env-file = أو ضع المفتاح في ملف env الخاص بالبوابة: الخدمة تتجاهل أوامر export في الطرفية.
step-read-effective = اقرأ مصدر effective= الخاص بالمزوّد: هذا هو المفتاح الذي يُرسَل.
step-refresh-external-cli = حدّث أولًا تسجيل الدخول في CLI الآخر نفسه.
step-pin-working = ثبّت ملف التعريف العامل { $profile } في المحادثة التي تفشل، ثم أرسل رسالة اختبار عادية.
step-login-renamed-codex = في هذا الإصدار، يسجّل OAuth الخاص بـ ChatGPT/Codex الدخول تحت المزوّد openai.
step-check-profiles-back = تحقّق من أن ملفات التعريف عادت إلى القائمة؛ إن كانت القائمة فارغة فسجّل الدخول من جديد.
step-order-clear = أزل تجاوز الترتيب الخاص بالوكيل.
step-order-set-alternative = أو اضبط الترتيب على ملفات التعريف الموجودة.
step-release-lock = أوقف البوابة حتى تحرّر قفل المخزن.
step-pin = ثبّت { $profile } في المحادثة التي تفشل، ثم أرسل رسالة اختبار عادية.
step-cross-provider-fallback = لاستخدام مزوّد آخر احتياطيًا، أضف بدلًا من ذلك بديلًا احتياطيًا للنموذج.
step-new-drops-auto = الجلسة الجديدة تُسقط أي تجاوز تلقائي.
step-find-current-id = اعثر على المعرّف الحالي لملف التعريف (ربما أنشأ تسجيل دخول جديد معرّفًا جديدًا).
step-pin-current-id = ثم ثبّت ذلك المعرّف في المحادثة.
step-undo-5-5-rewrite = تراجع عن إعادة كتابة 5.5 للنموذج الافتراضي.
step-set-unified-ref = أو اضبط مرجع النموذج الحالي يدويًا.
step-ollama-model-entry = أضف النموذج إلى قائمة نماذج المزوّد ollama.
step-list-models = اعرض معرّفات النماذج التي يقدّمها هذا المزوّد.
step-set-listed-model = اجعل الافتراضي معرّفًا من تلك القائمة.
step-allow-model = أضف النموذج إلى قائمة السماح (بالأمر الذي طبعته رسالة الخطأ).
step-see-cooldowns = اعرف أي ملفات التعريف متوقفة مؤقتًا ولأي مدة (Unavailable auth profiles).
step-add-fallback = أضف بديلًا احتياطيًا لدى مزوّد آخر حتى تستمر الأدوار في العمل في الأثناء.
step-after-top-up = بعد شحن الرصيد، امسح حالة التعطيل المحفوظة.
step-object-form-model = اكتب نموذج الوكيل بصيغة الكائن، مع بدائله الاحتياطية.
step-check-fallbacks = تحقّق من أن Fallbacks (N) يعرضها الآن.
step-reset-selection = أعد هذه المحادثة إلى النموذج الافتراضي.
step-inspect-codex-plugin = قارن إصدار بيئة التشغيل لإضافة codex بإصدار النواة.
step-find-stale-plugin = حدّث أو أزل النسخة الخارجية القديمة من إضافة codex.
step-step-back-same-era = أو ارجع إلى آخر إصدار سليم من جيل التخزين نفسه.
step-codex-backend-url = إن بقيت على هذا الإصدار: أرسل طلبات Codex إلى الواجهة الخلفية لـ ChatGPT.
step-new-session = ابدأ جلسة جديدة في تلك المحادثة.
step-check-api = تحقّق من أن قيمة api: الظاهرة تناسب النموذج.
step-clear-display = فقط لإزالة التحذير: جدّد تسجيل الدخول في Claude CLI ثم أعد ربطه.
step-channel-status = تحقّق من القناة التي تفشل في البدء.
step-channel-token = أدخل توكن البوت الجديد لتلك القناة.

## Asks

ask-version = الخطوة التالية تعتمد على إصدار OpenClaw.
ask-model-status-if-chat-fails = فقط إن كانت دردشة ما زالت تفشل: شغّله في تلك المحادثة.
ask-models-status = يعرض النموذج الافتراضي والبدائل الاحتياطية وبيانات الاعتماد الفعلية لكل مزوّد وفترات التهدئة.
ask-probe = يختبر كل ملف تعريف مباشرةً ويعرض أيّها يفشل ولماذا.
ask-order = يعرض ملفات التعريف التي يسمح بها الترتيب.
ask-model-status = شغّله في المحادثة التي تفشل: يعرض ملف التعريف الذي تستخدمه تلك المحادثة.
ask-auth-list = يعرض معرّفات ملفات التعريف الدقيقة لتثبيتها.
ask-decision-lines = انسخ أسطر [model-fallback/decision] من دور واحد فاشل.

## Errors (command line and bots)

error-file-missing = تعذّرت قراءة { $path }: الملف غير موجود.
error-file-unreadable = تعذّرت قراءة { $path }: { $reason }
error-binary = يبدو أن { $path } بيانات ثنائية، وليس نصًا ملصوقًا.
error-too-large = حجم { $path } أكبر من { $limit } بايت؛ الصق المخرجات ذات الصلة فقط.
error-unknown-lang = لغة غير معروفة { $lang }؛ استخدم إحدى هذه اللغات: { $list }.
error-bad-version = تعذّرت قراءة إصدار OpenClaw { $version }؛ استخدم الصيغة 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = شخّص مخرجات OpenClaw الملصوقة واحصل على الخطوة التالية
opt-paste-description = المخرجات المراد تشخيصها (اتركها فارغة لفتح نموذج للنصوص الطويلة)
opt-file-description = ملف .txt أو .log أو .json يحتوي على المخرجات
opt-version-description = إصدار OpenClaw لديك، مثل 2026.6.9
opt-language-description = لغة الرد
cmd-model-description = اشرح مخرجات /model status أو أنشئ أمر /model صحيحًا للتثبيت
cmd-model-status-description = اشرح مخرجات /model status أو models status الملصوقة
cmd-model-pin-description = أنشئ أمر /model لتثبيت ملف تعريف
opt-profile-description = معرّف ملف تعريف المصادقة، مثل openai:work
opt-model-description = النموذج، مثل openai/gpt-5.5
ctx-diagnose-name = تشخيص
modal-title = الصق مخرجات OpenClaw
modal-field-label = المخرجات (أخفِ المفاتيح والتوكنات)
button-worked = نجح الحل
button-still-failing = المشكلة مستمرة
button-show-in = عرض باللغة { $language }
reply-thanks = شكرًا على التأكيد. يسعدنا أن الأمر نجح.
reply-still-failing = نأسف لذلك. الصق المخرجات التالية هنا وستُقرأ مع الرسائل السابقة.
pin-explain = ملف التعريف { $profile } يتبع { $provider }، لذا يجب في هذا الإصدار أن يبدأ مرجع النموذج بـ { $provider }/.
pin-explain-renamed = في هذا الإصدار تُسمّى ملفات تعريف ChatGPT/Codex بالشكل openai:…؛ شغّل doctor أولًا حتى يصبح { $profile } موجودًا.
error-no-input = لا شيء لتشخيصه: الصق المخرجات أو أرفق ملفًا.
error-attachment-type = لا يمكن قراءة إلا ملفات .txt أو .log أو .json.
error-internal = حدث خطأ من جانبنا ولم نتمكّن من إعداد الرد. حاول مرة أخرى من فضلك.
error-rate-limited =
    { $seconds ->
        [one] الطلبات كثيرة جدًا الآن؛ انتظر ثانية واحدة من فضلك.
        [two] الطلبات كثيرة جدًا الآن؛ انتظر ثانيتين من فضلك.
        [few] الطلبات كثيرة جدًا الآن؛ انتظر { $seconds } ثوانٍ من فضلك.
        [many] الطلبات كثيرة جدًا الآن؛ انتظر { $seconds } ثانية من فضلك.
       *[other] الطلبات كثيرة جدًا الآن؛ انتظر { $seconds } ثانية من فضلك.
    }
web-title = clawmedic — تشخيص مخرجات OpenClaw
web-paste-label = الصق مخرجات OpenClaw هنا (تُحجب المفاتيح والتوكنات قبل عرض أي شيء)
web-submit = شخّص
web-copy = نسخ
web-copied = تم النسخ
cmd-watch-description = تشغيل أو إيقاف التشخيص التلقائي لمخرجات OpenClaw الملصوقة في هذه القناة
opt-watch-mode-description = on: الرد على مخرجات OpenClaw الملصوقة هنا؛ off: الإيقاف
watch-on =
    { $seconds ->
        [one] تتم الآن مراقبة { $channel }: الرسائل التي تحتوي على مخرجات OpenClaw تحصل على تشخيص، بحد أقصى رد واحد لكل موضوع كل ثانية.
        [two] تتم الآن مراقبة { $channel }: الرسائل التي تحتوي على مخرجات OpenClaw تحصل على تشخيص، بحد أقصى رد واحد لكل موضوع كل ثانيتين.
        [few] تتم الآن مراقبة { $channel }: الرسائل التي تحتوي على مخرجات OpenClaw تحصل على تشخيص، بحد أقصى رد واحد لكل موضوع كل { $seconds } ثوانٍ.
       *[other] تتم الآن مراقبة { $channel }: الرسائل التي تحتوي على مخرجات OpenClaw تحصل على تشخيص، بحد أقصى رد واحد لكل موضوع كل { $seconds } ثانية.
    }
watch-off = توقفت مراقبة { $channel }.
watch-unavailable = وضع المراقبة متوقف في إعدادات هذا البوت.
error-permission = تحتاج إلى صلاحية «إدارة الخادم» (Manage Server) لتغيير هذا.
error-guild-only = يعمل هذا الأمر في قنوات الخوادم فقط.
error-store = تعذّر حفظ الإعداد الآن؛ حاول مرة أخرى بعد دقيقة.
error-no-memory = لم يعد هذا التشخيص محفوظًا (انتهت صلاحيته، أو تعذّر الوصول إلى الذاكرة). شغّل الأمر مرة أخرى مع مخرجاتك.
error-download = تعذّر تنزيل المرفق { $path }؛ الصق نصه بدلًا من ذلك.
error-bad-profile = { $profile } ليس معرّف ملف تعريف مصادقة؛ المعرّفات تكون بالشكل provider:name، مثل openai:work.
pin-title = أمر /model للتثبيت في هذه المحادثة
pin-model-placeholder = استبدل <model> بنموذج يقدّمه { $provider }؛ الأمر /models { $provider } في الدردشة يعرض هذه النماذج.
status-title = شرح مخرجات /model status لديك
status-current = تستخدم هذه المحادثة { $model }.
status-current-selected = تستخدم هذه المحادثة { $model }، وقد اختير يدويًا: النموذج المختار لا ينتقل أبدًا إلى نماذج أخرى.
status-default = النموذج الافتراضي هو { $model }.
status-active = الطلب التالي إلى { $provider } يستخدم ملف التعريف { $profile }.
status-auth-ok = { $profile }: تم تسجيل الدخول، صالح لمدة { $remaining }.
status-auth-ok-plain = { $profile }: تم تسجيل الدخول.
status-auth-expiring = { $profile }: تنتهي صلاحيته خلال { $remaining }؛ جدّد تسجيل الدخول قريبًا.
status-auth-expired = { $profile }: انتهت صلاحية تسجيل الدخول.
status-auth-missing = { $profile }: لا توجد بيانات اعتماد محفوظة.
status-auth-cooldown = { $profile }: متوقف مؤقتًا بعد أخطاء (المتبقي { $remaining }).
status-auth-disabled = { $profile }: معطّل ({ $reason }).
status-not-recognized = هذه ليست مخرجات /model status ولا models status. شغّل /model status في المحادثة التي تفشل، أو openclaw models status على مضيف البوابة، والصق المخرجات كاملة.
web-language-auto = نفس لغة اللصق (اكتشاف تلقائي)
web-privacy = لا يُخزَّن أو يُسجَّل أي شيء تلصقه؛ يظهر التشخيص فقط.
step-unusable-name = يحتوي اسم في ما لصقته على أحرف لا يحملها أي اسم في OpenClaw، لذلك لم يُنسخ إلى هذا الأمر: ضع مكان `{ $placeholder }` الاسم الدقيق كما يظهر في مخرجات OpenClaw نفسه.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = الإصدار الذي حددته، «{ $given }»، ليس إصدارًا من OpenClaw تعرفه هذه النسخة، لذلك لم يُستخدم. الأمر `openclaw --version` على مضيف البوابة يطبع الإصدار الدقيق.
note-version-conflict = حددت OpenClaw { $given }، لكن ما لصقته يُظهر { $pasted }؛ هذا الرد يستخدم { $given }، أي الإصدار الذي حددته.
error-file-is-dir = { $path } مجلد وليس ملفًا: حدّد الملف الذي يحتوي على المخرجات.
error-file-permission = تعذّرت قراءة { $path }: ليست لديك صلاحية قراءة هذا الملف.
error-malformed-json = نص الطلب ليس JSON تقرؤه هذه الواجهة: أرسل كائنًا فيه `paste` (نص) أو `messages` (قائمة نصوص).
error-bad-thread = يجب أن يتكوّن معرّف السلسلة من 16 إلى 128 حرفًا من A-Z وa-z و0-9 و_ و-؛ استخدم معرّفًا عشوائيًا.
error-too-many-messages = { $limit } رسالة على الأكثر في الطلب الواحد؛ أرسل الباقي في طلب ثانٍ.
