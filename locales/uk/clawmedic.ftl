# clawmedic — українська (uk).
# Команди, id, назви профілів і посилання на моделі не входять у ці повідомлення: вони
# передаються як змінні ($provider, $profile, $model, …) або виводяться кодом у code-блоках.

## Оформлення відповіді

reply-title = Діагноз clawmedic
reply-version-seen = OpenClaw { $version } (визначено з вашого виводу).
reply-version-flag = OpenClaw { $version } (вказано вами).
reply-version-unknown = Версія OpenClaw невідома: кроки нижче працюють на будь-якому релізі, якщо не зазначено інше.
reply-version-floor = Версію OpenClaw не вказано; судячи з вставки, це { $version } або новіша (шлях до сховища та ідентифікатори).
reply-top-finding = Найімовірніше: { $title }
reply-next-finding = Якщо це не допомогло: { $title }
reply-evidence = Ознаки
reply-evidence-line = повідомлення { $message }, рядок { $line }
reply-ruled-out = Виключено
reply-steps = Що робити далі
reply-asks = Виконайте це й вставте вивід
reply-need-more-info = У цій гілці поки немає нічого однозначного. Виконайте команди нижче й вставте їхній вивід (ключі та токени замаскуйте).
reply-mask-reminder = Перед вставлянням замаскуйте ключі та токени.
where-cli = shell на хості шлюзу
where-chat = цей чат
where-config = конфіг
secret-warning =
    { $count ->
        [one] У вашому виводі був { $count } секрет (API-ключ або токен). Тут він не повторюється. Видаліть те повідомлення просто зараз і перевипустіть секрет у провайдера.
        [few] У вашому виводі було { $count } секрети (API-ключі або токени). Тут вони не повторюються. Видаліть те повідомлення просто зараз і перевипустіть кожен із них у його провайдера.
        [many] У вашому виводі було { $count } секретів (API-ключі або токени). Тут вони не повторюються. Видаліть те повідомлення просто зараз і перевипустіть кожен із них у його провайдера.
       *[other] У вашому виводі було { $count } секрету (API-ключі або токени). Тут вони не повторюються. Видаліть те повідомлення просто зараз і перевипустіть кожен із них у його провайдера.
    }
mojibake-note = Частина символів у вашому виводі надійшла в неправильному кодуванні; перед аналізом їх виправлено.

## Примітки

