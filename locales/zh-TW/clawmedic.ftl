# clawmedic — 繁體中文（zh-TW）。
# 指令、id、profile 名稱和模型參照都不屬於這些訊息：它們以變數形式傳入
# （$provider、$profile、$model……），或由版面程式放在程式碼區塊中輸出。

## 回覆版面

reply-title = clawmedic 診斷結果
reply-version-seen = OpenClaw { $version }（從你貼上的內容讀取）。
reply-version-flag = OpenClaw { $version }（依你提供的版本）。
reply-version-unknown = 不確定 OpenClaw 版本：除非另有註明，下列步驟適用於所有版本。
reply-version-floor = 未說明 OpenClaw 版本；從你貼上的內容（儲存路徑和 ID）看是 { $version } 或更新的版本。
reply-top-finding = 最可能的原因：{ $title }
reply-next-finding = 如果這樣還是沒解決：{ $title }
reply-evidence = 依據
reply-evidence-line = 第 { $message } 則訊息，第 { $line } 行
reply-ruled-out = 已排除的原因
reply-steps = 下一步
reply-asks =
    { $count ->
        [1] 請執行這個指令，並貼上它的輸出
       *[other] 請執行以下指令，並貼上各自的輸出
    }
reply-need-more-info = 這個討論串裡的內容還不足以判斷。請執行下面的指令並貼上輸出（記得遮蔽金鑰和 token）。
reply-mask-reminder = 貼上前請先遮蔽金鑰和 token。
where-cli = 閘道主機的 shell
where-chat = 出問題的 OpenClaw 對話
where-config = 設定檔
where-config-cli = 閘道主機的 shell（修改設定檔）
sep-colon = ：
paren-open = （
paren-close = ）
bracket-open = 【
bracket-close = 】
sep-gloss = ：
secret-warning =
    { $count ->
       *[other] 你貼上的內容包含 { $count } 組機密資訊（API 金鑰或 token），這裡不會重複顯示。請立刻刪除那則訊息，並到對應的供應商撤銷後重新產生。
    }
mojibake-note = 你貼上的內容中有部分字元編碼錯誤，已在讀取前修正。

## 附註

note-flag-too-new = 你的 OpenClaw 還不支援 { $flag }（{ $since } 才加入）。拿掉它再執行：`{ $command }`
note-flag-too-new-plain = 你的 OpenClaw 還不支援 { $flag }（{ $since } 才加入）：拿掉這個選項再執行同一個指令。

## 原因標題

cause-oauth_expired = OAuth 登入已過期
cause-refresh_token_reused = refresh token 被使用了兩次
cause-oauth_scope_missing = 登入缺少必要的 scope
cause-missing_api_key = 這個供應商沒有憑證
cause-invalid_api_key = API 金鑰遭到拒絕
cause-external_cli_credential_stale = 從其他 CLI 複製來的憑證已過時
cause-pinned_profile_missing_credential = 釘選的 profile 沒有憑證
cause-auth_provider_not_loaded = 登入指定的供應商沒有載入
cause-per_agent_auth_store = 憑證存放在另一個 agent 的儲存區
cause-auth_store_migration_required = 驗證儲存區需要遷移
cause-profile_excluded_by_auth_order = 驗證順序排除了可用的 profile
cause-auth_order_not_applied = 新的驗證順序沒有套用
cause-session_pin_stale = 出問題的對話仍在使用舊的 profile
cause-wrong_provider_prefix = 模型參照和 profile 屬於不同供應商
cause-auth_profile_provider_mismatch = 某個 profile 綁定到其他供應商
cause-legacy_codex_ids = 已改名的版本上仍使用舊的 openai-codex id
cause-unknown_model = 供應商或設定中找不到這個模型
cause-model_not_allowed = 模型不在允許清單中
cause-rate_limit_cooldown = 供應商已限制請求速率或正在冷卻
cause-billing_disabled = 帳號額度已用完
cause-provider_unreachable = 無法連線到供應商
cause-fallbacks_stripped = 備援模型已從生效設定中被移除
cause-ollama_fallback_dropped = Ollama 備援無法提供服務
cause-fallback_not_triggered = 這一輪失敗了，但沒有嘗試任何備援模型
cause-runtime_unavailable = Codex 執行階段無法執行這一輪
cause-cloudflare_403 = ChatGPT 請求遇到 Cloudflare 驗證挑戰
cause-version_regression = 這個 OpenClaw 版本的已知錯誤
cause-gateway_not_reloaded = 執行中的閘道仍在使用舊狀態
cause-request_rejected = 供應商拒絕了請求本身
cause-status_display_mismatch = 狀態畫面出現警告，但執行正常
cause-not_model_auth = 不是模型驗證的問題
cause-all_ok = 一切看起來都正常
cause-need_more_info = 需要更多輸出

