# clawmedic — русский (ru).
# Команды, id, имена профилей и ссылки на модели не входят в эти сообщения: они
# передаются как переменные ($provider, $profile, $model, …) или выводятся кодом в code-блоках.

## Оформление ответа

reply-title = Диагноз clawmedic
reply-version-seen = OpenClaw { $version } (определено по вашему выводу).
reply-version-flag = OpenClaw { $version } (указано вами).
reply-version-unknown = Версия OpenClaw неизвестна: шаги ниже работают на любом релизе, если не указано иное.
reply-version-floor = Версия OpenClaw не указана; судя по вставке, это { $version } или новее (путь к хранилищу и идентификаторы).
reply-top-finding = Скорее всего: { $title }
reply-next-finding = Если это не помогло: { $title }
reply-evidence = Признаки
reply-evidence-line = сообщение { $message }, строка { $line }
reply-ruled-out = Исключено
reply-steps = Что делать
reply-asks = Выполните это и вставьте вывод
reply-need-more-info = По этой ветке пока нельзя сделать однозначный вывод. Выполните команды ниже и вставьте их вывод (ключи и токены замаскируйте).
reply-mask-reminder = Перед вставкой замаскируйте ключи и токены.
where-cli = shell на хосте шлюза
where-chat = этот чат
where-config = конфиг
secret-warning =
    { $count ->
        [one] В вашем выводе был { $count } секрет (API-ключ или токен). Здесь он не повторяется. Удалите то сообщение прямо сейчас и перевыпустите секрет у провайдера.
        [few] В вашем выводе было { $count } секрета (API-ключи или токены). Здесь они не повторяются. Удалите то сообщение прямо сейчас и перевыпустите каждый из них у его провайдера.
        [many] В вашем выводе было { $count } секретов (API-ключи или токены). Здесь они не повторяются. Удалите то сообщение прямо сейчас и перевыпустите каждый из них у его провайдера.
       *[other] В вашем выводе было { $count } секрета (API-ключи или токены). Здесь они не повторяются. Удалите то сообщение прямо сейчас и перевыпустите каждый из них у его провайдера.
    }
mojibake-note = Часть символов в вашем выводе пришла в неверной кодировке; перед разбором они были исправлены.

## Примечания

note-flag-too-new = Ваш OpenClaw ещё не знает { $flag } (появился в { $since }). Без этого флага: `{ $command }`
note-flag-too-new-plain = Ваш OpenClaw ещё не знает { $flag } (появился в { $since }): выполните ту же команду без этого флага.

## Названия причин

cause-oauth_expired = Срок действия входа через OAuth истёк
cause-refresh_token_reused = Refresh-токен использован дважды
cause-oauth_scope_missing = Входу не хватает нужного scope
cause-missing_api_key = Нет учётных данных для этого провайдера
cause-invalid_api_key = API-ключ отклоняется
cause-external_cli_credential_stale = Учётные данные, скопированные из другого CLI, устарели
cause-pinned_profile_missing_credential = У закреплённого профиля нет учётных данных
cause-auth_provider_not_loaded = Вход ссылается на незагруженный провайдер
cause-per_agent_auth_store = Учётные данные лежат в хранилище другого агента
cause-auth_store_migration_required = Хранилище авторизации нужно мигрировать
cause-profile_excluded_by_auth_order = Порядок авторизации исключает рабочие профили
cause-auth_order_not_applied = Новый порядок авторизации не применился
cause-session_pin_stale = Этот диалог всё ещё использует старый профиль
cause-wrong_provider_prefix = Ссылка на модель и профиль относятся к разным провайдерам
cause-auth_profile_provider_mismatch = Профиль привязан к другому провайдеру
cause-legacy_codex_ids = Устаревшие id openai-codex в сборке, где их переименовали
cause-unknown_model = Модель неизвестна провайдеру или конфигу
cause-model_not_allowed = Модели нет в allowlist
cause-rate_limit_cooldown = У провайдера rate limit или пауза (cooldown)
cause-billing_disabled = На аккаунте закончились средства
cause-provider_unreachable = Не удалось достучаться до провайдера
cause-fallbacks_stripped = Fallback-и пропали из действующего конфига
cause-ollama_fallback_dropped = Fallback на Ollama не может ответить
cause-fallback_not_triggered = Сбой так и не переключился на fallback
cause-runtime_unavailable = Среда выполнения Codex не может выполнить ход
cause-cloudflare_403 = Запросы к ChatGPT упираются в проверку Cloudflare
cause-version_regression = Известный баг в этой сборке OpenClaw
cause-gateway_not_reloaded = Запущенный шлюз всё ещё работает со старым состоянием
cause-request_rejected = Провайдер отклонил сам запрос
cause-status_display_mismatch = Экран статуса предупреждает, но запуски работают
cause-not_model_auth = Это не проблема авторизации модели
cause-all_ok = Всё выглядит исправным
cause-need_more_info = Нужно больше вывода

