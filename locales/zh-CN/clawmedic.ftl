# clawmedic — 简体中文（zh-CN）。
# 命令、id、profile 名称和模型引用都不属于这些消息：它们以变量形式传入
# （$provider、$profile、$model……），或由布局代码放在代码块中输出。

## 回复布局

reply-title = clawmedic 诊断
reply-version-seen = OpenClaw { $version }（从你粘贴的内容中读取）。
reply-version-flag = OpenClaw { $version }（按你提供的版本）。
reply-version-unknown = OpenClaw 版本未知：除非另有标注，下面的步骤适用于所有版本。
reply-version-floor = 未说明 OpenClaw 版本；从你粘贴的内容（存储路径和 ID）看是 { $version } 或更新版本。
reply-top-finding = 最可能的原因：{ $title }
reply-next-finding = 如果还没解决：{ $title }
reply-evidence = 依据
reply-evidence-line = 第 { $message } 条消息，第 { $line } 行
reply-ruled-out = 已排除的原因
reply-steps = 下一步
reply-asks =
    { $count ->
        [1] 请运行这条命令并粘贴它的输出
       *[other] 请运行以下命令，并分别粘贴它们的输出
    }
reply-need-more-info = 这个帖子里的内容还不足以下结论。请运行下面的命令并粘贴输出（记得遮盖密钥和 token）。
reply-mask-reminder = 粘贴前请遮盖密钥和 token。
where-cli = 网关主机 shell
where-chat = 出问题的 OpenClaw 对话
where-config = 配置文件
where-config-cli = 网关主机 shell（修改配置文件）
sep-colon = ：
paren-open = （
paren-close = ）
bracket-open = 【
bracket-close = 】
sep-gloss = ：
secret-warning =
    { $count ->
       *[other] 你粘贴的内容包含 { $count } 项敏感凭据（API 密钥或 token），这里不会重复显示。请立即删除那条消息，并到对应的提供商处轮换。
    }
mojibake-note = 你粘贴的内容中有部分字符编码错误，已在读取前修复。

## 说明

note-flag-too-new = 你的 OpenClaw 还不支持 { $flag }（{ $since } 才加入）。去掉它再运行：`{ $command }`
note-flag-too-new-plain = 你的 OpenClaw 还不支持 { $flag }（{ $since } 才加入）：去掉这个选项再运行同一条命令。

## 原因标题

cause-oauth_expired = OAuth 登录已过期
cause-refresh_token_reused = refresh token 被使用了两次
cause-oauth_scope_missing = 登录缺少必需的 scope
cause-missing_api_key = 该提供商没有凭据
cause-invalid_api_key = API 密钥被拒绝
cause-external_cli_credential_stale = 从其他 CLI 复制来的凭据已过时
cause-pinned_profile_missing_credential = 固定的 profile 没有凭据
cause-auth_provider_not_loaded = 登录指定的提供商未加载
cause-per_agent_auth_store = 凭据在另一个 agent 的存储里
cause-auth_store_migration_required = 认证存储需要迁移
cause-profile_excluded_by_auth_order = 认证顺序排除了可用的 profile
cause-auth_order_not_applied = 新的认证顺序没有生效
cause-session_pin_stale = 出问题的对话仍在使用旧的 profile
cause-wrong_provider_prefix = 模型引用和 profile 属于不同的提供商
cause-auth_profile_provider_mismatch = 某个 profile 绑定到了其他提供商
cause-legacy_codex_ids = 在已重命名的版本上仍使用旧的 openai-codex id
cause-unknown_model = 提供商或配置中没有这个模型
cause-model_not_allowed = 模型不在允许列表中
cause-rate_limit_cooldown = 提供商限流或处于冷却中
cause-billing_disabled = 账号余额不足
cause-provider_unreachable = 无法连接到提供商
cause-fallbacks_stripped = 回退模型已从生效配置中被移除
cause-ollama_fallback_dropped = Ollama 回退无法提供服务
cause-fallback_not_triggered = 这一轮失败了，但没有尝试任何回退模型
cause-runtime_unavailable = Codex 运行时无法执行这一轮
cause-cloudflare_403 = ChatGPT 请求遇到 Cloudflare 验证
cause-version_regression = 此 OpenClaw 版本的已知 bug
cause-gateway_not_reloaded = 正在运行的网关仍在使用旧状态
cause-request_rejected = 提供商拒绝了请求本身
cause-status_display_mismatch = 状态界面有警告，但运行正常
cause-not_model_auth = 不是模型认证问题
cause-all_ok = 一切看起来正常
cause-need_more_info = 需要更多输出