## 診斷摘要

oauth_expired-summary = { $provider } 儲存的登入已無法重新整理 access token，所以用它送出的每個請求都會失敗。請在閘道主機上重新登入，然後重新啟動閘道。
refresh_token_reused-summary = { $provider } 的 refresh token 被兩個使用端消耗掉了（兩個閘道、各 agent 的複本，或匯入的 CLI token），供應商現在會拒絕它。請重新登入，但只登入一次；只保留一個閘道，並把新的 profile 排在第一個。
oauth_scope_missing-summary = { $provider } 的 token 缺少請求需要的 scope，或是登入時要求了這個版本不能使用的 scope。
missing_api_key-summary = 執行這一輪的 agent 沒有 { $provider } 的憑證。請幫這個 agent 設定憑證，然後重新啟動閘道。
invalid_api_key-summary = 送出的 { $provider } API 金鑰遭到拒絕。找出實際生效的是哪一把金鑰（已儲存的 profile 優先於 shell 環境變數），然後替換那一把。
external_cli_credential_stale-summary = OpenClaw 正在使用從其他 CLI 複製來的 { $provider } 憑證，而這份複本已經過時。請先重新整理來源的登入，再重新登入。
pinned_profile_missing_credential-summary = 釘選的 profile { $profile } 沒有可用的機密資訊。請現在就釘選一個可用的 profile，或替 { $profile } 設定憑證。
auth_provider_not_loaded-summary = 已載入的外掛中沒有任何一個註冊了供應商 { $provider }，所以無法開始登入。
per_agent_auth_store-summary = agent { $agent } 讀取的是自己的驗證儲存區，而裡面沒有 { $provider } 的憑證；你剛才的登入存到了另一個 agent。請為 { $agent } 登入。
auth_store_migration_required-summary = 這個版本用新的儲存格式儲存憑證，在 doctor 完成遷移前會忽略舊的儲存區。請停止閘道、執行 doctor、確認 profile 都回來了，再重新啟動閘道。
profile_excluded_by_auth_order-summary = { $provider } 所有可用的 profile 都被驗證順序排除了，所以一個都不會嘗試。請清除這個順序，或改成實際存在的 profile。
auth_order_not_applied-summary = 順序的變更沒有寫進 agent 讀取的那個儲存區，所以仍套用舊的順序。
session_pin_stale-summary = 出問題的對話釘選在 { $profile } 上，但它已過期或不存在，而 { $working } 是可用的。請把這個對話重新釘選到可用的 profile。
session_pin_stale-override-summary = 出問題的對話有自己的 profile 覆寫（{ $profile }），CLI 上的變更不會影響它。請在該對話中重新釘選。
session_pin_stale-cli-healthy-summary = CLI 探測顯示 { $working } 正常，但對話仍然失敗：它還在用舊的 profile。請在出問題的對話中釘選可用的 profile；舊 profile 被排除在順序之外是刻意的，所以不要清除順序。
wrong_provider_prefix-summary = 釘選時，模型參照中的供應商必須和 profile 的供應商相同。{ $profile } 屬於 { $provider }，所以在這個版本中模型參照必須以該供應商開頭。
wrong_provider_prefix-default-summary = 在這個版本中，如果只有 Codex OAuth 登入，openai/… 模型就沒有憑證；預設模型必須使用 openai-codex 供應商。
auth_profile_provider_mismatch-summary = { $profile } 屬於其他供應商，不能排進 { $provider } 的順序。每個供應商的順序裡只放它自己的 profile；需要第二個供應商時，請使用模型備援。
legacy_codex_ids-summary = 設定或 profile 仍在使用舊的 openai-codex id，而這個版本已將其改名或會拒絕。讓 doctor 幫你遷移。
unknown_model-summary = { $model } 不在供應商的模型目錄中，也不在設定裡。請選擇供應商列出的模型 id。
model_not_allowed-summary = { $model } 不在這個 agent 的模型允許清單中。請先加進去，再重新選擇。
rate_limit_cooldown-summary = { $provider } 因速率限制或用量上限錯誤正在冷卻；重新登入沒有幫助。請稍候，或再新增一個 profile 或備援模型。
billing_disabled-summary = 供應商因帳單或配額問題拒絕了請求，這個 profile 會被停用好幾個小時。請到供應商儲值，或暫時改用其他供應商。
provider_unreachable-summary = 沒有從 { $provider } 收到可用的回應（逾時、網路、TLS 或伺服器錯誤）。請在閘道主機上檢查連線狀況。
fallbacks_stripped-summary = agent { $agent } 用純字串設定模型，這會把預設的備援清單換成空的。請改用含 fallbacks 清單的物件格式。
ollama_fallback_dropped-summary = Ollama 備援沒有供應商項目或預留位置金鑰，所以備援鏈一輪到它就會失敗。
fallback_not_triggered-summary = 失敗直接結束了這一輪，沒有嘗試備援模型；這個版本在這裡有迴圈或用量上限相關的錯誤。
fallback_not_triggered-selected-summary = 出問題的對話手動選擇了 { $model }。手動選的模型會照原樣使用：永遠不會切換到其他模型。請切回預設模型。
runtime_unavailable-summary = Codex 執行階段（app-server 或外掛）無法執行這一輪，常見原因是過時的外部 codex 外掛比核心還舊。
cloudflare_403-summary = ChatGPT/Codex 請求收到 Cloudflare 的驗證挑戰頁面，而這個版本會把它回報成 DNS 失敗或速率限制。
version_regression-summary = 這個版本有一個已知錯誤：新的 Codex 登入能通過探測，但執行時重新整理 token 會失敗。
version_regression-known-summary = OpenClaw { $version } 有一個症狀完全相符的已知錯誤，已在 { $fixed } 修正。請更新到較新的版本（絕對不要跨過儲存格式遷移降版）。
gateway_not_reloaded-summary = CLI 看得到 { $provider } 的憑證，但執行中的閘道沒有重新啟動，仍在使用舊狀態。
request_rejected-summary = 供應商拒絕的是請求內容（schema 或內容長度），而不是憑證。請開一個新的工作階段；不需要重新登入。
status_display_mismatch-summary = { $profile } 在狀態畫面上顯示為已過期，但執行一切正常；沒有東西壞掉。重新整理它只是為了消除警告。
not_model_auth-summary = 這是閘道或裝置的驗證，不是模型憑證；models auth 指令不會改變它。
not_model_auth-channel-summary = 這是聊天頻道的 token（機器人帳號），不是模型憑證；models auth 指令不會改變它。
all_ok-summary = 所有探測過的 profile 都有回應，貼上的內容裡也沒有任何錯誤。如果某個對話還是失敗，請貼上它的錯誤訊息和 /model status 輸出。