## Краткое описание находок

oauth_expired-summary = Сохранённый вход для { $provider } больше не может обновить access-токен, поэтому с ним падает каждый запрос. Войдите заново на хосте шлюза, затем перезапустите шлюз.
refresh_token_reused-summary = Refresh-токен { $provider } израсходовали два потребителя (два шлюза, копии у отдельных агентов или импортированный токен CLI), и теперь провайдер его отклоняет. Войдите один раз, оставьте один шлюз и поставьте новый профиль первым.
oauth_scope_missing-summary = Токену { $provider } не хватает scope, нужного для запроса, или при входе был запрошен scope, который этой сборке использовать нельзя.
missing_api_key-summary = У агента, который выполнял ход, нет учётных данных для { $provider }. Выдайте их этому агенту, затем перезапустите шлюз.
invalid_api_key-summary = API-ключ для { $provider } отправляется и отклоняется. Выясните, какой ключ в итоге используется (сохранённый профиль важнее окружения shell), и замените именно его.
external_cli_credential_stale-summary = OpenClaw использует учётные данные { $provider }, скопированные из другого CLI, и эта копия устарела. Обновите источник, затем войдите заново.
pinned_profile_missing_credential-summary = В закреплённом профиле { $profile } нет рабочего секрета. Закрепите сейчас рабочий профиль или добавьте учётные данные в { $profile }.
auth_provider_not_loaded-summary = Ни один загруженный плагин не регистрирует провайдер { $provider }, поэтому вход не может начаться.
per_agent_auth_store-summary = Агент { $agent } читает собственное хранилище авторизации, а в нём нет учётных данных { $provider }; ваш вход попал к другому агенту. Войдите для { $agent }.
auth_store_migration_required-summary = Эта сборка хранит учётные данные в новом формате хранилища и игнорирует старое, пока doctor его не мигрирует. Остановите шлюз, запустите doctor, убедитесь, что профили вернулись, и снова запустите шлюз.
profile_excluded_by_auth_order-summary = Все рабочие профили { $provider } исключены порядком авторизации, поэтому не пробуется ни один. Очистите порядок или укажите в нём существующие профили.
auth_order_not_applied-summary = Изменение порядка не попало в хранилище, которое читает агент, поэтому действует старый порядок.
session_pin_stale-summary = Этот диалог закреплён за профилем { $profile }, который истёк или отсутствует, хотя { $working } работает. Перезакрепите диалог на рабочий профиль.
session_pin_stale-override-summary = У диалога есть своё переопределение профиля ({ $profile }), и изменения через CLI его не затрагивают. Перезакрепите профиль прямо в этом диалоге.
session_pin_stale-cli-healthy-summary = Проверка через CLI показывает, что { $working } работает, но диалог всё равно падает: он держится за старый профиль. Закрепите рабочий профиль в проблемном диалоге; старый профиль исключён из порядка намеренно, так что порядок не очищайте.
wrong_provider_prefix-summary = При закреплении провайдер в ссылке на модель должен совпадать с провайдером профиля. { $profile } относится к { $provider }, поэтому в этом релизе ссылка должна начинаться с этого провайдера.
wrong_provider_prefix-default-summary = В этом релизе у модели openai/… нет учётных данных, если есть только вход через Codex OAuth; модель по умолчанию должна использовать провайдер openai-codex.
auth_profile_provider_mismatch-summary = { $profile } относится к другому провайдеру, и его нельзя поставить в порядок { $provider }. В порядке каждого провайдера держите только его собственные профили; для второго провайдера используйте fallback модели.
legacy_codex_ids-summary = Конфиг или профили всё ещё используют устаревшие id openai-codex, которые этот релиз переименовал или отклоняет. Пусть doctor их мигрирует.
unknown_model-summary = Модели { $model } нет ни в каталоге провайдера, ни в конфиге. Выберите id модели из списка провайдера.
model_not_allowed-summary = Модель { $model } не входит в allowlist моделей агента. Добавьте её, затем выберите снова.
rate_limit_cooldown-summary = { $provider } на паузе после ошибок rate limit или лимита использования; повторный вход не поможет. Подождите или добавьте ещё один профиль или fallback.
billing_disabled-summary = Провайдер отказал из-за оплаты или квоты, и профиль отключён на несколько часов. Пополните баланс у провайдера или пока переключитесь на другого провайдера.
provider_unreachable-summary = От { $provider } не пришло пригодного ответа (таймаут, сеть, TLS или ошибка сервера). Проверьте доступность с хоста шлюза.
fallbacks_stripped-summary = Агент { $agent } задаёт модель простой строкой, и это заменяет fallback-и по умолчанию пустым списком. Используйте объектную форму со списком fallbacks.
ollama_fallback_dropped-summary = У fallback на Ollama нет записи провайдера или ключа-заглушки, поэтому он падает, как только цепочка до него доходит.
fallback_not_triggered-summary = Сбой завершил ход, так и не попробовав fallback-и; в этой сборке здесь баг с зацикливанием или лимитом использования.
fallback_not_triggered-selected-summary = В этом диалоге модель { $model } выбрана вручную. Выбранная пользователем модель используется строго: на fallback она не переключается. Вернитесь к модели по умолчанию.
runtime_unavailable-summary = Среда выполнения Codex (app-server или плагин) не может выполнить ход — часто потому, что устаревший внешний плагин codex старше ядра.
cloudflare_403-summary = Запросы ChatGPT/Codex получают страницу проверки Cloudflare, а эта сборка выдаёт это за сбой DNS или rate limit.
version_regression-summary = В этой сборке есть известный баг: свежий вход в Codex проходит проверку, но при работе не может обновить токен.
version_regression-known-summary = В OpenClaw { $version } есть известный баг ровно с такими симптомами; он исправлен в { $fixed }. Обновитесь вперёд (никогда не откатывайтесь через миграцию хранилища).
gateway_not_reloaded-summary = CLI видит учётные данные { $provider }, но запущенный шлюз не перезапускали, и он всё ещё работает со старым состоянием.
request_rejected-summary = Провайдер отклонил тело запроса (схема или размер контекста), а не учётные данные. Начните новую сессию; входить заново не нужно.
status_display_mismatch-summary = { $profile } на экране статуса отображается как истёкший, хотя запуски работают; ничего не сломано. Обновляйте его, только чтобы убрать предупреждение.
not_model_auth-summary = Это аутентификация шлюза или устройства, а не учётные данные модели; команды models auth здесь ничего не изменят.
not_model_auth-channel-summary = Это токен чат-канала (аккаунт бота), а не учётные данные модели; команды models auth здесь ничего не изменят.
all_ok-summary = Все проверенные профили отвечают, и в вашем выводе нет ни одной ошибки. Если чат всё равно падает, вставьте его ошибку и вывод /model status.

