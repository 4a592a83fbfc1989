# clawmedic — 日本語。
# コマンド、ID、プロファイル名、モデル参照はこれらのメッセージに含めません。
# 変数（$provider, $profile, $model, …）として渡されるか、レイアウト側でコードスパンとして表示されます。

## Reply layout

reply-title = clawmedic 診断
reply-version-seen = OpenClaw { $version }（貼り付けた内容から読み取り）。
reply-version-flag = OpenClaw { $version }（指定どおり）。
reply-version-unknown = OpenClaw のバージョンは不明です。特に記載がない限り、以下の手順はどのリリースでも使えます。
reply-version-floor = OpenClaw のバージョンが書かれていません。貼り付けた内容（ストアのパスと ID）からは { $version } 以降に見えます。
reply-top-finding = 最も可能性が高い原因：{ $title }
reply-next-finding = それで直らない場合：{ $title }
reply-evidence = 根拠
reply-evidence-line = メッセージ { $message }、{ $line } 行目
reply-ruled-out = 除外した原因
reply-steps = 次の手順
reply-asks =
    { $count ->
        [1] 次のコマンドを実行して、出力を貼り付けてください
       *[other] 次のコマンドをそれぞれ実行して、出力を貼り付けてください
    }
reply-need-more-info = このスレッドの情報だけではまだ判断できません。以下のコマンドを実行して、出力を貼り付けてください（キーとトークンは伏せてください）。
reply-mask-reminder = 貼り付ける前に、キーとトークンを伏せてください。
where-cli = ゲートウェイホストのシェル
where-chat = 失敗している OpenClaw の会話
where-config = 設定ファイル
where-config-cli = ゲートウェイホストのシェル（設定ファイルを変更）
sep-colon = ：
paren-open = （
paren-close = ）
bracket-open = 【
bracket-close = 】
sep-gloss = ：
secret-warning =
    { $count ->
       *[other] 貼り付けた内容にシークレット（API キーまたはトークン）が { $count } 件含まれていました。ここには再掲しません。今すぐそのメッセージを削除し、発行元のプロバイダーでシークレットをローテーションしてください。
    }
mojibake-note = 貼り付けた内容の一部が文字化けしていたため、読み取る前に修復しました。

## Notes

note-flag-too-new = お使いの OpenClaw はまだ { $flag } に対応していません（{ $since } で追加）。このオプションなしで実行：`{ $command }`
note-flag-too-new-plain = お使いの OpenClaw はまだ { $flag } に対応していません（{ $since } で追加）。同じコマンドをこのオプションなしで実行してください。

## Cause titles

cause-oauth_expired = OAuth ログインの有効期限が切れています
cause-refresh_token_reused = リフレッシュトークンが二重に使われました
cause-oauth_scope_missing = ログインに必要なスコープが不足しています
cause-missing_api_key = このプロバイダーの認証情報がありません
cause-invalid_api_key = API キーが拒否されています
cause-external_cli_credential_stale = 別の CLI からコピーした認証情報が古くなっています
cause-pinned_profile_missing_credential = 固定したプロファイルに認証情報がありません
cause-auth_provider_not_loaded = ログイン先のプロバイダーが読み込まれていません
cause-per_agent_auth_store = 認証情報が別のエージェントのストアにあります
cause-auth_store_migration_required = 認証ストアの移行が必要です
cause-profile_excluded_by_auth_order = 認証順序が動作するプロファイルを除外しています
cause-auth_order_not_applied = 新しい認証順序が反映されていません
cause-session_pin_stale = 失敗している会話がまだ古いプロファイルを使っています
cause-wrong_provider_prefix = モデル参照とプロファイルのプロバイダーが一致しません
cause-auth_profile_provider_mismatch = プロファイルが別のプロバイダーに紐づいています
cause-legacy_codex_ids = 名前が変更されたビルドで旧 openai-codex ID が使われています
cause-unknown_model = プロバイダーにも設定にもないモデルです
cause-model_not_allowed = モデルが許可リストにありません
cause-rate_limit_cooldown = プロバイダーがレート制限中またはクールダウン中です
cause-billing_disabled = アカウントのクレジットが残っていません
cause-provider_unreachable = プロバイダーに接続できませんでした
cause-fallbacks_stripped = 実効設定からフォールバックが消えています
cause-ollama_fallback_dropped = Ollama のフォールバックが応答できません
cause-fallback_not_triggered = フォールバックを試さないままターンが失敗しました
cause-runtime_unavailable = Codex ランタイムがターンを実行できません
cause-cloudflare_403 = ChatGPT へのリクエストが Cloudflare のチャレンジに引っかかっています
cause-version_regression = この OpenClaw ビルドの既知のバグです
cause-gateway_not_reloaded = 実行中のゲートウェイがまだ古い状態のままです
cause-request_rejected = プロバイダーがリクエスト自体を拒否しました
cause-status_display_mismatch = ステータス画面に警告が出ていますが、実行は動いています
cause-not_model_auth = モデル認証の問題ではありません
cause-all_ok = すべて正常に見えます
cause-need_more_info = 追加の出力が必要です