## 步驟說明

step-login = 在閘道主機上重新登入 { $provider }（會開啟瀏覽器或顯示一組驗證碼）。
step-restart = 重新啟動閘道，讓執行中的處理程序重新載入驗證資訊。
step-verify = 用即時探測確認憑證可以正常使用。
step-upgrade = 將 OpenClaw 更新到最新版本。
step-doctor-fix = 讓 doctor 遷移設定和 profile。
step-claude-setup-token = 建立一個新的 Claude setup token，再儲存到 OpenClaw 中。
step-one-gateway = 確認這個狀態目錄只有一個閘道在執行。
step-order-new-id = 把剛建立的 profile 排在第一個（從登入輸出中複製它的 id）。
step-drop-baseurl = 移除 Platform API 的 baseUrl，避免 ChatGPT token 被送到那裡。
step-local-placeholder-key = 本機供應商只需要一個預留位置金鑰。
step-configure-key = 以互動方式輸入 { $provider } 的金鑰（千萬不要把金鑰貼到聊天中）。
step-env-file = 或是把金鑰寫進閘道的 env 檔：服務會忽略 shell 中的 export。
step-read-effective = 檢視該供應商的 effective= 來源：那就是實際送出的金鑰。
step-refresh-external-cli = 先重新整理另一個 CLI 本身的登入。
step-pin-working = 在出問題的對話中釘選可用的 profile { $profile }，然後傳送一則一般的測試訊息。
step-login-renamed-codex = 在這個版本中，ChatGPT/Codex OAuth 是以 openai 供應商登入。
step-check-profiles-back = 確認 profile 重新出現在清單中；如果清單是空的，請重新登入。
step-order-clear = 移除針對 agent 的順序覆寫。
step-order-set-alternative = 或是把順序設成實際存在的 profile。
step-release-lock = 停止閘道，讓它釋放儲存區的鎖定。
step-pin = 在出問題的對話中釘選 { $profile }，然後傳送一則一般的測試訊息。
step-cross-provider-fallback = 如果想用其他供應商當備援，請改為新增備援模型（fallback）。
step-new-drops-auto = 新的工作階段會清除自動覆寫。
step-find-current-id = 找出這個 profile 目前的 id（新的登入可能產生了新的 id）。
step-pin-current-id = 然後在出問題的對話中釘選這個 id。
step-undo-5-5-rewrite = 復原 5.5 版對預設模型所做的改寫。
step-set-unified-ref = 或是手動設定目前的模型參照。
step-ollama-model-entry = 把這個模型加到 ollama 供應商的模型清單中。
step-list-models = 列出這個供應商提供的模型 id。
step-set-listed-model = 把預設模型設成清單中的某個 id。
step-allow-model = 把模型加入允許清單（使用錯誤訊息中顯示的指令）。
step-see-cooldowns = 檢視哪些 profile 正在冷卻、還要多久（Unavailable auth profiles）。
step-add-fallback = 新增一個其他供應商的備援模型，讓對話在這段期間能繼續運作。
step-after-top-up = 儲值後，清除已儲存的停用狀態。
step-object-form-model = 用物件格式寫 agent 的模型，並附上它的備援清單。
step-check-fallbacks = 確認 Fallbacks (N) 現在有列出它們。
step-reset-selection = 把出問題的對話重設為預設模型。
step-inspect-codex-plugin = 比對 codex 外掛的執行階段版本和核心版本。
step-find-stale-plugin = 更新或移除過時的外部 codex 外掛複本。
step-step-back-same-era = 或是退回使用相同儲存格式的最後一個正常版本。
step-codex-backend-url = 如果要繼續使用這個版本：把 Codex 請求送到 ChatGPT 後端。
step-new-session = 在出問題的對話中開一個新的工作階段。
step-check-api = 確認顯示的 api: 和模型相符。
step-clear-display = 只是為了消除警告：重新整理 Claude CLI 的登入，然後重新連結。
step-channel-status = 檢查是哪個頻道無法啟動。
step-channel-token = 為該頻道輸入新的機器人 token。