## 诊断摘要

oauth_expired-summary = { $provider } 保存的登录已无法刷新 access token，所以用它发出的每个请求都会失败。请在网关主机上重新登录，然后重启网关。
refresh_token_reused-summary = { $provider } 的 refresh token 被两个使用方消耗了（两个网关、按 agent 复制的副本，或导入的 CLI token），提供商现在拒绝它。请重新登录，但只登录一次；只保留一个网关，并把新的 profile 排在第一位。
oauth_scope_missing-summary = { $provider } 的 token 缺少请求所需的 scope，或者登录时申请了此版本不能使用的 scope。
missing_api_key-summary = 执行这一轮的 agent 没有 { $provider } 的凭据。给这个 agent 配置凭据，然后重启网关。
invalid_api_key-summary = 发送的 { $provider } API 密钥被拒绝了。找出实际生效的是哪个密钥（已保存的 profile 优先于 shell 环境变量），然后替换那一个。
external_cli_credential_stale-summary = OpenClaw 正在使用从其他 CLI 复制来的 { $provider } 凭据，而这份副本已过时。先刷新来源，再重新登录。
pinned_profile_missing_credential-summary = 固定的 profile { $profile } 中没有可用的密钥。现在就固定一个可用的 profile，或者给 { $profile } 配置凭据。
auth_provider_not_loaded-summary = 已加载的插件中没有一个注册了提供商 { $provider }，所以登录无法开始。
per_agent_auth_store-summary = agent { $agent } 读取的是它自己的认证存储，而其中没有 { $provider } 的凭据；你刚才的登录存到了另一个 agent。请为 { $agent } 登录。
auth_store_migration_required-summary = 此版本使用新的存储格式保存凭据，在 doctor 完成迁移之前会忽略旧存储。请停止网关，运行 doctor，确认 profile 已恢复，然后重新启动网关。
profile_excluded_by_auth_order-summary = { $provider } 所有可用的 profile 都被认证顺序排除了，所以一个都不会尝试。请清除该顺序，或将其设为实际存在的 profile。
auth_order_not_applied-summary = 顺序的修改没有写入 agent 读取的那个存储，所以旧顺序仍然生效。
session_pin_stale-summary = 出问题的对话固定在 { $profile } 上，而它已过期或不存在，但 { $working } 是可用的。请把这个对话重新固定到可用的 profile。
session_pin_stale-override-summary = 出问题的对话有自己的 profile 覆盖设置（{ $profile }），CLI 上的修改不会影响它。请在该对话中重新固定。
session_pin_stale-cli-healthy-summary = CLI 探测显示 { $working } 正常，但对话仍然失败：它还在用旧的 profile。请在出问题的对话中固定可用的 profile；旧 profile 被排除在顺序之外是有意为之，所以不要清除顺序。
wrong_provider_prefix-summary = 固定时，模型引用中的提供商必须与 profile 的提供商一致。{ $profile } 属于 { $provider }，所以在此版本中模型引用必须以该提供商开头。
wrong_provider_prefix-default-summary = 在此版本中，如果只有 Codex OAuth 登录，openai/… 模型就没有凭据；默认模型必须使用 openai-codex 提供商。
auth_profile_provider_mismatch-summary = { $profile } 属于其他提供商，不能排进 { $provider } 的顺序。每个提供商的顺序里只放它自己的 profile；需要第二个提供商时，请使用模型回退。
legacy_codex_ids-summary = 配置或 profile 仍在使用旧的 openai-codex id，而此版本已将其重命名或拒绝。让 doctor 来迁移它们。
unknown_model-summary = { $model } 既不在提供商的模型目录中，也不在配置中。请选择提供商列出的模型 id。
model_not_allowed-summary = { $model } 不在该 agent 的模型允许列表中。先把它加进去，再重新选择。
rate_limit_cooldown-summary = { $provider } 因限流或用量上限错误正在冷却；重新登录没有用。请等待，或者再添加一个 profile 或回退模型。
billing_disabled-summary = 提供商因计费或配额原因拒绝了请求，该 profile 会被停用数小时。请到提供商处充值，或者暂时切换到其他提供商。
provider_unreachable-summary = 没有从 { $provider } 收到可用的响应（超时、网络、TLS 或服务器错误）。请在网关主机上检查连通性。
fallbacks_stripped-summary = agent { $agent } 用纯字符串设置模型，这会把默认的回退列表替换为空。请改用带 fallbacks 列表的对象形式。
ollama_fallback_dropped-summary = Ollama 回退没有提供商条目或占位密钥，所以回退链一走到它就会失败。
fallback_not_triggered-summary = 失败直接结束了这一轮，没有尝试回退模型；此版本在这里有循环或用量上限相关的 bug。
fallback_not_triggered-selected-summary = 出问题的对话手动选择了 { $model }。手动选择的模型会按原样使用：不会切换到其他模型。请切回默认模型。
runtime_unavailable-summary = Codex 运行时（app-server 或插件）无法执行这一轮，常见原因是过时的外部 codex 插件版本比核心还旧。
cloudflare_403-summary = ChatGPT/Codex 请求收到了 Cloudflare 验证页面，而此版本会把它报告为 DNS 失败或限流。
version_regression-summary = 此版本有一个已知 bug：新的 Codex 登录能通过探测，但运行时刷新会失败。
version_regression-known-summary = OpenClaw { $version } 有一个与此特征完全吻合的已知 bug，已在 { $fixed } 中修复。请升级到更新的版本（切勿跨越存储迁移降级）。
gateway_not_reloaded-summary = CLI 能看到 { $provider } 的凭据，但正在运行的网关没有重启，仍在使用旧状态。
request_rejected-summary = 提供商拒绝的是请求体（schema 或上下文长度），而不是凭据。请开启一个新会话；不需要重新登录。
status_display_mismatch-summary = { $profile } 在状态界面上显示为已过期，但运行一切正常；没有任何问题。刷新它只是为了消除警告。
not_model_auth-summary = 这是网关或设备认证，不是模型凭据；models auth 命令不会改变它。
not_model_auth-channel-summary = 这是聊天频道的 token（机器人账号），不是模型凭据；models auth 命令不会改变它。
all_ok-summary = 所有被探测的 profile 都有响应，粘贴内容中也没有报错。如果某个对话仍然失败，请粘贴它的错误信息和 /model status 输出。