## Finding summaries

oauth_expired-summary = { $provider } の保存済みログインはアクセストークンを更新できなくなっているため、それを使うリクエストはすべて失敗します。ゲートウェイホストでログインし直してから、ゲートウェイを再起動してください。
refresh_token_reused-summary = { $provider } のリフレッシュトークンが 2 か所（2 つのゲートウェイ、エージェントごとのコピー、またはインポートした CLI トークン）で使われたため、プロバイダーに拒否されるようになりました。ログインを 1 回だけやり直し、ゲートウェイを 1 つに絞って、新しいプロファイルを先頭に置いてください。
oauth_scope_missing-summary = { $provider } のトークンにリクエストに必要なスコープがないか、このビルドでは使えない可能性のあるスコープをログイン時に要求しています。
missing_api_key-summary = ターンを実行したエージェントに { $provider } の認証情報がありません。そのエージェントに認証情報を設定してから、ゲートウェイを再起動してください。
invalid_api_key-summary = { $provider } の API キーが送信され、拒否されています。どのキーが優先されているか（保存済みプロファイルはシェルの環境変数より優先されます）を確認し、そのキーを差し替えてください。
external_cli_credential_stale-summary = OpenClaw は別の CLI からコピーした { $provider } の認証情報を使っていますが、そのコピーが古くなっています。コピー元を更新してから、ログインし直してください。
pinned_profile_missing_credential-summary = 固定されたプロファイル { $profile } には使えるシークレットがありません。動作するプロファイルを今すぐ固定するか、{ $profile } に認証情報を設定してください。
auth_provider_not_loaded-summary = 読み込まれているプラグインのどれもプロバイダー { $provider } を登録していないため、ログインを開始できません。
per_agent_auth_store-summary = エージェント { $agent } は自分専用の認証ストアを読みますが、そこには { $provider } の認証情報がありません。行ったログインは別のエージェントに保存されています。{ $agent } 用にログインしてください。
auth_store_migration_required-summary = このビルドは認証情報を新しいストア形式で保存し、doctor が移行するまで古い形式を無視します。ゲートウェイを停止して doctor を実行し、プロファイルが戻ったことを確認してから、もう一度起動してください。
profile_excluded_by_auth_order-summary = 使える { $provider } のプロファイルがすべて認証順序で除外されているため、何も試行されません。順序をクリアするか、実在するプロファイルを順序に設定してください。
auth_order_not_applied-summary = 順序の変更がエージェントの読むストアに届いていないため、古い順序のままになっています。
session_pin_stale-summary = 失敗している会話は期限切れまたは存在しない { $profile } に固定されていますが、{ $working } は動作しています。その会話を動作するプロファイルに固定し直してください。
session_pin_stale-override-summary = 失敗している会話には独自のプロファイル上書き（{ $profile }）があり、CLI での変更はそこに影響しません。その会話で固定し直してください。
session_pin_stale-cli-healthy-summary = CLI のプローブでは { $working } が動作していますが、会話は古いプロファイルを使い続けているため失敗しています。失敗している会話で動作するプロファイルを固定してください。古いプロファイルを順序から外しているのは意図どおりなので、順序はクリアしないでください。
wrong_provider_prefix-summary = 固定するときは、モデル参照のプロバイダーとプロファイルのプロバイダーが一致している必要があります。{ $profile } は { $provider } のプロファイルなので、このリリースではモデル参照をそのプロバイダーで始めてください。
wrong_provider_prefix-default-summary = このリリースでは、Codex の OAuth ログインしかない状態だと openai/… のモデルには認証情報がありません。デフォルトモデルには openai-codex プロバイダーを使う必要があります。
auth_profile_provider_mismatch-summary = { $profile } は別のプロバイダーのものなので、{ $provider } の順序には入れられません。各プロバイダーの順序にはそのプロバイダー自身のプロファイルだけを入れ、2 つ目のプロバイダーにはモデルのフォールバックを使ってください。
legacy_codex_ids-summary = 設定またはプロファイルが、このリリースで名前が変わった（または拒否される）旧 openai-codex ID をまだ使っています。doctor で移行してください。
unknown_model-summary = { $model } はプロバイダーのカタログにも設定にもありません。プロバイダーが一覧に出しているモデル ID を選んでください。
model_not_allowed-summary = { $model } はエージェントのモデル許可リストに入っていません。追加してから、もう一度選択してください。
rate_limit_cooldown-summary = { $provider } はレート制限または利用上限のエラーの後でクールダウン中です。ログインし直しても解決しません。待つか、別のプロファイルかフォールバックを追加してください。
billing_disabled-summary = 支払いまたはクォータの理由でプロバイダーに拒否され、プロファイルが数時間無効になっています。プロバイダーでクレジットをチャージするか、その間は別のプロバイダーに切り替えてください。
provider_unreachable-summary = { $provider } から有効な応答が返ってきませんでした（タイムアウト、ネットワーク、TLS、またはサーバーエラー）。ゲートウェイホストからの到達性を確認してください。
fallbacks_stripped-summary = エージェント { $agent } はモデルを単なる文字列で指定しているため、デフォルトのフォールバックがなくなっています。fallbacks リストを含むオブジェクト形式を使ってください。
ollama_fallback_dropped-summary = Ollama のフォールバックにはプロバイダーのエントリーもプレースホルダーのキーもないため、チェーンがそこに到達した時点で失敗します。
fallback_not_triggered-summary = フォールバックを試さないまま、失敗でターンが終了しました。このビルドには、その箇所にループまたは利用上限に関するバグがあります。
fallback_not_triggered-selected-summary = 失敗している会話では { $model } が手動で選択されています。手動で選んだモデルはそのまま使われ、ほかのモデルには切り替わりません。デフォルトモデルに戻してください。
runtime_unavailable-summary = Codex ランタイム（app-server またはプラグイン）がターンを実行できません。よくある原因は、外部にある古い codex プラグインがコアより古いことです。
cloudflare_403-summary = ChatGPT/Codex へのリクエストに Cloudflare のチャレンジページが返されており、このビルドはそれを DNS エラーやレート制限として報告しています。
version_regression-summary = このビルドには、新しく行った Codex ログインがプローブには通るのに、実行時のトークン更新（リフレッシュ）に失敗するという既知のバグがあります。
version_regression-known-summary = OpenClaw { $version } には、まさにこの症状の既知のバグがあり、{ $fixed } で修正されています。新しいバージョンへ更新してください（ストレージ移行をまたいだダウングレードは絶対にしないでください）。
gateway_not_reloaded-summary = CLI からは { $provider } の認証情報が見えていますが、実行中のゲートウェイが再起動されておらず、古い状態のままです。
request_rejected-summary = プロバイダーが拒否したのは認証情報ではなく、リクエスト本文（スキーマまたはコンテキストサイズ）です。新しいセッションを始めてください。ログインし直す必要はありません。
status_display_mismatch-summary = ステータス画面では { $profile } が期限切れと表示されていますが、実行は問題なく動いており、壊れているものはありません。警告を消したい場合だけ更新してください。
not_model_auth-summary = これはゲートウェイまたはデバイスの認証で、モデルの認証情報ではありません。models auth コマンドでは変わりません。
not_model_auth-channel-summary = これはチャットチャンネルのトークン（ボットアカウント）で、モデルの認証情報ではありません。models auth コマンドでは変わりません。
all_ok-summary = プローブしたプロファイルはすべて応答しており、貼り付けた内容にも失敗は出ていません。それでもチャットが失敗する場合は、そのエラーとその会話の /model status を貼り付けてください。