## Пояснения к шагам

step-login = Войдите заново для { $provider } на хосте шлюза (откроется браузер или будет показан код).
step-restart = Перезапустите шлюз, чтобы работающий процесс перечитал авторизацию.
step-verify = Убедитесь, что вход работает, с помощью живой проверки.
step-upgrade = Обновите OpenClaw до последнего релиза.
step-doctor-fix = Пусть doctor мигрирует конфиг и профили.
step-claude-setup-token = Создайте новый setup-токен Claude и сохраните его в OpenClaw.
step-one-gateway = Убедитесь, что для этого каталога состояния запущен только один шлюз.
step-order-new-id = Поставьте только что созданный профиль первым (скопируйте его id из вывода входа).
step-drop-baseurl = Удалите baseUrl от Platform API, чтобы токен ChatGPT туда не отправлялся.
step-local-placeholder-key = Локальным провайдерам достаточно ключа-заглушки.
step-configure-key = Введите ключ { $provider } интерактивно (никогда не вставляйте ключи в чат).
step-env-file = Или положите ключ в env-файл шлюза: сервис игнорирует export из shell.
step-read-effective = Посмотрите источник effective= для провайдера: именно этот ключ и отправляется.
step-refresh-external-cli = Сначала обновите вход в самом другом CLI.
step-pin-working = Закрепите рабочий профиль { $profile } в проблемном диалоге, затем отправьте обычное тестовое сообщение.
step-login-renamed-codex = В этом релизе вход через OAuth ChatGPT/Codex выполняется под провайдером openai.
step-check-profiles-back = Убедитесь, что профили снова есть в списке; если список пуст, войдите заново.
step-order-clear = Удалите переопределение порядка для агента.
step-order-set-alternative = Или задайте порядок из существующих профилей.
step-release-lock = Остановите шлюз, чтобы он снял блокировку хранилища.
step-pin = Закрепите { $profile } в проблемном диалоге, затем отправьте обычное тестовое сообщение.
step-cross-provider-fallback = Чтобы подстраховаться другим провайдером, добавьте вместо этого fallback модели.
step-new-drops-auto = Новая сессия сбрасывает автоматическое переопределение.
step-find-current-id = Найдите текущий id профиля (новый вход мог создать новый id).
step-pin-current-id = Затем закрепите этот id в диалоге.
step-undo-5-5-rewrite = Отмените замену модели по умолчанию, которую сделал релиз 5.5.
step-set-unified-ref = Или задайте актуальную ссылку на модель вручную.
step-ollama-model-entry = Добавьте модель в список моделей провайдера ollama.
step-list-models = Выведите список id моделей, которые предлагает этот провайдер.
step-set-listed-model = Сделайте моделью по умолчанию id из этого списка.
step-allow-model = Добавьте модель в allowlist (командой, которую вывела ошибка).
step-see-cooldowns = Посмотрите, какие профили на паузе и сколько ещё (Unavailable auth profiles).
step-add-fallback = Добавьте fallback на другом провайдере, чтобы ходы тем временем продолжали работать.
step-after-top-up = После пополнения сбросьте сохранённое состояние отключения.
step-object-form-model = Запишите модель агента в объектной форме, вместе с её fallback-ами.
step-check-fallbacks = Убедитесь, что Fallbacks (N) теперь их показывает.
step-reset-selection = Верните этот диалог к модели по умолчанию.
step-inspect-codex-plugin = Сравните версию среды выполнения плагина codex с версией ядра.
step-find-stale-plugin = Обновите или удалите устаревшую внешнюю копию плагина codex.
step-step-back-same-era = Или откатитесь на последний рабочий релиз с тем же форматом хранилища.
step-codex-backend-url = Если остаётесь на этом релизе: отправляйте запросы Codex на бэкенд ChatGPT.
step-new-session = Начните новую сессию в этом диалоге.
step-check-api = Убедитесь, что показанный api: подходит для модели.
step-clear-display = Только чтобы убрать предупреждение: обновите вход в Claude CLI и заново свяжите его.
step-channel-status = Проверьте, какой канал не запускается.
step-channel-token = Введите новый токен бота для этого канала.