## 步骤说明

step-login = 在网关主机上为 { $provider } 重新登录（会打开浏览器或显示一个验证码）。
step-restart = 重启网关，让正在运行的进程重新加载认证信息。
step-verify = 用实时探测确认凭据可用。
step-upgrade = 将 OpenClaw 更新到最新版本。
step-doctor-fix = 让 doctor 迁移配置和 profile。
step-claude-setup-token = 创建一个新的 Claude setup token，然后保存到 OpenClaw 中。
step-one-gateway = 确保这个状态目录只运行一个网关。
step-order-new-id = 把新创建的 profile 排在第一位（从登录输出中复制它的 id）。
step-drop-baseurl = 删除 Platform API 的 baseUrl，避免 ChatGPT token 被发送过去。
step-local-placeholder-key = 本地提供商只需要一个占位密钥。
step-configure-key = 以交互方式输入 { $provider } 的密钥（千万不要把密钥粘贴到聊天里）。
step-env-file = 或者把密钥写进网关的 env 文件：服务会忽略 shell 中的 export。
step-read-effective = 查看该提供商的 effective= 来源：那就是实际发送的密钥。
step-refresh-external-cli = 先刷新另一个 CLI 自己的登录。
step-pin-working = 在出问题的对话中固定可用的 profile { $profile }，然后发送一条普通的测试消息。
step-login-renamed-codex = 在此版本中，ChatGPT/Codex OAuth 登录在 openai 提供商下进行。
step-check-profiles-back = 确认 profile 重新出现在列表中；如果列表为空，请重新登录。
step-order-clear = 删除按 agent 设置的顺序覆盖。
step-order-set-alternative = 或者把顺序设为实际存在的 profile。
step-release-lock = 停止网关，让它释放存储锁。
step-pin = 在出问题的对话中固定 { $profile }，然后发送一条普通的测试消息。
step-cross-provider-fallback = 如果想用另一个提供商作为备用，请改为添加回退模型（fallback）。
step-new-drops-auto = 新会话会清除自动覆盖设置。
step-find-current-id = 找到该 profile 当前的 id（新的登录可能生成了新 id）。
step-pin-current-id = 然后在出问题的对话中固定这个 id。
step-undo-5-5-rewrite = 撤销 5.5 版本对默认模型的改写。
step-set-unified-ref = 或者手动设置当前的模型引用。
step-ollama-model-entry = 把该模型添加到 ollama 提供商的模型列表中。
step-list-models = 列出该提供商提供的模型 id。
step-set-listed-model = 把默认模型设为该列表中的某个 id。
step-allow-model = 把模型加入允许列表（使用错误信息中给出的命令）。
step-see-cooldowns = 查看哪些 profile 在冷却以及还要多久（Unavailable auth profiles）。
step-add-fallback = 添加一个其他提供商的回退模型，让对话在此期间继续可用。
step-after-top-up = 充值后，清除已保存的停用状态。
step-object-form-model = 用对象形式写 agent 的模型，并带上它的回退列表。
step-check-fallbacks = 确认 Fallbacks (N) 现在列出了它们。
step-reset-selection = 把出问题的对话重置为默认模型。
step-inspect-codex-plugin = 对比 codex 插件的运行时版本与核心版本。
step-find-stale-plugin = 更新或删除过时的外部 codex 插件副本。
step-step-back-same-era = 或者退回到使用相同存储格式的最后一个正常版本。
step-codex-backend-url = 如果继续使用此版本：把 Codex 请求发送到 ChatGPT 后端。
step-new-session = 在出问题的对话中开启新会话。
step-check-api = 确认显示的 api: 与模型匹配。
step-clear-display = 仅用于消除警告：刷新 Claude CLI 登录并重新关联。
step-channel-status = 检查是哪个频道启动失败。
step-channel-token = 为该频道输入新的机器人 token。