## Step notes

step-login = ゲートウェイホストで { $provider } にログインし直してください（ブラウザーが開くか、コードが表示されます）。
step-restart = 実行中のプロセスが認証を読み込み直すよう、ゲートウェイを再起動してください。
step-verify = ライブプローブで認証情報が動作するか確認してください。
step-upgrade = OpenClaw を最新リリースに更新してください。
step-doctor-fix = doctor で設定とプロファイルを移行してください。
step-claude-setup-token = Claude のセットアップトークンを新しく作成し、OpenClaw に保存してください。
step-one-gateway = この状態ディレクトリに対して実行中のゲートウェイが 1 つだけであることを確認してください。
step-order-new-id = 新しく作成したプロファイルを先頭に置いてください（ID はログインの出力からコピーできます）。
step-drop-baseurl = ChatGPT のトークンが送られないよう、Platform API の baseUrl を削除してください。
step-local-placeholder-key = ローカルのプロバイダーにはプレースホルダーのキーだけで十分です。
step-configure-key = { $provider } のキーを対話形式で入力してください（キーは絶対にチャットに貼らないでください）。
step-env-file = またはゲートウェイの env ファイルにキーを書いてください。サービスはシェルの export を無視します。
step-read-effective = そのプロバイダーの effective= のソースを確認してください。それが実際に送信されているキーです。
step-refresh-external-cli = まず、もう一方の CLI 自体のログインを更新してください。
step-pin-working = 失敗している会話で動作するプロファイル { $profile } を固定し、普通のテストメッセージを送ってください。
step-login-renamed-codex = このリリースでは、ChatGPT/Codex の OAuth は openai プロバイダーとしてログインします。
step-check-profiles-back = プロファイルが再び一覧に出るか確認してください。一覧が空なら、ログインし直してください。
step-order-clear = エージェントごとの順序の上書きを削除してください。
step-order-set-alternative = または、実在するプロファイルを順序に設定してください。
step-release-lock = ストアのロックを解放させるため、ゲートウェイを停止してください。
step-pin = 失敗している会話で { $profile } を固定し、普通のテストメッセージを送ってください。
step-cross-provider-fallback = 別のプロバイダーをバックアップに使うなら、代わりにモデルのフォールバックを追加してください。
step-new-drops-auto = 自動で付いた上書きは、新しいセッションで消えます。
step-find-current-id = プロファイルの現在の ID を確認してください（新しいログインで新しい ID が発行されている場合があります）。
step-pin-current-id = 次に、その ID を失敗している会話で固定してください。
step-undo-5-5-rewrite = デフォルトモデルに対する 5.5 の書き換えを元に戻してください。
step-set-unified-ref = または、現在のモデル参照を手動で設定してください。
step-ollama-model-entry = ollama プロバイダーのモデル一覧にそのモデルを追加してください。
step-list-models = このプロバイダーが提供しているモデル ID を一覧表示してください。
step-set-listed-model = その一覧にある ID をデフォルトに設定してください。
step-allow-model = モデルを許可リストに追加してください（エラーに表示されたコマンドを使います）。
step-see-cooldowns = どのプロファイルがどれくらいクールダウン中か確認してください（Unavailable auth profiles）。
step-add-fallback = その間もターンが動くよう、別のプロバイダーのフォールバックを追加してください。
step-after-top-up = チャージした後、保存されている無効化状態をクリアしてください。
step-object-form-model = エージェントのモデルを、フォールバック付きのオブジェクト形式で書いてください。
step-check-fallbacks = Fallbacks (N) にそれらが表示されるようになったか確認してください。
step-reset-selection = 失敗している会話をデフォルトモデルに戻してください。
step-inspect-codex-plugin = codex プラグインのランタイムバージョンをコアと比べてください。
step-find-stale-plugin = 外部にある古い codex プラグインのコピーを更新するか削除してください。
step-step-back-same-era = または、同じストレージ形式を使う最後の正常なリリースに戻してください。
step-codex-backend-url = このリリースのまま使う場合：Codex のリクエストを ChatGPT のバックエンドに送ってください。
step-new-session = 失敗している会話で新しいセッションを始めてください。
step-check-api = 表示されている api: がモデルに合っているか確認してください。
step-clear-display = 警告を消したい場合のみ：Claude CLI のログインを更新して、リンクし直してください。
step-channel-status = どのチャンネルが起動に失敗しているか確認してください。
step-channel-token = そのチャンネルの新しいボットトークンを入力してください。