## Запросы вывода

ask-version = Следующий шаг зависит от релиза OpenClaw.
ask-model-status-if-chat-fails = Только если чат всё ещё падает: выполните это в том диалоге.
ask-models-status = Показывает модель по умолчанию, fallback-и, действующие учётные данные каждого провайдера и паузы (cooldown).
ask-probe = Проверяет каждый профиль вживую и показывает, какой падает и почему.
ask-order = Показывает, какие профили пропускает порядок.
ask-model-status = Выполните в проблемном диалоге: покажет профиль, который этот диалог использует.
ask-auth-list = Показывает точные id профилей для закрепления.
ask-decision-lines = Скопируйте строки [model-fallback/decision] одного неудачного хода.

## Ошибки (командная строка и боты)

error-file-missing = Не удаётся прочитать { $path }: файл не существует.
error-file-unreadable = Не удаётся прочитать { $path }: { $reason }
error-binary = { $path } похож на двоичные данные, а не на вставленный текст.
error-too-large = { $path } больше { $limit } байт; вставьте только нужную часть вывода.
error-unknown-lang = Неизвестный язык { $lang }; используйте один из: { $list }.
error-bad-version = Не удаётся разобрать версию OpenClaw { $version }; используйте формат 2026.6.9.

## Discord и веб-интерфейс