## 請求

ask-version = 下一步取決於 OpenClaw 版本。
ask-model-status-if-chat-fails = 只有在對話仍然失敗時：在那個對話中執行。
ask-models-status = 顯示預設模型、備援模型、每個供應商生效的憑證以及冷卻狀態。
ask-probe = 即時測試每個 profile，顯示哪個失敗以及原因。
ask-order = 顯示這個順序允許哪些 profile。
ask-model-status = 在出問題的對話中執行：會顯示該對話使用的 profile。
ask-auth-list = 顯示可用來釘選的確切 profile id。
ask-decision-lines = 複製某一輪失敗的 [model-fallback/decision] 記錄行。

## 錯誤（命令列和機器人）

error-file-missing = 無法讀取 { $path }：檔案不存在。
error-file-unreadable = 無法讀取 { $path }：{ $reason }
error-binary = { $path } 看起來是二進位資料，不是貼上的文字。
error-too-large = { $path } 超過 { $limit } 位元組；請只貼上相關的輸出。
error-unknown-lang = 不明的語言 { $lang }；請使用下列其中之一：{ $list }。
error-bad-version = 無法辨識 OpenClaw 版本 { $version }；請使用 2026.6.9 這樣的格式。

## Discord 與網頁入口

cmd-diagnose-description = 診斷貼上的 OpenClaw 輸出並告訴你下一步
opt-paste-description = 要診斷的輸出（留空會開啟表單，方便貼上長內容）
opt-file-description = 包含輸出的 .txt、.log 或 .json 檔案，或輸出的截圖
opt-version-description = 你的 OpenClaw 版本，例如 2026.6.9
opt-language-description = 回覆語言
cmd-model-description = 解讀 /model status 輸出，或產生正確的 /model pin
cmd-model-status-description = 解讀貼上的 /model status 或 models status 輸出
cmd-model-pin-description = 為某個 profile 產生 /model pin
opt-profile-description = 驗證 profile 的 id，例如 openai:work
opt-model-description = 模型，例如 openai/gpt-5.5
ctx-diagnose-name = 診斷
modal-title = 貼上 OpenClaw 輸出
modal-field-label = 輸出（請遮蔽金鑰和 token）
button-worked = 已解決
button-still-failing = 還是失敗
button-show-in = 以{ $language }顯示
reply-thanks = 謝謝你的確認，很高興問題解決了。
reply-still-failing = 很抱歉。請把接下來的輸出貼在這裡，會和先前的訊息一起分析。
pin-explain = profile { $profile } 屬於 { $provider }，所以在這個版本中模型參照必須以 { $provider }/ 開頭。
pin-explain-renamed = 在這個版本中，ChatGPT/Codex 的 profile 名稱是 openai:…；請先執行 doctor，讓 { $profile } 存在。
error-no-input = 沒有可以診斷的內容：請貼上輸出或附加檔案。
error-attachment-type = 只能讀取 .txt、.log 和 .json 檔案，以及 PNG、JPEG 或 WebP 截圖。
error-internal = 我們這邊出了點問題，無法產生回覆。請再試一次。
error-rate-limited = 目前請求太多，請等 { $seconds } 秒。
web-title = clawmedic — 診斷 OpenClaw 輸出
web-paste-label = 在這裡貼上 OpenClaw 輸出（顯示任何內容之前，都會先遮蔽金鑰和 token）
web-submit = 診斷
web-copy = 複製
web-copied = 已複製
cmd-watch-description = 開啟或關閉對此頻道中貼上的 OpenClaw 輸出進行自動診斷
opt-watch-mode-description = on：回覆貼在這裡的 OpenClaw 輸出；off：停止
watch-on = 正在監看 { $channel }：含有 OpenClaw 輸出的訊息會收到診斷，每個討論串每 { $seconds } 秒最多回覆一次。
watch-off = 已停止監看 { $channel }。
watch-unavailable = 這個機器人的設定已關閉監看模式。
error-permission = 你需要「管理伺服器」（Manage Server）權限才能變更這項設定。
error-guild-only = 這個指令只能在伺服器頻道中使用。
error-store = 目前無法儲存設定，請過一分鐘再試一次。
error-no-memory = 這次診斷已不再保留（已過期，或無法存取儲存空間）。請附上你的輸出重新執行指令。
error-download = 無法下載附件 { $path }，請直接貼上其中的文字。
error-bad-profile = { $profile } 不是驗證 profile 的 id；id 的格式為 provider:name，例如 openai:work。
pin-title = 你的 OpenClaw 對話的 /model pin
pin-model-placeholder = 把 <model> 換成 { $provider } 提供的模型；在該對話中輸入 /models { $provider } 即可列出。
status-title = 你的 /model status 解讀
status-current = 你執行它的那個對話使用 { $model }。
status-current-selected = 你執行它的那個對話使用手動選擇的 { $model }：手動選擇的模型永遠不會切換到其他模型。
status-default = 預設模型是 { $model }。
status-active = 下一個送往 { $provider } 的請求會使用 profile { $profile }。
status-auth-ok = { $profile }：已登入，剩餘有效時間 { $remaining }。
status-auth-ok-plain = { $profile }：已登入。
status-auth-expiring = { $profile }：將在 { $remaining } 後過期；請盡快重新整理登入。
status-auth-expired = { $profile }：登入已過期。
status-auth-missing = { $profile }：沒有儲存任何憑證。
status-auth-cooldown = { $profile }：發生錯誤後正在冷卻（剩餘 { $remaining }）。
status-auth-disabled = { $profile }：已停用（{ $reason }）。
status-not-recognized = 這不是 /model status 或 models status 的輸出。請在出問題的對話中執行 /model status，或在閘道主機上執行 openclaw models status，然後貼上完整輸出。
web-language-auto = 與貼上的內容相同（自動偵測）
web-privacy = 你貼上的內容不會被儲存或記錄，只會顯示診斷結果。
web-image-label = 或者提供終端機截圖（PNG、JPEG 或 WebP）：在這裡選擇，或拖放、貼上到上方的輸入框
step-unusable-name = 你貼上的內容裡有個名稱含有 OpenClaw 名稱不會有的字元，所以沒有把它複製進這個指令：請把 `{ $placeholder }` 換成 OpenClaw 自己輸出裡的確切名稱。
step-uncertain-read = 我從你的截圖讀到 `{ $read }`，但無法確定每個字元都正確，所以沒有把它放進這條指令：請從終端機複製正確的 id（以文字形式）取代 `{ $placeholder }`。

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = 你提供的版本「{ $given }」不是此組建已知的 OpenClaw 版本，因此沒有使用。在閘道主機上執行 `openclaw --version` 可以看到確切版本。
note-version-conflict = 你提供的是 OpenClaw { $given }，但貼上的內容顯示 { $pasted }；本回覆使用你提供的版本 { $given }。
error-file-is-dir = { $path } 是資料夾，不是檔案：請指定包含輸出的檔案。
error-file-permission = 無法讀取 { $path }：你沒有讀取此檔案的權限。
error-malformed-json = 請求本文不是此 API 能讀取的 JSON：請傳送包含 `paste`（文字）或 `messages`（文字清單）的物件。
error-bad-thread = 執行緒 ID 必須由 A-Z、a-z、0-9、_ 和 - 組成，長度為 16 到 128 個字元；請使用隨機 ID。
error-too-many-messages = 每個請求最多 { $limit } 則訊息；其餘的請在第二個請求中傳送。
cause-login_requires_tty = 登入需要終端機，但沒有取得終端機
cause-oauth_profile_not_attached = ChatGPT/Codex 登入沒有附加到請求上
cause-agent_model_override = agent 自己的模型覆蓋了預設模型
cause-models_json_rejected = 一個供應商項目讓 OpenClaw 拒絕整份模型設定
cause-custom_model_misrouted = 自訂模型被送到其他供應商的端點
cause-auth_profile_wrong_type = 機密資訊被存成錯誤類型的憑證
cause-context_window_too_small = 模型的上下文視窗低於 OpenClaw 的最小值
cause-profile_param_ignored = params.authProfileId 不會選擇帳號
cause-default_model_not_set = 仍在使用內建的預設模型
cause-ssrf_blocked = OpenClaw 的私人網路防護封鎖了供應商位址
cause-context_overflow = 對話已經超出模型的上下文
cause-oauth_refresh_transient = 登入重新整理失敗了一次，但並未過期
cause-env_key_not_bound = 金鑰在環境變數中，但沒有繫結到供應商
cause-turn_timeout = 這一輪超過了時間限制
cause-directive_syntax = /model 指令的寫法不被 OpenClaw 接受
login_requires_tty-summary = 登入是在沒有互動式終端機的情況下執行的（指令碼、管線，或沒有 -t 的 docker exec），所以還沒發問就停止了。請改用管線把機密資訊傳給 paste 指令，或在真正的終端機裡執行登入。
oauth_profile_not_attached-summary = 雖然有 ChatGPT/Codex OAuth profile，請求卻在沒有任何憑證的情況下送往 OpenAI Platform API：這一輪沒有經過 Codex 執行階段。沒有需要撤銷重發的金鑰。
agent_model_override-summary = agent { $agent } 有自己的模型（{ $model }），它優先於你修改過的預設模型。請編輯或移除該 agent 的模型。
agent_model_override-summary-plain = 某個 agent 有自己的模型，它優先於你修改過的預設模型。請編輯或移除該 agent 的模型。
models_json_rejected-summary = 因為 { $provider } 的項目無效，OpenClaw 拒絕了它產生的模型清單；在被拒絕期間，其他供應商的模型也會顯示為未知或不被允許。
custom_model_misrouted-summary = { $provider } 的自訂模型項目沒有自己的 api 和 baseUrl，所以請求被送往另一個供應商的端點，而對方會拒絕這把金鑰。金鑰本身沒有問題。
auth_profile_wrong_type-summary = { $provider } 的機密資訊是有效的，但被存成不適用於該供應商的憑證類型，所以 OpenClaw 用錯誤的方式送出。請用對應類型的指令重新儲存。
context_window_too_small-summary = { $model } 設定的上下文視窗是 { $ctx } 個 token，低於 OpenClaw 的最小值 { $min }，所以 OpenClaw 拒絕使用它。通常設定的值是複製來的預設值，而不是模型實際的視窗大小。
context_window_too_small-summary-plain = 這個模型設定的上下文視窗低於 OpenClaw 的最小值，所以 OpenClaw 拒絕使用它。通常設定的值是複製來的預設值，而不是模型實際的視窗大小。
profile_param_ignored-summary = 模型項目上的 params.authProfileId 不會選擇帳號：OpenClaw 仍然使用驗證順序中的第一個 profile。請在對話中釘選該 profile，或把它排在順序的第一個。
default_model_not_set-summary = OpenClaw 仍在執行內建的預設模型（{ $provider }），而你從未設定過它。請把你選的模型設為預設模型；不需要 { $provider } 的金鑰。
ssrf_blocked-summary = 供應商的位址解析到私人或特殊用途的 IP，所以 OpenClaw 拒絕連線（fake-IP 代理伺服器或分流 DNS 會造成這種情況）。請修正 DNS 或代理模式；如果是刻意放在本機的伺服器，可以允許私人位址。
context_overflow-summary = 對話已經超過模型的上下文視窗。請壓縮（compact）對話或開一個新的工作階段；改用上下文更大的模型也有幫助。
oauth_refresh_transient-summary = { $provider } 的登入重新整理失敗了一次，但沒有說明登入已過期（網路短暫中斷或 token 端點忙碌）。請先重試；只有反覆發生時才重新登入。
env_key_not_bound-summary = { $env } 已設定在閘道的環境中，但這個版本只有在供應商設定參照它時才會使用。讓 doctor 幫你繫結，或在 models.providers.{ $provider }.apiKey 中參照它。
turn_timeout-summary = 這一輪超過了總時間限制而被停止；供應商本身有回應。若是耗時較長的工作，請提高限制，或使用子 agent。
directive_syntax-summary = /model 指令需要把模型寫在 profile 前面：/model provider/model@profile。
step-paste-api-key-stdin = 用管線把金鑰傳給 paste 指令（不需要終端機）；先設定 KEY，它不會顯示出來。
step-paste-token-stdin = 如果是 token 或 setup token，請改用管線傳給 paste-token。
step-docker-tty = 或是在容器內的互動式終端機中執行登入。
step-codex-runtime-inspect = 檢查 Codex 執行階段外掛是否已載入且為最新版本。
step-edit-agent-model = 在設定檔中編輯或移除 agent 自己的模型（agents.list → model），讓預設模型生效。
step-check-agent-model = 檢查該 agent 實際使用的是哪個模型。
step-fix-provider-entry = 幫 models.providers.{ $provider } 設定 apiKey（參照一個環境變數；本機伺服器可以用任意預留值），或移除它的自訂模型清單。
step-list-models-after-fix = 等閘道重新產生模型清單後，再列出一次模型。
step-set-api-baseurl = 在 models.providers.{ $provider } 設定 api 和 baseUrl，讓請求送到該供應商的端點（或移除自訂項目，改用目錄中的模型）。
step-set-context-window = 在 models.providers.{ $provider }.models 中設定模型實際的 contextWindow（目前設定的值低於最小值）。
step-choose-bigger-model = 或是選擇上下文視窗更大的模型。
step-pin-profile = 在出問題的 OpenClaw 對話中釘選該 profile。
step-order-first = 或是在 { $provider } 的驗證順序中把該 profile 排在第一個。
step-set-default-model = 把你實際使用的模型設為預設模型。
step-ssrf-allow-private = 僅限刻意放在本機或私人網路的模型伺服器：為該供應商允許私人位址。
step-check-dns-proxy = 在閘道主機上檢查供應商的主機名稱解析到什麼位址（fake-IP 模式的代理伺服器會給出 198.18.x.x）。
step-compact = 壓縮（compact）出問題的對話。
step-login-if-repeats = 只有在持續失敗時：重新登入 { $provider }。
step-raise-timeout = 為耗時較長的工作提高每一輪的總時間限制（秒）。
step-doctor-bind-env = 讓 doctor 把環境中的金鑰繫結到供應商。
step-env-ref = 或是在供應商的 apiKey 中參照該變數。
step-store-right-type = 用對應類型的指令重新儲存機密資訊。
step-update-fixed = 更新 OpenClaw：之後的版本已修正這個問題。
ask-logs-one-turn = 一次失敗輪次的記錄行會顯示 OpenClaw 收到的錯誤。
reply-candidates = 這看起來像是「{ $first }」或「{ $second }」；下面的指令可以分辨這兩種情況。

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = 狀態畫面回報了問題，但你說實際執行是正常的：這個警告是關於狀態畫面如何讀取設定，而不是關於請求。執行方面不需要修正任何東西。
not_model_auth-session-lock-summary = 工作階段檔案被另一個程序鎖住了（通常是第二個閘道或卡住的執行），所以每個模型都以同樣的方式失敗。這不是模型憑證的問題：確認只有一個閘道在執行，然後重新啟動它。
not_model_auth-plugin-registry-summary = 拒絕下載的是外掛登錄庫（速率限制或錯誤），而不是模型供應商。請稍後重新安裝；這與你的模型設定無關。
step-retry-plugin-later = 查看已安裝的內容，幾分鐘後再重新安裝。
version_regression-live-switch-summary = 工作階段把 /model 切換標記為待處理，卻一直沒有套用，所以回覆仍然來自舊模型。之後的版本已修正這個問題。
step-check-switch = 更新後再切換一次，並確認工作階段確實在使用新模型。
model_not_allowed-picker-summary = 切換以 { $model } 的形式被拒絕：舊版 Control UI 的選擇器會把工作階段的供應商加在另一個供應商的模型前面。請自己選擇完整的 ref，或進行更新。
step-pick-full-ref = 在出問題的 OpenClaw 對話中，用完整的 provider/model ref 選擇模型。
step-set-suggested-model = 使用 OpenClaw 的訊息針對你的登入所建議的模型。
step-onboard-codex = 透過 onboarding 加入 Codex 登入（舊版本沒有對應的供應商外掛）。
step-enable-plugin = 啟用該供應商的外掛，然後重新啟動閘道並重新登入。
step-order-read = 查看該供應商目前生效的驗證順序。
session_pin_stale-order-summary = 工作階段保留著自己的 profile 覆寫設定，所以忽略了把 { $profile } 排在第一位的驗證順序。請在出問題的 OpenClaw 對話中釘選該 profile，或開一個新的工作階段。
auth_order_not_applied-running-summary = 執行中的閘道保存著一份驗證順序的副本並會把它寫回去，所以你的變更被還原了。請先停止閘道，設定順序，然後再啟動它。
step-stop-gateway-first = 先停止閘道，讓它無法把舊的順序寫回去。
step-order-again = 在閘道停止期間再設定一次順序。
fallback_not_triggered-not-tried-summary = 這次失敗直接結束了這一輪，沒有切換到你的備援模型，而這類錯誤本來應該切換。請確認備援模型確實生效，並進行更新：多個版本都修正過這類錯誤下的備援問題。
fallbacks_stripped-effective-summary = 容錯移轉的判斷顯示失敗的模型沒有設定備援模型，儘管你設定過：該 agent 或模型實際生效的設定中沒有備援模型。
step-watch-one-turn = 傳送一則訊息的同時觀察日誌，查看這一輪的錯誤。
step-find-full-ref = 列出已設定的模型，查看要選擇的完整 provider/model ref。
catalogue-unnamed-summary = 這則訊息是 OpenClaw 自己輸出的，它代表標題中的原因。它沒有說明涉及哪個供應商、模型或 profile，所以第一個步驟會把這些顯示出來。
session_pin_stale-foreign-summary = 這個對話釘選在 { $profile } 上，這是另一個供應商的 profile，而它執行的是 { $provider } 的模型。請不帶 profile 重新選擇模型，以取消釘選。
unknown_model-unregistered-summary = { $model } 在設定中是允許的，但沒有註冊在 models.providers.{ $provider }.models 底下，所以 OpenClaw 找不到它。請註冊它，並為自訂供應商設定 api 和 baseUrl。
step-register-model = 在對應的供應商底下註冊該模型。
auth_profile_provider_mismatch-app-server-summary = Codex 執行階段拿到的是 { $profile }，它不是執行階段接受的 ChatGPT/Codex 登入。請重新登入 ChatGPT/Codex，讓它取得相符的 profile，並進行更新：產生這個 profile 的移轉問題在之後的版本中已修正。
unknown-provider = 該供應商
unknown-model = 該模型
unknown-profile = 該 profile
unknown-agent = 該 agent
unknown-env = 金鑰環境變數
unknown-working = 另一個 profile
ask-doctor = doctor 會列出更新後它要修復的內容（儲存區、id、路由），但不做任何變更。

## 截圖（issue 15）：無法讀取的圖片。圖片過大的情況使用 error-too-large。
error-image-unreadable = 無法將 { $path } 當作 PNG、JPEG 或 WebP 截圖讀取。請改為貼上終端機中的文字。
error-image-pixels = { $path } 的尺寸為 { $width }×{ $height } 像素；只能讀取不超過 { $limit } 像素的截圖。請將它裁切到終端機視窗，或直接貼上文字。
error-image-timeout = 讀取截圖 { $path } 花了太久時間。請改為貼上終端機中的文字。
error-image-unavailable = 目前無法在這裡讀取截圖。請改為貼上終端機中的文字。
error-image-no-text = 在 { $path } 中找不到終端機文字。請改為貼上終端機中的文字。