## Asks

ask-version = 次の手順は OpenClaw のリリースによって変わります。
ask-model-status-if-chat-fails = チャットがまだ失敗する場合のみ：その会話で実行してください。
ask-models-status = デフォルトモデル、フォールバック、各プロバイダーの実効認証情報、クールダウンを表示します。
ask-probe = すべてのプロファイルをライブでテストし、どれがなぜ失敗しているかを表示します。
ask-order = 順序によってどのプロファイルが通されるかを表示します。
ask-model-status = 失敗している会話で実行してください。その会話が使っているプロファイルが表示されます。
ask-auth-list = 固定に使う正確なプロファイル ID を表示します。
ask-decision-lines = 失敗した 1 ターン分の [model-fallback/decision] 行をコピーしてください。

## Errors (command line and bots)

error-file-missing = { $path } を読み込めません：ファイルが存在しません。
error-file-unreadable = { $path } を読み込めません：{ $reason }
error-binary = { $path } は貼り付けたテキストではなく、バイナリデータのようです。
error-too-large = { $path } は { $limit } バイトを超えています。関係する出力だけを貼り付けてください。
error-unknown-lang = 不明な言語です：{ $lang }。次のいずれかを使ってください：{ $list }
error-bad-version = OpenClaw のバージョン { $version } を読み取れません。2026.6.9 の形式で指定してください。

## Discord and web front doors