cmd-diagnose-description = Разобрать вставленный вывод OpenClaw и подсказать следующий шаг
opt-paste-description = Вывод для диагностики (оставьте пустым, чтобы открыть форму для длинного текста)
opt-file-description = Файл .txt, .log или .json с выводом
opt-version-description = Ваша версия OpenClaw, например 2026.6.9
opt-language-description = Язык ответа
cmd-model-description = Объяснить вывод /model status или собрать правильный /model pin
cmd-model-status-description = Объяснить вставленный вывод /model status или models status
cmd-model-pin-description = Собрать /model pin для профиля
opt-profile-description = Id профиля авторизации, например openai:work
opt-model-description = Модель, например openai/gpt-5.5
ctx-diagnose-name = Диагностировать
modal-title = Вставьте вывод OpenClaw
modal-field-label = Вывод (замаскируйте ключи и токены)
button-worked = Помогло
button-still-failing = Всё ещё не работает
button-show-in = Показать на языке: { $language }
reply-thanks = Спасибо за подтверждение. Здорово, что всё заработало.
reply-still-failing = Жаль. Вставьте сюда следующий вывод — он будет разобран вместе с предыдущими сообщениями.
pin-explain = Профиль { $profile } относится к { $provider }, поэтому в этом релизе ссылка на модель должна начинаться с { $provider }/.
pin-explain-renamed = В этом релизе профили ChatGPT/Codex называются openai:…; сначала запустите doctor, чтобы профиль { $profile } появился.
error-no-input = Нечего диагностировать: вставьте вывод или приложите файл.
error-attachment-type = Читать можно только файлы .txt, .log и .json.
error-internal = У нас что-то пошло не так, и ответ не удалось составить. Попробуйте ещё раз.
error-rate-limited = Сейчас слишком много запросов; подождите { $seconds } с.
web-title = clawmedic — диагностика вывода OpenClaw
web-paste-label = Вставьте сюда вывод OpenClaw (ключи и токены скрываются до того, как что-либо будет показано)
web-submit = Диагностировать
web-copy = Копировать
web-copied = Скопировано
cmd-watch-description = Включить или выключить автоматическую диагностику вывода OpenClaw, вставленного в этот канал
opt-watch-mode-description = on: отвечать на вывод OpenClaw, вставленный здесь; off: перестать
watch-on = Слежу за { $channel }: на сообщения с выводом OpenClaw будет приходить диагноз, не чаще одного ответа в ветке раз в { $seconds } с.
watch-off = Больше не слежу за { $channel }.
watch-unavailable = Режим наблюдения отключён в конфигурации этого бота.
error-permission = Чтобы изменить это, нужно право «Управлять сервером» (Manage Server).
error-guild-only = Эта команда работает только в канале сервера.
error-store = Сейчас не удалось сохранить настройку; попробуйте ещё раз через минуту.
error-no-memory = Этот диагноз больше не хранится (истёк срок или хранилище недоступно). Запустите команду ещё раз со своим выводом.
error-download = Не удалось скачать вложение { $path }; вставьте вместо этого его текст.
error-bad-profile = { $profile } — не id профиля авторизации; id выглядят как provider:name, например openai:work.
pin-title = /model pin для этого диалога
pin-model-placeholder = Замените <model> на модель, которую предлагает { $provider }; /models { $provider } в чате покажет их список.
status-title = Ваш /model status с пояснениями
status-current = Этот диалог использует модель { $model }.
status-current-selected = Этот диалог использует модель { $model }, выбранную вручную: выбранная модель никогда не переключается на другие.
status-default = Модель по умолчанию — { $model }.
status-active = Следующий запрос к { $provider } использует профиль { $profile }.
status-auth-ok = { $profile }: вход выполнен, действует ещё { $remaining }.
status-auth-ok-plain = { $profile }: вход выполнен.
status-auth-expiring = { $profile }: истекает через { $remaining }; скоро обновите вход.
status-auth-expired = { $profile }: срок входа истёк.
status-auth-missing = { $profile }: учётные данные не сохранены.
status-auth-cooldown = { $profile }: на паузе после ошибок (осталось { $remaining }).
status-auth-disabled = { $profile }: отключён ({ $reason }).
status-not-recognized = Это не вывод /model status или models status. Выполните /model status в проблемном диалоге или openclaw models status на хосте шлюза и вставьте всё целиком.
web-language-auto = Как во вставке (определяется автоматически)
web-privacy = Ничего из вставленного не сохраняется и не пишется в логи; показывается только диагноз.
step-unusable-name = Имя во вставленном тексте содержит символы, которых нет ни в одном имени OpenClaw, поэтому оно не скопировано в эту команду: замените `{ $placeholder }` точным именем из вывода самого OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Указанная версия «{ $given }» не является релизом OpenClaw, известным этой сборке, поэтому она не использована. `openclaw --version` на хосте шлюза покажет точную версию.
note-version-conflict = Вы указали OpenClaw { $given }, но во вставленном тексте видна { $pasted }; в этом ответе используется { $given }, указанная вами версия.
error-file-is-dir = { $path } — это папка, а не файл: укажите файл, в котором есть вывод.
error-file-permission = Не удаётся прочитать { $path }: нет прав на чтение этого файла.
error-malformed-json = Тело запроса не является JSON, который читает этот API: отправьте объект с `paste` (текст) или `messages` (список текстов).
error-bad-thread = Идентификатор треда должен состоять из 16–128 символов A-Z, a-z, 0-9, _ и -; используйте случайный идентификатор.
error-too-many-messages = Не более { $limit } сообщений в одном запросе; остальные отправьте вторым запросом.