## 请求

ask-version = 下一步取决于 OpenClaw 版本。
ask-model-status-if-chat-fails = 仅当对话仍然失败时：在那个对话中运行。
ask-models-status = 显示默认模型、回退模型、每个提供商的生效凭据以及冷却状态。
ask-probe = 实时测试每个 profile，显示哪个失败以及原因。
ask-order = 显示该顺序允许哪些 profile。
ask-model-status = 在出问题的对话中运行：显示该对话使用的 profile。
ask-auth-list = 显示可用于固定的准确 profile id。
ask-decision-lines = 复制某一轮失败的 [model-fallback/decision] 日志行。

## 错误（命令行和机器人）

error-file-missing = 无法读取 { $path }：文件不存在。
error-file-unreadable = 无法读取 { $path }：{ $reason }
error-binary = { $path } 看起来是二进制数据，而不是粘贴的文本。
error-too-large = { $path } 超过 { $limit } 字节；请只粘贴相关的输出。
error-unknown-lang = 未知语言 { $lang }；请使用以下之一：{ $list }。
error-bad-version = 无法识别 OpenClaw 版本 { $version }；请使用 2026.6.9 这样的格式。

## Discord 和网页入口

cmd-diagnose-description = 诊断粘贴的 OpenClaw 输出并给出下一步
opt-paste-description = 要诊断的输出（留空则打开表单，用于粘贴长内容）
opt-file-description = 包含输出的 .txt、.log 或 .json 文件，或输出的截图
opt-version-description = 你的 OpenClaw 版本，例如 2026.6.9
opt-language-description = 回复语言
cmd-model-description = 解读 /model status 输出，或生成正确的 /model pin
cmd-model-status-description = 解读粘贴的 /model status 或 models status 输出
cmd-model-pin-description = 为某个 profile 生成 /model pin
opt-profile-description = 认证 profile 的 id，例如 openai:work
opt-model-description = 模型，例如 openai/gpt-5.5
ctx-diagnose-name = 诊断
modal-title = 粘贴 OpenClaw 输出
modal-field-label = 输出（请遮盖密钥和 token）
button-worked = 已解决
button-still-failing = 仍然失败
button-show-in = 用{ $language }显示
reply-thanks = 感谢确认，很高兴问题解决了。
reply-still-failing = 很抱歉。请把接下来的输出粘贴到这里，它会和之前的消息一起分析。
pin-explain = profile { $profile } 属于 { $provider }，所以在此版本中模型引用必须以 { $provider }/ 开头。
pin-explain-renamed = 在此版本中，ChatGPT/Codex 的 profile 名为 openai:…；请先运行 doctor，让 { $profile } 存在。
error-no-input = 没有可诊断的内容：请粘贴输出或附上文件。
error-attachment-type = 只能读取 .txt、.log 和 .json 文件，以及 PNG、JPEG 或 WebP 截图。
error-internal = 我们这边出了点问题，未能生成回复。请重试。
error-rate-limited = 当前请求过多，请等待 { $seconds } 秒。
web-title = clawmedic — 诊断 OpenClaw 输出
web-paste-label = 在此粘贴 OpenClaw 输出（任何内容显示之前都会先遮盖密钥和 token）
web-submit = 诊断
web-copy = 复制
web-copied = 已复制
cmd-watch-description = 开启或关闭对本频道中粘贴的 OpenClaw 输出的自动诊断
opt-watch-mode-description = on：回复在此粘贴的 OpenClaw 输出；off：停止
watch-on = 正在监听 { $channel }：包含 OpenClaw 输出的消息会收到诊断，每个帖子每 { $seconds } 秒最多回复一次。
watch-off = 已停止监听 { $channel }。
watch-unavailable = 此机器人的配置中已关闭监听模式。
error-permission = 你需要“管理服务器”（Manage Server）权限才能更改此设置。
error-guild-only = 此命令只能在服务器频道中使用。
error-store = 暂时无法保存该设置，请一分钟后再试。
error-no-memory = 这条诊断已不再保留（已过期，或无法访问存储）。请带上你的输出重新运行命令。
error-download = 无法下载附件 { $path }，请直接粘贴其中的文本。
error-bad-profile = { $profile } 不是认证 profile 的 id；id 的格式为 provider:name，例如 openai:work。
pin-title = 你的 OpenClaw 对话的 /model pin
pin-model-placeholder = 把 <model> 替换为 { $provider } 提供的模型；在该对话中输入 /models { $provider } 可查看列表。
status-title = 你的 /model status 解读
status-current = 你运行它的那个对话使用 { $model }。
status-current-selected = 你运行它的那个对话使用手动选择的 { $model }：手动选择的模型永远不会回退到其他模型。
status-default = 默认模型是 { $model }。
status-active = 下一个发往 { $provider } 的请求将使用 profile { $profile }。
status-auth-ok = { $profile }：已登录，剩余有效期 { $remaining }。
status-auth-ok-plain = { $profile }：已登录。
status-auth-expiring = { $profile }：将在 { $remaining } 后过期；请尽快刷新登录。
status-auth-expired = { $profile }：登录已过期。
status-auth-missing = { $profile }：没有保存凭据。
status-auth-cooldown = { $profile }：出错后正在冷却（剩余 { $remaining }）。
status-auth-disabled = { $profile }：已停用（{ $reason }）。
status-not-recognized = 这不是 /model status 或 models status 的输出。请在出问题的对话中运行 /model status，或在网关主机上运行 openclaw models status，然后完整粘贴输出。
web-language-auto = 与粘贴内容相同（自动检测）
web-privacy = 你粘贴的内容不会被保存或记录日志，只显示诊断结果。
web-image-label = 或者提供终端截图（PNG、JPEG 或 WebP）：在此选择，或拖放、粘贴到上方的输入框
step-unusable-name = 你粘贴的内容里有一个名称含有 OpenClaw 名称不会有的字符，所以没有把它复制进这条命令：请把 `{ $placeholder }` 换成 OpenClaw 自己输出里的准确名称。
step-uncertain-read = 我从你的截图中读到 `{ $read }`，但无法确定每个字符都正确，所以没有把它放进这条命令：请从终端复制准确的 id（以文本形式）替换 `{ $placeholder }`。

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = 你提供的版本“{ $given }”不是此构建已知的 OpenClaw 版本，因此没有使用。在网关主机上运行 `openclaw --version` 可以看到确切版本。
note-version-conflict = 你提供的是 OpenClaw { $given }，但粘贴的内容显示 { $pasted }；本回复使用你提供的版本 { $given }。
error-file-is-dir = { $path } 是文件夹，不是文件：请指定包含输出的文件。
error-file-permission = 无法读取 { $path }：你没有读取此文件的权限。
error-malformed-json = 请求正文不是此 API 能读取的 JSON：请发送包含 `paste`（文本）或 `messages`（文本列表）的对象。
error-bad-thread = 线程 ID 必须由 A-Z、a-z、0-9、_ 和 - 组成，长度为 16 到 128 个字符；请使用随机 ID。
error-too-many-messages = 每个请求最多 { $limit } 条消息；其余的请在第二个请求中发送。
cause-login_requires_tty = 登录需要终端，但没有获得终端
cause-oauth_profile_not_attached = ChatGPT/Codex 登录没有附加到请求上
cause-agent_model_override = agent 自己的模型覆盖了默认模型
cause-models_json_rejected = 一个提供商条目导致 OpenClaw 拒绝整个模型配置
cause-custom_model_misrouted = 自定义模型被发送到了其他提供商的端点
cause-auth_profile_wrong_type = 密钥被保存成了错误类型的凭据
cause-context_window_too_small = 模型的上下文窗口低于 OpenClaw 的最小值
cause-profile_param_ignored = params.authProfileId 不会选择账号
cause-default_model_not_set = 仍在使用内置的默认模型
cause-ssrf_blocked = OpenClaw 的私有网络防护拦截了提供商地址
cause-context_overflow = 对话已超出模型的上下文
cause-oauth_refresh_transient = 登录刷新失败了一次，但并未过期
cause-env_key_not_bound = 密钥在环境变量中，但没有绑定到提供商
cause-turn_timeout = 这一轮超出了时间限制
cause-directive_syntax = /model 命令的写法不被 OpenClaw 接受
login_requires_tty-summary = 登录是在没有交互式终端的情况下运行的（脚本、管道，或不带 -t 的 docker exec），所以还没提问就停止了。请改为通过管道把密钥传给 paste 命令，或在真正的终端里运行登录。
oauth_profile_not_attached-summary = 虽然存在 ChatGPT/Codex OAuth profile，请求却在没有任何凭据的情况下发往 OpenAI Platform API：这一轮没有经过 Codex 运行时。没有需要轮换的密钥。
agent_model_override-summary = agent { $agent } 有自己的模型（{ $model }），它优先于你修改过的默认模型。请编辑或删除该 agent 的模型。
agent_model_override-summary-plain = 某个 agent 有自己的模型，它优先于你修改过的默认模型。请编辑或删除该 agent 的模型。
models_json_rejected-summary = 由于 { $provider } 的条目无效，OpenClaw 拒绝了它生成的模型列表；在被拒绝期间，其他提供商的模型也会显示为未知或不被允许。
custom_model_misrouted-summary = { $provider } 的自定义模型条目没有自己的 api 和 baseUrl，所以请求被发往另一个提供商的端点，而那里会拒绝这个密钥。密钥本身没有问题。
auth_profile_wrong_type-summary = { $provider } 的密钥是有效的，但被保存成了不适用于该提供商的凭据类型，所以 OpenClaw 用错误的方式发送它。请用对应类型的命令重新保存。
context_window_too_small-summary = { $model } 配置的上下文窗口是 { $ctx } 个 token，低于 OpenClaw 的最小值 { $min }，所以 OpenClaw 拒绝使用它。通常配置的值是复制来的默认值，而不是模型真实的窗口大小。
context_window_too_small-summary-plain = 该模型配置的上下文窗口低于 OpenClaw 的最小值，所以 OpenClaw 拒绝使用它。通常配置的值是复制来的默认值，而不是模型真实的窗口大小。
profile_param_ignored-summary = 模型条目上的 params.authProfileId 不会选择账号：OpenClaw 仍然使用认证顺序中的第一个 profile。请在对话中固定该 profile，或把它排在顺序的第一位。
default_model_not_set-summary = OpenClaw 仍在运行它内置的默认模型（{ $provider }），而你从未设置过它。请把你选择的模型设为默认模型；不需要 { $provider } 的密钥。
ssrf_blocked-summary = 提供商的地址解析到了私有或特殊用途的 IP，所以 OpenClaw 拒绝连接（fake-IP 代理或分流 DNS 会造成这种情况）。请修正 DNS 或代理模式；如果是有意部署在本地的服务器，可以允许私有地址。
context_overflow-summary = 对话已超过模型的上下文窗口。请压缩（compact）对话或开启新会话；换用上下文更大的模型也有帮助。
oauth_refresh_transient-summary = { $provider } 的登录刷新失败了一次，但没有说明登录已过期（网络短暂波动或 token 端点繁忙）。请先重试；只有反复出现时才重新登录。
env_key_not_bound-summary = { $env } 已在网关的环境中设置，但这个版本只有在提供商配置引用它时才会使用。让 doctor 来绑定它，或在 models.providers.{ $provider }.apiKey 中引用它。
turn_timeout-summary = 这一轮超出了总时间限制而被停止；提供商本身已经响应。对于耗时较长的任务，请提高限制，或使用子 agent。
directive_syntax-summary = /model 命令需要把模型写在 profile 前面：/model provider/model@profile。
step-paste-api-key-stdin = 通过管道把密钥传给 paste 命令（不需要终端）；先设置 KEY，它不会显示出来。
step-paste-token-stdin = 如果是 token 或 setup token，请改为通过管道传给 paste-token。
step-docker-tty = 或者在容器内的交互式终端中运行登录。
step-codex-runtime-inspect = 检查 Codex 运行时插件是否已加载并且是最新版本。
step-edit-agent-model = 在配置文件中编辑或删除 agent 自己的模型（agents.list → model），让默认模型生效。
step-check-agent-model = 检查该 agent 实际使用的是哪个模型。
step-fix-provider-entry = 给 models.providers.{ $provider } 设置 apiKey（引用一个环境变量；本地服务器可以用任意占位值），或删除它的自定义模型列表。
step-list-models-after-fix = 等网关重新生成模型列表后，再列出一次模型。
step-set-api-baseurl = 在 models.providers.{ $provider } 上设置 api 和 baseUrl，让请求发往该提供商的端点（或删除自定义条目，改用目录中的模型）。
step-set-context-window = 在 models.providers.{ $provider }.models 中设置模型真实的 contextWindow（当前配置的值低于最小值）。
step-choose-bigger-model = 或者选择上下文窗口更大的模型。
step-pin-profile = 在出问题的 OpenClaw 对话中固定该 profile。
step-order-first = 或者在 { $provider } 的认证顺序中把该 profile 排在第一位。
step-set-default-model = 把你实际使用的模型设为默认模型。
step-ssrf-allow-private = 仅适用于有意部署在本地或私有网络中的模型服务器：为该提供商允许私有地址。
step-check-dns-proxy = 在网关主机上检查提供商的主机名解析到了什么地址（fake-IP 模式的代理会给出 198.18.x.x）。
step-compact = 压缩（compact）出问题的对话。
step-login-if-repeats = 仅当持续失败时：重新登录 { $provider }。
step-raise-timeout = 为耗时较长的任务提高每一轮的总时间限制（秒）。
step-doctor-bind-env = 让 doctor 把环境中的密钥绑定到提供商。
step-env-ref = 或者在提供商的 apiKey 中引用该变量。
step-store-right-type = 用对应类型的命令重新保存密钥。
step-update-fixed = 更新 OpenClaw：后续版本已修复此问题。
ask-logs-one-turn = 一次失败轮次的日志行会显示 OpenClaw 收到的错误。
reply-candidates = 这看起来像是“{ $first }”或“{ $second }”；下面的命令可以区分这两种情况。

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = 状态页面报告了问题，但你说实际运行是正常的：这个警告关于状态页面如何读取配置，而不是关于请求。运行方面不需要修复任何东西。
not_model_auth-session-lock-summary = 会话文件被另一个进程锁住了（通常是第二个网关或卡住的运行），所以每个模型都以同样的方式失败。这不是模型凭据的问题：确认只有一个网关在运行，然后重启它。
not_model_auth-plugin-registry-summary = 拒绝下载的是插件仓库（限流或错误），而不是模型提供商。请稍后重新安装；这与你的模型配置无关。
step-retry-plugin-later = 查看已安装的内容，几分钟后再重新安装。
version_regression-live-switch-summary = 会话把 /model 切换标记为待处理，却一直没有应用，所以回复仍然来自旧模型。后续版本已修复此问题。
step-check-switch = 更新后再切换一次，并确认会话确实在使用新模型。
model_not_allowed-picker-summary = 切换被拒绝，显示为 { $model }：旧版 Control UI 的选择器会把会话的提供商加在另一个提供商的模型前面。请自己选择完整的 ref，或进行更新。
step-pick-full-ref = 在出问题的 OpenClaw 对话中，用完整的 provider/model ref 选择模型。
step-set-suggested-model = 使用 OpenClaw 的消息针对你的登录所建议的模型。
step-onboard-codex = 通过 onboarding 添加 Codex 登录（旧版本没有对应的提供商插件）。
step-enable-plugin = 启用该提供商的插件，然后重启网关并重新登录。
step-order-read = 查看该提供商当前生效的认证顺序。
session_pin_stale-order-summary = 会话保留着自己的 profile 覆盖设置，所以忽略了把 { $profile } 放在第一位的认证顺序。请在出问题的 OpenClaw 对话中固定该 profile，或开启新会话。
auth_order_not_applied-running-summary = 正在运行的网关保存着一份认证顺序的副本并会把它写回，所以你的修改被撤销了。请先停止网关，设置顺序，然后再启动它。
step-stop-gateway-first = 先停止网关，使它无法写回旧的顺序。
step-order-again = 在网关停止期间再次设置顺序。
fallback_not_triggered-not-tried-summary = 这次失败直接结束了这一轮，没有切换到你的回退模型，而这类错误本应切换。请确认回退模型确实生效，并进行更新：多个版本都修复过这类错误下的回退问题。
fallbacks_stripped-effective-summary = 故障转移的决策显示失败的模型没有配置回退模型，尽管你设置过：该 agent 或模型的实际生效配置中没有回退模型。
step-watch-one-turn = 发送一条消息的同时观察日志，查看这一轮的错误。
step-find-full-ref = 列出已配置的模型，查看要选择的完整 provider/model ref。
catalogue-unnamed-summary = 这条消息是 OpenClaw 自己输出的，它对应标题中的原因。它没有说明涉及哪个提供商、模型或 profile，所以第一步会把这些显示出来。
session_pin_stale-foreign-summary = 该对话固定在 { $profile } 上，这是另一个提供商的 profile，而它运行的是 { $provider } 的模型。请不带 profile 重新选择模型，以取消固定。
unknown_model-unregistered-summary = { $model } 在配置中是允许的，但没有注册在 models.providers.{ $provider }.models 下，所以 OpenClaw 找不到它。请注册它，并为自定义提供商设置 api 和 baseUrl。
step-register-model = 在对应的提供商下注册该模型。
auth_profile_provider_mismatch-app-server-summary = Codex 运行时拿到的是 { $profile }，它不是运行时接受的 ChatGPT/Codex 登录。请重新登录 ChatGPT/Codex，让它获得匹配的 profile，并进行更新：生成这个 profile 的迁移问题在之后的版本中已修复。
unknown-provider = 该提供商
unknown-model = 该模型
unknown-profile = 该 profile
unknown-agent = 该 agent
unknown-env = 密钥环境变量
unknown-working = 另一个 profile
ask-doctor = doctor 会列出更新后它要修复的内容（存储、id、路由），但不做任何更改。

## 截图（issue 15）：无法读取的图片。图片过大的情况使用 error-too-large。
error-image-unreadable = 无法将 { $path } 作为 PNG、JPEG 或 WebP 截图读取。请改为粘贴终端中的文本。
error-image-pixels = { $path } 的尺寸为 { $width }×{ $height } 像素；只能读取不超过 { $limit } 像素的截图。请将其裁剪到终端窗口，或直接粘贴文本。
error-image-timeout = 读取截图 { $path } 耗时过长。请改为粘贴终端中的文本。
error-image-unavailable = 目前无法在这里读取截图。请改为粘贴终端中的文本。
error-image-no-text = 在 { $path } 中没有找到终端文本。请改为粘贴终端中的文本。