note-flag-too-new = Ваш OpenClaw ще не знає { $flag } (з'явився в { $since }). Без цього прапорця: `{ $command }`
note-flag-too-new-plain = Ваш OpenClaw ще не знає { $flag } (з'явився в { $since }): виконайте ту саму команду без цього прапорця.

## Назви причин

cause-oauth_expired = Термін дії входу через OAuth минув
cause-refresh_token_reused = Refresh-токен використано двічі
cause-oauth_scope_missing = Входу бракує потрібного scope
cause-missing_api_key = Немає облікових даних для цього провайдера
cause-invalid_api_key = API-ключ відхиляється
cause-external_cli_credential_stale = Облікові дані, скопійовані з іншого CLI, застаріли
cause-pinned_profile_missing_credential = Закріплений профіль не має облікових даних
cause-auth_provider_not_loaded = Вхід посилається на незавантаженого провайдера
cause-per_agent_auth_store = Облікові дані лежать у сховищі іншого агента
cause-auth_store_migration_required = Сховище автентифікації треба мігрувати
cause-profile_excluded_by_auth_order = Порядок автентифікації виключає робочі профілі
cause-auth_order_not_applied = Новий порядок автентифікації не застосувався
cause-session_pin_stale = Ця розмова досі використовує старий профіль
cause-wrong_provider_prefix = Посилання на модель і профіль належать різним провайдерам
cause-auth_profile_provider_mismatch = Профіль прив'язаний до іншого провайдера
cause-legacy_codex_ids = Застарілі id openai-codex у збірці, де їх перейменували
cause-unknown_model = Модель невідома провайдеру чи конфігу
cause-model_not_allowed = Моделі немає в allowlist
cause-rate_limit_cooldown = У провайдера rate limit або пауза (cooldown)
cause-billing_disabled = На акаунті закінчилися кошти
cause-provider_unreachable = Не вдалося достукатися до провайдера
cause-fallbacks_stripped = Fallback-и зникли з чинного конфігу
cause-ollama_fallback_dropped = Fallback на Ollama не може відповісти
cause-fallback_not_triggered = Збій так і не перейшов на fallback
cause-runtime_unavailable = Середовище виконання Codex не може виконати хід
cause-cloudflare_403 = Запити до ChatGPT натрапляють на перевірку Cloudflare
cause-version_regression = Відомий баг у цій збірці OpenClaw
cause-gateway_not_reloaded = Запущений шлюз досі працює зі старим станом
cause-request_rejected = Провайдер відхилив сам запит
cause-status_display_mismatch = Екран статусу попереджає, але запуски працюють
cause-not_model_auth = Це не проблема автентифікації моделі
cause-all_ok = Усе виглядає справним
cause-need_more_info = Потрібно більше виводу

## Короткий опис знахідок

oauth_expired-summary = Збережений вхід для { $provider } більше не може оновити access-токен, тож кожен запит із ним падає. Увійдіть знову на хості шлюзу, потім перезапустіть шлюз.
refresh_token_reused-summary = Refresh-токен { $provider } витратили двоє споживачів (два шлюзи, копії в окремих агентів або імпортований токен CLI), і тепер провайдер його відхиляє. Увійдіть один раз, залиште один шлюз і поставте новий профіль першим.
oauth_scope_missing-summary = Токену { $provider } бракує scope, потрібного для запиту, або під час входу було запитано scope, який ця збірка використовувати не може.
missing_api_key-summary = Агент, який виконував хід, не має облікових даних для { $provider }. Надайте їх цьому агенту, потім перезапустіть шлюз.
invalid_api_key-summary = API-ключ для { $provider } надсилається й відхиляється. З'ясуйте, який ключ зрештою використовується (збережений профіль важливіший за оточення shell), і замініть саме його.
external_cli_credential_stale-summary = OpenClaw використовує облікові дані { $provider }, скопійовані з іншого CLI, і ця копія застаріла. Оновіть джерело, потім увійдіть знову.
pinned_profile_missing_credential-summary = Закріплений профіль { $profile } не містить придатного секрету. Закріпіть зараз робочий профіль або додайте облікові дані в { $profile }.
auth_provider_not_loaded-summary = Жоден завантажений плагін не реєструє провайдера { $provider }, тому вхід не може розпочатися.
per_agent_auth_store-summary = Агент { $agent } читає власне сховище автентифікації, а в ньому немає облікових даних { $provider }; ваш вхід потрапив до іншого агента. Увійдіть для { $agent }.
auth_store_migration_required-summary = Ця збірка зберігає облікові дані в новому форматі сховища й ігнорує старе, доки doctor його не мігрує. Зупиніть шлюз, запустіть doctor, перевірте, що профілі повернулися, і знову запустіть шлюз.
profile_excluded_by_auth_order-summary = Усі робочі профілі { $provider } виключено порядком автентифікації, тож не пробується жоден. Очистьте порядок або вкажіть у ньому наявні профілі.
auth_order_not_applied-summary = Зміна порядку не потрапила в сховище, яке читає агент, тому діє старий порядок.
session_pin_stale-summary = Ця розмова закріплена за профілем { $profile }, який прострочений або відсутній, хоча { $working } працює. Перезакріпіть розмову на робочий профіль.
session_pin_stale-override-summary = Розмова має власне перевизначення профілю ({ $profile }), і зміни через CLI його не зачіпають. Перезакріпіть профіль саме в цій розмові.
session_pin_stale-cli-healthy-summary = Перевірка через CLI показує, що { $working } працює, але розмова однаково падає: вона тримається за старий профіль. Закріпіть робочий профіль у проблемній розмові; старий профіль виключено з порядку навмисно, тож порядок не очищайте.
wrong_provider_prefix-summary = Під час закріплення провайдер у посиланні на модель має збігатися з провайдером профілю. { $profile } належить до { $provider }, тому в цьому релізі посилання має починатися з цього провайдера.
wrong_provider_prefix-default-summary = У цьому релізі модель openai/… не має облікових даних, якщо є лише вхід через Codex OAuth; модель за замовчуванням має використовувати провайдера openai-codex.
auth_profile_provider_mismatch-summary = { $profile } належить до іншого провайдера, і його не можна поставити в порядок { $provider }. У порядку кожного провайдера тримайте лише його власні профілі; для другого провайдера використовуйте fallback моделі.
legacy_codex_ids-summary = Конфіг або профілі досі використовують застарілі id openai-codex, які цей реліз перейменував або відхиляє. Нехай doctor їх мігрує.
unknown_model-summary = Моделі { $model } немає ні в каталозі провайдера, ні в конфігу. Виберіть id моделі зі списку провайдера.
model_not_allowed-summary = Модель { $model } не входить до allowlist моделей агента. Додайте її, потім виберіть знову.
rate_limit_cooldown-summary = { $provider } на паузі після помилок rate limit або ліміту використання; повторний вхід не допоможе. Зачекайте або додайте ще один профіль чи fallback.
billing_disabled-summary = Провайдер відмовив через оплату або квоту, і профіль вимкнено на кілька годин. Поповніть баланс у провайдера або тим часом перейдіть на іншого провайдера.
provider_unreachable-summary = Від { $provider } не надійшло придатної відповіді (тайм-аут, мережа, TLS або помилка сервера). Перевірте доступність із хоста шлюзу.
fallbacks_stripped-summary = Агент { $agent } задає модель простим рядком, і це замінює fallback-и за замовчуванням порожнім списком. Використовуйте об'єктну форму зі списком fallbacks.
ollama_fallback_dropped-summary = Fallback на Ollama не має запису провайдера або ключа-заглушки, тому падає, щойно ланцюжок до нього доходить.
fallback_not_triggered-summary = Збій завершив хід, так і не спробувавши fallback-и; у цій збірці тут баг із зациклюванням або лімітом використання.
fallback_not_triggered-selected-summary = У цій розмові модель { $model } вибрано вручну. Вибрана користувачем модель використовується строго: на fallback вона не перемикається. Поверніться до моделі за замовчуванням.
runtime_unavailable-summary = Середовище виконання Codex (app-server або плагін) не може виконати хід — часто тому, що застарілий зовнішній плагін codex старіший за ядро.
cloudflare_403-summary = Запити ChatGPT/Codex отримують сторінку перевірки Cloudflare, а ця збірка подає це як збій DNS або rate limit.
version_regression-summary = У цій збірці є відомий баг: свіжий вхід у Codex проходить перевірку, але під час роботи не може оновити токен.
version_regression-known-summary = В OpenClaw { $version } є відомий баг саме з такими симптомами; його виправлено в { $fixed }. Оновіться вперед (ніколи не відкочуйтеся через міграцію сховища).
gateway_not_reloaded-summary = CLI бачить облікові дані { $provider }, але запущений шлюз не перезапускали, і він досі працює зі старим станом.
request_rejected-summary = Провайдер відхилив тіло запиту (схема або розмір контексту), а не облікові дані. Почніть нову сесію; входити знову не потрібно.
status_display_mismatch-summary = { $profile } на екрані статусу показано як прострочений, хоча запуски працюють; нічого не зламано. Оновлюйте його, лише щоб прибрати попередження.
not_model_auth-summary = Це автентифікація шлюзу або пристрою, а не облікові дані моделі; команди models auth тут нічого не змінять.
not_model_auth-channel-summary = Це токен чат-каналу (акаунт бота), а не облікові дані моделі; команди models auth тут нічого не змінять.
all_ok-summary = Усі перевірені профілі відповідають, і у вашому виводі немає жодної помилки. Якщо чат однаково падає, вставте його помилку та вивід /model status.

## Пояснення до кроків

step-login = Увійдіть знову для { $provider } на хості шлюзу (відкриється браузер або буде показано код).
step-restart = Перезапустіть шлюз, щоб запущений процес перечитав автентифікацію.
step-verify = Переконайтеся, що вхід працює, за допомогою живої перевірки.
step-upgrade = Оновіть OpenClaw до найновішого релізу.
step-doctor-fix = Нехай doctor мігрує конфіг і профілі.
step-claude-setup-token = Створіть новий setup-токен Claude і збережіть його в OpenClaw.
step-one-gateway = Переконайтеся, що для цього каталогу стану запущено лише один шлюз.
step-order-new-id = Поставте щойно створений профіль першим (скопіюйте його id з виводу входу).
step-drop-baseurl = Видаліть baseUrl від Platform API, щоб токен ChatGPT туди не надсилався.
step-local-placeholder-key = Локальним провайдерам достатньо ключа-заглушки.
step-configure-key = Введіть ключ { $provider } інтерактивно (ніколи не вставляйте ключі в чат).
step-env-file = Або покладіть ключ в env-файл шлюзу: сервіс ігнорує export із shell.
step-read-effective = Подивіться джерело effective= для провайдера: саме цей ключ і надсилається.
step-refresh-external-cli = Спершу оновіть вхід у самому іншому CLI.
step-pin-working = Закріпіть робочий профіль { $profile } у проблемній розмові, потім надішліть звичайне тестове повідомлення.
step-login-renamed-codex = У цьому релізі вхід через OAuth ChatGPT/Codex виконується під провайдером openai.
step-check-profiles-back = Перевірте, що профілі знову є в списку; якщо список порожній, увійдіть знову.
step-order-clear = Видаліть перевизначення порядку для агента.
step-order-set-alternative = Або задайте порядок із наявних профілів.
step-release-lock = Зупиніть шлюз, щоб він зняв блокування сховища.
step-pin = Закріпіть { $profile } у проблемній розмові, потім надішліть звичайне тестове повідомлення.
step-cross-provider-fallback = Щоб підстрахуватися іншим провайдером, додайте натомість fallback моделі.
step-new-drops-auto = Нова сесія скидає автоматичне перевизначення.
step-find-current-id = Знайдіть поточний id профілю (новий вхід міг створити новий id).
step-pin-current-id = Потім закріпіть цей id у розмові.
step-undo-5-5-rewrite = Скасуйте заміну моделі за замовчуванням, яку зробив реліз 5.5.
step-set-unified-ref = Або задайте актуальне посилання на модель вручну.
step-ollama-model-entry = Додайте модель до списку моделей провайдера ollama.
step-list-models = Виведіть список id моделей, які пропонує цей провайдер.
step-set-listed-model = Зробіть моделлю за замовчуванням id із цього списку.
step-allow-model = Додайте модель до allowlist (командою, яку вивела помилка).
step-see-cooldowns = Подивіться, які профілі на паузі й скільки ще (Unavailable auth profiles).
step-add-fallback = Додайте fallback на іншому провайдері, щоб ходи тим часом і далі працювали.
step-after-top-up = Після поповнення скиньте збережений стан вимкнення.
step-object-form-model = Запишіть модель агента в об'єктній формі, разом із її fallback-ами.
step-check-fallbacks = Перевірте, що Fallbacks (N) тепер їх показує.
step-reset-selection = Поверніть цю розмову до моделі за замовчуванням.
step-inspect-codex-plugin = Порівняйте версію середовища виконання плагіна codex із версією ядра.
step-find-stale-plugin = Оновіть або видаліть застарілу зовнішню копію плагіна codex.
step-step-back-same-era = Або відкотіться на останній робочий реліз із тим самим форматом сховища.
step-codex-backend-url = Якщо лишаєтеся на цьому релізі: надсилайте запити Codex на бекенд ChatGPT.
step-new-session = Почніть нову сесію в цій розмові.
step-check-api = Перевірте, що показаний api: підходить для моделі.
step-clear-display = Лише щоб прибрати попередження: оновіть вхід у Claude CLI і знову прив'яжіть його.
step-channel-status = Перевірте, який канал не запускається.
step-channel-token = Введіть новий токен бота для цього каналу.

## Запити виводу

ask-version = Наступний крок залежить від релізу OpenClaw.
ask-model-status-if-chat-fails = Лише якщо чат досі падає: виконайте це в тій розмові.
ask-models-status = Показує модель за замовчуванням, fallback-и, чинні облікові дані кожного провайдера та паузи (cooldown).
ask-probe = Перевіряє кожен профіль наживо й показує, який падає і чому.
ask-order = Показує, які профілі пропускає порядок.
ask-model-status = Виконайте в проблемній розмові: покаже профіль, який ця розмова використовує.
ask-auth-list = Показує точні id профілів для закріплення.
ask-decision-lines = Скопіюйте рядки [model-fallback/decision] одного невдалого ходу.

## Помилки (командний рядок і боти)

error-file-missing = Не вдається прочитати { $path }: файл не існує.
error-file-unreadable = Не вдається прочитати { $path }: { $reason }
error-binary = { $path } схожий на двійкові дані, а не на вставлений текст.
error-too-large = { $path } більший за { $limit } байт; вставте лише потрібну частину виводу.
error-unknown-lang = Невідома мова { $lang }; використайте одну з: { $list }.
error-bad-version = Не вдається розібрати версію OpenClaw { $version }; використайте формат 2026.6.9.

## Discord і вебінтерфейс

cmd-diagnose-description = Розібрати вставлений вивід OpenClaw і підказати наступний крок
opt-paste-description = Вивід для діагностики (залиште порожнім, щоб відкрити форму для довгого тексту)
opt-file-description = Файл .txt, .log або .json із виводом
opt-version-description = Ваша версія OpenClaw, наприклад 2026.6.9
opt-language-description = Мова відповіді
cmd-model-description = Пояснити вивід /model status або скласти правильний /model pin
cmd-model-status-description = Пояснити вставлений вивід /model status або models status
cmd-model-pin-description = Скласти /model pin для профілю
opt-profile-description = Id профілю автентифікації, наприклад openai:work
opt-model-description = Модель, наприклад openai/gpt-5.5
ctx-diagnose-name = Діагностувати
modal-title = Вставте вивід OpenClaw
modal-field-label = Вивід (замаскуйте ключі та токени)
button-worked = Допомогло
button-still-failing = Досі не працює
button-show-in = Показати мовою: { $language }
reply-thanks = Дякую за підтвердження. Чудово, що все запрацювало.
reply-still-failing = Шкода. Вставте сюди наступний вивід — його буде розібрано разом із попередніми повідомленнями.
pin-explain = Профіль { $profile } належить до { $provider }, тому в цьому релізі посилання на модель має починатися з { $provider }/.
pin-explain-renamed = У цьому релізі профілі ChatGPT/Codex називаються openai:…; спершу запустіть doctor, щоб профіль { $profile } з'явився.
error-no-input = Нема чого діагностувати: вставте вивід або прикріпіть файл.
error-attachment-type = Читати можна лише файли .txt, .log і .json.
error-internal = У нас щось пішло не так, і відповідь не вдалося скласти. Спробуйте ще раз.
error-rate-limited = Зараз забагато запитів; зачекайте { $seconds } с.
web-title = clawmedic — діагностика виводу OpenClaw
web-paste-label = Вставте сюди вивід OpenClaw (ключі й токени приховуються ще до того, як щось буде показано)
web-submit = Діагностувати
web-copy = Копіювати
web-copied = Скопійовано
cmd-watch-description = Увімкнути або вимкнути автоматичну діагностику виводу OpenClaw, вставленого в цей канал
opt-watch-mode-description = on: відповідати на вивід OpenClaw, вставлений тут; off: зупинити
watch-on = Стежу за { $channel }: на повідомлення з виводом OpenClaw надходитиме діагноз, не частіше ніж одна відповідь у гілці раз на { $seconds } с.
watch-off = Більше не стежу за { $channel }.
watch-unavailable = Режим спостереження вимкнено в конфігурації цього бота.
error-permission = Щоб змінити це, потрібен дозвіл «Керувати сервером» (Manage Server).
error-guild-only = Ця команда працює лише в каналі сервера.
error-store = Зараз не вдалося зберегти налаштування; спробуйте ще раз за хвилину.
error-no-memory = Цей діагноз більше не зберігається (минув термін або сховище недоступне). Запустіть команду ще раз зі своїм виводом.
error-download = Не вдалося завантажити вкладення { $path }; натомість вставте його текст.
error-bad-profile = { $profile } — не id профілю автентифікації; id мають вигляд provider:name, наприклад openai:work.
pin-title = /model pin для цієї розмови
pin-model-placeholder = Замініть <model> на модель, яку пропонує { $provider }; /models { $provider } у чаті покаже їхній список.
status-title = Ваш /model status із поясненнями
status-current = Ця розмова використовує модель { $model }.
status-current-selected = Ця розмова використовує модель { $model }, вибрану вручну: вибрана модель ніколи не перемикається на інші.
status-default = Модель за замовчуванням — { $model }.
status-active = Наступний запит до { $provider } використає профіль { $profile }.
status-auth-ok = { $profile }: вхід виконано, діє ще { $remaining }.
status-auth-ok-plain = { $profile }: вхід виконано.
status-auth-expiring = { $profile }: спливає через { $remaining }; незабаром оновіть вхід.
status-auth-expired = { $profile }: термін дії входу минув.
status-auth-missing = { $profile }: облікові дані не збережено.
status-auth-cooldown = { $profile }: на паузі після помилок (залишилося { $remaining }).
status-auth-disabled = { $profile }: вимкнено ({ $reason }).
status-not-recognized = Це не вивід /model status або models status. Виконайте /model status у проблемній розмові або openclaw models status на хості шлюзу й вставте все повністю.
web-language-auto = Як у вставці (визначається автоматично)
web-privacy = Нічого зі вставленого не зберігається й не записується в журнали; показується лише діагноз.
step-unusable-name = Ім'я у вставленому тексті містить символи, яких немає в жодному імені OpenClaw, тому його не скопійовано в цю команду: замініть `{ $placeholder }` точним ім'ям із виводу самого OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Вказана версія «{ $given }» не є релізом OpenClaw, відомим цій збірці, тому її не використано. `openclaw --version` на хості шлюзу покаже точну версію.
note-version-conflict = Ви вказали OpenClaw { $given }, але у вставленому тексті видно { $pasted }; ця відповідь використовує { $given }, вказану вами версію.
error-file-is-dir = { $path } — це тека, а не файл: вкажіть файл, у якому є вивід.
error-file-permission = Не вдається прочитати { $path }: немає прав на читання цього файлу.
error-malformed-json = Тіло запиту не є JSON, який читає цей API: надішліть об'єкт із `paste` (текст) або `messages` (список текстів).
error-bad-thread = Ідентифікатор треду має складатися з 16–128 символів A-Z, a-z, 0-9, _ і -; використайте випадковий ідентифікатор.
error-too-many-messages = Не більше { $limit } повідомлень в одному запиті; решту надішліть другим запитом.