cmd-diagnose-description = 貼り付けた OpenClaw の出力を診断し、次の手順を案内します
opt-paste-description = 診断する出力（空欄にすると長い出力用のフォームが開きます）
opt-file-description = 出力を含む .txt、.log、.json ファイル、または出力のスクリーンショット
opt-version-description = お使いの OpenClaw のバージョン（例: 2026.6.9）
opt-language-description = 返信の言語
cmd-model-description = /model status の出力を説明するか、正しい /model の固定コマンドを作成します
cmd-model-status-description = 貼り付けた /model status または models status の出力を説明します
cmd-model-pin-description = プロファイルを固定する /model コマンドを作成します
opt-profile-description = 認証プロファイル ID（例: openai:work）
opt-model-description = モデル（例: openai/gpt-5.5）
ctx-diagnose-name = 診断する
modal-title = OpenClaw の出力を貼り付け
modal-field-label = 出力（キーとトークンは伏せてください）
button-worked = 解決した
button-still-failing = まだ解決しない
button-show-in = { $language }で表示
reply-thanks = ご確認ありがとうございます。解決してよかったです。
reply-still-failing = すみません。次の出力をここに貼り付けてください。これまでのメッセージと合わせて読み取ります。
pin-explain = プロファイル { $profile } は { $provider } のものなので、このリリースではモデル参照を { $provider }/ で始める必要があります。
pin-explain-renamed = このリリースでは ChatGPT/Codex のプロファイル名は openai:… です。{ $profile } が存在するよう、先に doctor を実行してください。
error-no-input = 診断する内容がありません。出力を貼り付けるか、ファイルを添付してください。
error-attachment-type = 読み込めるのは .txt、.log、.json ファイルと、PNG、JPEG、WebP 形式のスクリーンショットだけです。
error-internal = こちら側で問題が発生し、返信を作成できませんでした。もう一度お試しください。
error-rate-limited = 現在リクエストが集中しています。{ $seconds } 秒待ってからお試しください。
web-title = clawmedic — OpenClaw の出力を診断
web-paste-label = ここに OpenClaw の出力を貼り付けてください（表示前にキーとトークンは伏せ字になります）
web-submit = 診断する
web-copy = コピー
web-copied = コピーしました
cmd-watch-description = このチャンネルに貼り付けられた OpenClaw の出力の自動診断をオン/オフします
opt-watch-mode-description = on: ここに貼られた OpenClaw の出力に返信する / off: 停止する
watch-on = { $channel } を監視しています。OpenClaw の出力を含むメッセージを診断します（返信は各スレッドにつき { $seconds } 秒に 1 回まで）。
watch-off = { $channel } の監視を停止しました。
watch-unavailable = このボットの設定で監視モードがオフになっています。
error-permission = この設定を変更するには「サーバー管理」（Manage Server）権限が必要です。
error-guild-only = このコマンドはサーバーのチャンネルでのみ使えます。
error-store = 設定を保存できませんでした。1 分ほどしてからもう一度お試しください。
error-no-memory = この診断はもう保持されていません（期限切れか、メモリーにアクセスできません）。出力を添えて、もう一度コマンドを実行してください。
error-download = 添付ファイル { $path } をダウンロードできませんでした。代わりにその内容を貼り付けてください。
error-bad-profile = { $profile } は認証プロファイル ID ではありません。ID は provider:name の形式です（例: openai:work）。
pin-title = あなたの OpenClaw の会話用の /model 固定コマンド
pin-model-placeholder = <model> を { $provider } が提供しているモデルに置き換えてください。その会話で /models { $provider } を実行すると一覧が表示されます。
status-title = /model status の解説
status-current = 実行した会話は { $model } を使っています。
status-current-selected = 実行した会話は手動で選択した { $model } を使っています。手動で選んだモデルは、ほかのモデルにフォールバックしません。
status-default = デフォルトモデルは { $model } です。
status-active = { $provider } への次のリクエストでは、プロファイル { $profile } が使われます。
status-auth-ok = { $profile }: ログイン済み（残り有効期間 { $remaining }）。
status-auth-ok-plain = { $profile }: ログイン済み。
status-auth-expiring = { $profile }: あと { $remaining } で期限切れになります。早めにログインを更新してください。
status-auth-expired = { $profile }: ログインの有効期限が切れています。
status-auth-missing = { $profile }: 認証情報が保存されていません。
status-auth-cooldown = { $profile }: エラーのためクールダウン中（残り { $remaining }）。
status-auth-disabled = { $profile }: 無効（{ $reason }）。
status-not-recognized = これは /model status や models status の出力ではありません。失敗している会話で /model status を実行するか、ゲートウェイホストで openclaw models status を実行して、出力全体を貼り付けてください。
web-language-auto = 貼り付けた内容と同じ（自動判定）
web-privacy = 貼り付けた内容は保存もログ記録もされません。表示されるのは診断結果だけです。
web-image-label = またはターミナルのスクリーンショット（PNG、JPEG、WebP）：ここで選択するか、上の欄にドロップまたは貼り付けてください
step-unusable-name = 貼り付けた内容の名前に OpenClaw の名前では使われない文字が含まれているため、このコマンドにはコピーしていません。`{ $placeholder }` を OpenClaw 自身の出力にある正確な名前に置き換えてください。
step-uncertain-read = スクリーンショットから `{ $read }` と読み取りましたが、すべての文字が正確とは限らないため、このコマンドには入れていません。`{ $placeholder }` の部分に、ターミナルから正確な ID を（テキストとして）コピーしてください。

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = 指定されたバージョン「{ $given }」は、このビルドが知っている OpenClaw のリリースではないため、使用していません。正確なバージョンはゲートウェイホストで `openclaw --version` を実行すると表示されます。
note-version-conflict = OpenClaw { $given } が指定されましたが、貼り付けた内容には { $pasted } と表示されています。この回答では指定どおり { $given } を使っています。
error-file-is-dir = { $path } はファイルではなくフォルダーです。出力が入っているファイルを指定してください。
error-file-permission = { $path } を読み込めません：このファイルを読む権限がありません。
error-malformed-json = リクエスト本文がこの API で読める JSON ではありません。`paste`（テキスト）または `messages`（テキストのリスト）を持つオブジェクトを送ってください。
error-bad-thread = スレッド ID は A-Z、a-z、0-9、_、- からなる 16～128 文字にしてください。ランダムな ID を使ってください。
error-too-many-messages = 1 回のリクエストで送れるメッセージは { $limit } 件までです。残りは 2 回目のリクエストで送ってください。

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = ログインに必要な端末がありませんでした
cause-oauth_profile_not_attached = ChatGPT/Codex のログインがリクエストに付いていません
cause-agent_model_override = エージェント独自のモデルがデフォルトより優先されています
cause-models_json_rejected = 1 つのプロバイダー項目のせいで OpenClaw がモデル設定全体を拒否しています
cause-custom_model_misrouted = カスタムモデルが別のプロバイダーのエンドポイントに送られています
cause-auth_profile_wrong_type = シークレットが誤った種類の認証情報として保存されています
cause-context_window_too_small = モデルのコンテキストウィンドウが OpenClaw の最小値を下回っています
cause-profile_param_ignored = params.authProfileId ではアカウントを選べません
cause-default_model_not_set = 組み込みのデフォルトモデルがまだ使われています
cause-ssrf_blocked = OpenClaw のプライベートネットワーク保護がプロバイダーのアドレスをブロックしました
cause-context_overflow = 会話がモデルのコンテキストに収まらなくなりました
cause-oauth_refresh_transient = ログインの更新が期限切れ以外の理由で一度失敗しました
cause-env_key_not_bound = キーは環境変数にありますが、プロバイダーに紐づいていません
cause-turn_timeout = ターンが制限時間を超えました
cause-directive_syntax = /model コマンドが OpenClaw の受け付けない形式で入力されました
login_requires_tty-summary = ログインが対話型の端末なし（スクリプト、パイプ、または -t なしの docker exec）で実行されたため、何も尋ねる前に止まりました。代わりにシークレットをパイプで paste コマンドに渡すか、実際の端末からログインしてください。
oauth_profile_not_attached-summary = ChatGPT/Codex の OAuth プロファイルがあるのに、リクエストは認証情報なしで OpenAI Platform API に送られています。このターンは Codex ランタイムを経由していません。ローテーションすべきキーはありません。
agent_model_override-summary = エージェント { $agent } には独自のモデル（{ $model }）があり、あなたが変更したデフォルトより優先されます。エージェントのモデルを編集するか削除してください。
agent_model_override-summary-plain = あるエージェントに独自のモデルがあり、あなたが変更したデフォルトより優先されます。そのエージェントのモデルを編集するか削除してください。
models_json_rejected-summary = { $provider } の項目が無効なため、OpenClaw は自分で生成したモデル一覧を拒否しました。拒否されている間は、ほかのプロバイダーのモデルも不明または許可されていないように見えます。
custom_model_misrouted-summary = { $provider } のカスタムモデル項目に独自の api と baseUrl がないため、リクエストが別のプロバイダーのエンドポイントに送られ、キーが拒否されています。キー自体は問題ありません。
auth_profile_wrong_type-summary = { $provider } のシークレットは有効ですが、そのプロバイダーには誤った種類の認証情報として保存されているため、OpenClaw が誤った方法で送信しています。種類に合ったコマンドで保存し直してください。
context_window_too_small-summary = { $model } のコンテキストウィンドウが { $ctx } トークンに設定されており、OpenClaw の最小値 { $min } を下回るため、OpenClaw は使用を拒否しています。多くの場合、設定値はコピーしたデフォルト値で、モデル本来のウィンドウではありません。
context_window_too_small-summary-plain = モデルのコンテキストウィンドウが OpenClaw の最小値を下回る値に設定されているため、OpenClaw は使用を拒否しています。多くの場合、設定値はコピーしたデフォルト値で、モデル本来のウィンドウではありません。
profile_param_ignored-summary = モデル項目の params.authProfileId ではアカウントを選べません。OpenClaw は引き続き認証順序の最初のプロファイルを使います。会話でプロファイルを固定するか、順序の先頭に置いてください。
default_model_not_set-summary = OpenClaw は、設定したことのない組み込みのデフォルトモデル（{ $provider }）をまだ使っています。選んだモデルをデフォルトに設定してください。{ $provider } のキーは不要です。
ssrf_blocked-summary = プロバイダーのアドレスがプライベートまたは特殊用途の IP に解決されるため、OpenClaw は接続を拒否しました（fake-IP プロキシやスプリット DNS が原因になります）。DNS かプロキシのモードを直すか、意図的にローカルにしているサーバーならプライベートアドレスを許可してください。
context_overflow-summary = 会話がモデルのコンテキストウィンドウより大きくなっています。会話を圧縮（compact）するか、新しいセッションを始めてください。コンテキストの大きいモデルも有効です。
oauth_refresh_transient-summary = { $provider } のログイン更新が、期限切れとは示されないまま一度失敗しました（一時的なネットワーク障害か、トークンエンドポイントの混雑）。まずはもう一度試してください。繰り返す場合だけログインし直してください。
env_key_not_bound-summary = { $env } はゲートウェイの環境変数に設定されていますが、このビルドはプロバイダー設定から参照されているときしか使いません。doctor に紐づけさせるか、models.providers.{ $provider }.apiKey で参照してください。
turn_timeout-summary = ターンが全体の制限時間を超えたため停止されました。プロバイダー自体は応答しています。長い作業では制限を引き上げるか、サブエージェントを使ってください。
directive_syntax-summary = /model コマンドではプロファイルの前にモデルが必要です：/model provider/model@profile。
step-paste-api-key-stdin = キーをパイプで paste コマンドに渡してください（端末は不要）。先に KEY を設定してください。画面には表示されません。
step-paste-token-stdin = トークンやセットアップトークンの場合は、代わりにパイプで paste-token に渡してください。
step-docker-tty = または、コンテナー内の対話型端末からログインしてください。
step-codex-runtime-inspect = Codex ランタイムのプラグインが読み込まれていて最新か確認してください。
step-edit-agent-model = デフォルトが適用されるよう、設定ファイルのエージェント独自のモデル（agents.list → model）を編集するか削除してください。
step-check-agent-model = そのエージェントが実際に使っているモデルを確認してください。
step-fix-provider-entry = models.providers.{ $provider } に apiKey（環境変数への参照、またはローカルサーバーなら任意のプレースホルダー）を設定するか、カスタムモデルの一覧を削除してください。
step-list-models-after-fix = ゲートウェイがモデル一覧を再生成したら、もう一度モデルを一覧表示してください。
step-set-api-baseurl = リクエストがそのプロバイダーのエンドポイントに届くよう、models.providers.{ $provider } に api と baseUrl を設定してください（またはカスタム項目を削除してカタログのモデルを使ってください）。
step-set-context-window = models.providers.{ $provider }.models にモデル本来の contextWindow を設定してください（設定値が最小値を下回っています）。
step-choose-bigger-model = または、コンテキストウィンドウの大きいモデルを選んでください。
step-pin-profile = 失敗している OpenClaw の会話でプロファイルを固定してください。
step-order-first = または、{ $provider } の認証順序でそのプロファイルを先頭に置いてください。
step-set-default-model = 実際に使っているモデルをデフォルトに設定してください。
step-ssrf-allow-private = 意図的にローカルまたはプライベートにしているモデルサーバーの場合のみ：そのプロバイダーにプライベートアドレスを許可してください。
step-check-dns-proxy = ゲートウェイホストで、プロバイダーのホストが何に解決されるか確認してください（fake-IP モードのプロキシなら 198.18.x.x になります）。
step-compact = 失敗している会話を圧縮（compact）してください。
step-login-if-repeats = 失敗が続く場合のみ：{ $provider } にログインし直してください。
step-raise-timeout = 長い作業のために、ターン全体の制限（秒）を引き上げてください。
step-doctor-bind-env = doctor に環境変数のキーをプロバイダーへ紐づけさせてください。
step-env-ref = または、プロバイダーの apiKey でその変数を参照してください。
step-store-right-type = 種類に合ったコマンドでシークレットを保存し直してください。
step-update-fixed = OpenClaw を更新してください。後のリリースで修正されています。
ask-logs-one-turn = 失敗した 1 ターン分のログ行に、OpenClaw が受け取ったエラーが出ます。
reply-candidates = 「{ $first }」か「{ $second }」のようです。下のコマンドで見分けられます。
status_display_mismatch-runs-work-summary = ステータス画面は問題を報告していますが、実行そのものは動いているとのことです。この警告はステータスが設定をどう読むかについてのもので、リクエストの問題ではありません。実行のために直すべきものはありません。
not_model_auth-session-lock-summary = セッションファイルが別のプロセス（多くは 2 つ目のゲートウェイか止まった実行）にロックされているため、どのモデルも同じように失敗します。モデルの認証情報の問題ではありません。ゲートウェイが 1 つだけ動いていることを確かめてから再起動してください。
not_model_auth-plugin-registry-summary = ダウンロードを拒否したのはプラグインレジストリ（レート制限またはエラー）で、モデルのプロバイダーではありません。後でインストールをやり直してください。モデルの設定は関係ありません。
step-retry-plugin-later = インストール済みのものを確認し、数分後にインストールをやり直してください。
version_regression-live-switch-summary = セッションは /model の切り替えを保留中としたまま適用しないため、返答は古いモデルから来続けます。以降のリリースで修正されています。
step-check-switch = 更新後にもう一度切り替え、セッションが本当に新しいモデルを使っているか確認してください。
model_not_allowed-picker-summary = 切り替えが { $model } として拒否されました。古い Control UI の選択リストは、別のプロバイダーのモデルの前にセッションのプロバイダーを付けてしまいます。完全な ref を自分で選ぶか、更新してください。
step-pick-full-ref = 失敗している OpenClaw の会話で、完全な provider/model の ref を使ってモデルを選んでください。
step-set-suggested-model = OpenClaw のメッセージがあなたのログイン向けに提案しているモデルを使ってください。
step-onboard-codex = オンボーディングで Codex のログインを追加してください（古いビルドにはそのためのプロバイダープラグインがありません）。
step-enable-plugin = プロバイダーのプラグインを有効にし、ゲートウェイを再起動してからログインし直してください。
step-order-read = そのプロバイダーで有効な認証順序を確認してください。
session_pin_stale-order-summary = セッションが独自のプロファイル上書きを保持しているため、{ $profile } を先頭にした認証順序を無視しています。失敗している OpenClaw の会話でプロファイルを固定するか、新しいセッションを始めてください。
auth_order_not_applied-running-summary = 動作中のゲートウェイが認証順序のコピーを持っていて書き戻すため、あなたの変更が元に戻されます。ゲートウェイを止め、順序を設定してから起動してください。
step-stop-gateway-first = 古い順序を書き戻せないよう、まずゲートウェイを止めてください。
step-order-again = ゲートウェイが止まっている間に、もう一度順序を設定してください。
fallback_not_triggered-not-tried-summary = この種類のエラーならフォールバックのモデルに移るはずなのに、失敗したところでターンが終わりました。フォールバックが本当に有効か確認し、更新してください。この種類のエラーでのフォールバックは複数のリリースで修正されています。
fallbacks_stripped-effective-summary = フォールバックを設定しているのに、フェイルオーバーの判定は失敗したモデルにフォールバックが設定されていないと言っています。そのエージェントかモデルの実効設定にはフォールバックがありません。
step-watch-one-turn = メッセージを 1 つ送りながらログを見て、そのターンのエラーを確認してください。
step-find-full-ref = 設定済みのモデルを一覧表示して、選ぶべき完全な provider/model の ref を確認してください。
catalogue-unnamed-summary = このメッセージは OpenClaw 自身が出したもので、タイトルの原因を意味します。どのプロバイダー、モデル、プロファイルのことかは書かれていないため、最初のステップでそれを表示します。
session_pin_stale-foreign-summary = 会話が別のプロバイダーのプロファイル { $profile } に固定されたまま、{ $provider } のモデルを使っています。プロファイルなしでモデルを選び直して、固定を外してください。
unknown_model-unregistered-summary = { $model } は設定で許可されていますが、models.providers.{ $provider }.models に登録されていないため、OpenClaw が見つけられません。登録し、カスタムプロバイダーには api と baseUrl を設定してください。
step-register-model = モデルをそのプロバイダーの下に登録してください。
auth_profile_provider_mismatch-app-server-summary = Codex ランタイムに渡された { $profile } は、受け付けられる ChatGPT/Codex のログインではありません。合うプロファイルが渡るよう ChatGPT/Codex にログインし直し、更新してください。このプロファイルを作った移行処理は後に修正されています。
unknown-provider = プロバイダー
unknown-model = モデル
unknown-profile = プロファイル
unknown-agent = エージェント
unknown-env = キーの環境変数
unknown-working = 別のプロファイル
ask-doctor = doctor は、更新後に修復する項目（ストア、ID、ルーティング）を何も変更せずに一覧表示します。

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } を PNG、JPEG、WebP 形式のスクリーンショットとして読み込めませんでした。代わりにターミナルのテキストを貼り付けてください。
error-image-pixels = { $path } は { $width }×{ $height } ピクセルです。読み込めるスクリーンショットは { $limit } ピクセルまでです。ターミナルのウィンドウ部分だけに切り抜くか、テキストを貼り付けてください。
error-image-timeout = スクリーンショット { $path } の読み込みに時間がかかりすぎました。代わりにターミナルのテキストを貼り付けてください。
error-image-unavailable = 現在ここではスクリーンショットを読み込めません。代わりにターミナルのテキストを貼り付けてください。
error-image-no-text = { $path } にターミナルのテキストが見つかりませんでした。代わりにターミナルのテキストを貼り付けてください。
