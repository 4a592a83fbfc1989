# clawmedic — Tiếng Việt (vi).
# Lệnh, id, tên hồ sơ và model ref không bao giờ nằm trong các thông điệp này: chúng
# được truyền vào dưới dạng biến ($provider, $profile, $model, …) hoặc được bố cục in ra trong khối code.

## Bố cục câu trả lời

reply-title = Chẩn đoán của clawmedic
reply-version-seen = OpenClaw { $version } (đọc từ nội dung bạn dán).
reply-version-flag = OpenClaw { $version } (theo bạn cung cấp).
reply-version-unknown = Chưa rõ phiên bản OpenClaw: các bước dưới đây dùng được trên mọi bản phát hành, trừ khi có ghi chú.
reply-version-floor = Chưa nêu phiên bản OpenClaw; nội dung bạn dán có vẻ là { $version } hoặc mới hơn (đường dẫn store và id).
reply-top-finding = Khả năng cao nhất: { $title }
reply-next-finding = Nếu cách đó không được: { $title }
reply-evidence = Dấu hiệu
reply-evidence-line = tin nhắn { $message }, dòng { $line }
reply-ruled-out = Các nguyên nhân đã loại trừ
reply-steps = Các bước tiếp theo
reply-asks =
    { $count ->
        [1] Hãy chạy lệnh này và dán output của nó
       *[other] Hãy chạy các lệnh này và dán output của từng lệnh
    }
reply-need-more-info = Trong thread này chưa có gì đủ để kết luận. Hãy chạy các lệnh dưới đây và dán output của chúng (nhớ che key và token).
reply-mask-reminder = Che key và token trước khi dán.
where-cli = shell trên máy chủ gateway
where-chat = cuộc trò chuyện OpenClaw bị lỗi
where-config = file config
where-config-cli = shell trên máy chủ gateway (sửa file config)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [1] Nội dung bạn dán có chứa 1 thông tin bí mật (API key hoặc token). Bot sẽ không hiển thị lại nó ở đây. Hãy xóa tin nhắn đó ngay và đổi mới (rotate) nó tại nhà cung cấp tương ứng.
       *[other] Nội dung bạn dán có chứa { $count } thông tin bí mật (API key hoặc token). Bot sẽ không hiển thị lại chúng ở đây. Hãy xóa tin nhắn đó ngay và đổi mới (rotate) từng cái tại nhà cung cấp tương ứng.
    }
mojibake-note = Một số ký tự trong nội dung bạn dán bị sai mã hóa; chúng đã được sửa trước khi đọc.

## Ghi chú

note-flag-too-new = OpenClaw của bạn chưa hỗ trợ { $flag } (có từ { $since }). Không dùng tùy chọn đó: `{ $command }`
note-flag-too-new-plain = OpenClaw của bạn chưa hỗ trợ { $flag } (có từ { $since }): hãy chạy lại đúng lệnh đó nhưng bỏ tùy chọn này.

## Tên nguyên nhân

cause-oauth_expired = Phiên đăng nhập OAuth đã hết hạn
cause-refresh_token_reused = Refresh token đã bị dùng hai lần
cause-oauth_scope_missing = Phiên đăng nhập thiếu một scope bắt buộc
cause-missing_api_key = Không có thông tin xác thực cho nhà cung cấp này
cause-invalid_api_key = API key bị từ chối
cause-external_cli_credential_stale = Thông tin xác thực sao chép từ CLI khác đã cũ
cause-pinned_profile_missing_credential = Hồ sơ đã ghim không có thông tin xác thực
cause-auth_provider_not_loaded = Lệnh đăng nhập chỉ tới một nhà cung cấp chưa được nạp
cause-per_agent_auth_store = Thông tin xác thực nằm trong kho của agent khác
cause-auth_store_migration_required = Kho xác thực cần được chuyển đổi
cause-profile_excluded_by_auth_order = Thứ tự xác thực bỏ sót các hồ sơ đang hoạt động
cause-auth_order_not_applied = Thứ tự xác thực mới chưa được áp dụng
cause-session_pin_stale = Cuộc trò chuyện bị lỗi vẫn dùng hồ sơ cũ
cause-wrong_provider_prefix = Model ref và hồ sơ thuộc hai nhà cung cấp khác nhau
cause-auth_profile_provider_mismatch = Một hồ sơ bị gắn với nhà cung cấp khác
cause-legacy_codex_ids = Id openai-codex kiểu cũ trên bản build đã đổi tên chúng
cause-unknown_model = Nhà cung cấp hoặc config không biết model này
cause-model_not_allowed = Model không có trong allowlist
cause-rate_limit_cooldown = Nhà cung cấp đang bị giới hạn tốc độ hoặc đang cooldown
cause-billing_disabled = Tài khoản đã hết credit
cause-provider_unreachable = Không kết nối được tới nhà cung cấp
cause-fallbacks_stripped = Các fallback đã bị xóa khỏi config hiệu lực
cause-ollama_fallback_dropped = Fallback Ollama không thể phục vụ
cause-fallback_not_triggered = Lượt này thất bại mà không thử fallback nào
cause-runtime_unavailable = Runtime Codex không chạy được lượt này
cause-cloudflare_403 = Request tới ChatGPT bị dính thử thách Cloudflare
cause-version_regression = Bug đã biết trong bản build OpenClaw này
cause-gateway_not_reloaded = Gateway đang chạy vẫn dùng trạng thái cũ
cause-request_rejected = Nhà cung cấp từ chối chính request
cause-status_display_mismatch = Màn hình trạng thái cảnh báo, nhưng các lần chạy vẫn hoạt động
cause-not_model_auth = Không phải vấn đề xác thực model
cause-all_ok = Mọi thứ có vẻ ổn
cause-need_more_info = Cần thêm output

## Tóm tắt phát hiện

oauth_expired-summary = Phiên đăng nhập đã lưu cho { $provider } không còn làm mới được access token, nên mọi request dùng nó đều lỗi. Hãy đăng nhập lại trên máy chủ gateway, rồi khởi động lại gateway.
refresh_token_reused-summary = Refresh token của { $provider } đã bị hai nơi dùng (hai gateway, bản sao theo từng agent hoặc token nhập từ CLI), và giờ nhà cung cấp từ chối nó. Hãy đăng nhập lại, nhưng chỉ một lần; chỉ giữ một gateway và đưa hồ sơ mới lên đầu.
oauth_scope_missing-summary = Token { $provider } thiếu scope mà request cần, hoặc lúc đăng nhập đã xin một scope mà bản build này không được dùng.
missing_api_key-summary = Agent chạy lượt này không có thông tin xác thực cho { $provider }. Hãy cấp cho agent đó một cái, rồi khởi động lại gateway.
invalid_api_key-summary = Một API key cho { $provider } đang được gửi đi và bị từ chối. Hãy tìm xem key nào đang được ưu tiên (hồ sơ đã lưu được ưu tiên hơn biến môi trường của shell) và thay đúng key đó.
external_cli_credential_stale-summary = OpenClaw đang dùng thông tin xác thực { $provider } sao chép từ một CLI khác, và bản sao đó đã cũ. Hãy làm mới nguồn, rồi đăng nhập lại.
pinned_profile_missing_credential-summary = Hồ sơ đã ghim { $profile } không có bí mật nào dùng được. Hãy ghim ngay một hồ sơ đang hoạt động, hoặc cấp thông tin xác thực cho { $profile }.
auth_provider_not_loaded-summary = Không plugin nào đã nạp đăng ký nhà cung cấp { $provider }, nên không thể bắt đầu đăng nhập.
per_agent_auth_store-summary = Agent { $agent } đọc kho xác thực riêng của nó, và kho đó không có thông tin xác thực { $provider }; lần đăng nhập của bạn đã vào agent khác. Hãy đăng nhập cho { $agent }.
auth_store_migration_required-summary = Bản build này lưu thông tin xác thực theo định dạng kho mới và bỏ qua kho cũ cho đến khi doctor chuyển đổi nó. Hãy dừng gateway, chạy doctor, kiểm tra các hồ sơ đã quay lại, rồi khởi động lại.
profile_excluded_by_auth_order-summary = Mọi hồ sơ { $provider } dùng được đều bị thứ tự xác thực loại ra, nên không có gì được thử. Hãy xóa thứ tự hoặc đặt nó thành các hồ sơ đang có.
auth_order_not_applied-summary = Thay đổi thứ tự chưa tới được kho mà agent đọc, nên thứ tự cũ vẫn đang có hiệu lực.
session_pin_stale-summary = Cuộc trò chuyện bị lỗi đang ghim vào { $profile }, hồ sơ đã hết hạn hoặc không tồn tại, trong khi { $working } vẫn hoạt động. Hãy ghim lại cuộc trò chuyện đó vào hồ sơ đang hoạt động.
session_pin_stale-override-summary = Cuộc trò chuyện bị lỗi có override hồ sơ riêng ({ $profile }), và các thay đổi qua CLI không ảnh hưởng tới nó. Hãy ghim lại ngay trong cuộc trò chuyện đó.
session_pin_stale-cli-healthy-summary = Kiểm tra qua CLI cho thấy { $working } hoạt động, nhưng cuộc trò chuyện vẫn lỗi: nó vẫn giữ hồ sơ cũ. Hãy ghim hồ sơ đang hoạt động trong cuộc trò chuyện bị lỗi; việc loại hồ sơ cũ khỏi thứ tự là có chủ ý, nên đừng xóa thứ tự.
wrong_provider_prefix-summary = Khi ghim, nhà cung cấp trong model ref phải trùng với nhà cung cấp của hồ sơ. { $profile } thuộc { $provider }, nên ở bản phát hành này ref phải bắt đầu bằng nhà cung cấp đó.
wrong_provider_prefix-default-summary = Ở bản phát hành này, model openai/… khi chỉ có đăng nhập Codex OAuth sẽ không có thông tin xác thực; model mặc định phải dùng nhà cung cấp openai-codex.
auth_profile_provider_mismatch-summary = { $profile } thuộc một nhà cung cấp khác và không thể xếp vào thứ tự của { $provider }. Trong thứ tự của mỗi nhà cung cấp chỉ giữ hồ sơ của chính nó; muốn dùng nhà cung cấp thứ hai thì dùng fallback model.
legacy_codex_ids-summary = Config hoặc các hồ sơ vẫn dùng id openai-codex kiểu cũ, mà bản phát hành này đã đổi tên hoặc từ chối. Hãy để doctor chuyển đổi chúng.
unknown_model-summary = { $model } không có trong danh mục của nhà cung cấp lẫn trong config. Hãy chọn một model id mà nhà cung cấp liệt kê.
model_not_allowed-summary = { $model } nằm ngoài allowlist model của agent. Hãy thêm nó vào, rồi chọn lại.
rate_limit_cooldown-summary = { $provider } đang cooldown sau lỗi giới hạn tốc độ hoặc giới hạn sử dụng; đăng nhập lại không giúp được gì. Hãy chờ, hoặc thêm một hồ sơ khác hay một fallback.
billing_disabled-summary = Nhà cung cấp từ chối vì lý do thanh toán hoặc hạn mức, và hồ sơ bị vô hiệu hóa trong vài giờ. Hãy nạp thêm tiền tại nhà cung cấp, hoặc tạm thời chuyển sang nhà cung cấp khác.
provider_unreachable-summary = Không nhận được câu trả lời dùng được từ { $provider } (timeout, mạng, TLS hoặc lỗi máy chủ). Hãy kiểm tra kết nối từ máy chủ gateway.
fallbacks_stripped-summary = Agent { $agent } khai báo model dưới dạng chuỗi thuần, khiến danh sách fallback mặc định bị thay bằng rỗng. Hãy dùng dạng object với danh sách fallbacks.
ollama_fallback_dropped-summary = Fallback Ollama không có mục nhà cung cấp hoặc key giữ chỗ, nên nó lỗi ngay khi chuỗi fallback chạy tới.
fallback_not_triggered-summary = Lỗi đã kết thúc lượt mà không thử các fallback; bản build này có bug vòng lặp hoặc giới hạn sử dụng ở chỗ đó.
fallback_not_triggered-selected-summary = Cuộc trò chuyện bị lỗi đang chọn thủ công { $model }. Model chọn thủ công được dùng đúng như đã chọn: nó không bao giờ chuyển sang model khác. Hãy quay về model mặc định.
runtime_unavailable-summary = Runtime Codex (app-server hoặc plugin) không chạy được lượt này, thường là do một plugin codex bên ngoài đã cũ, cũ hơn cả core.
cloudflare_403-summary = Request ChatGPT/Codex nhận về trang thử thách của Cloudflare, và bản build này báo nó thành lỗi DNS hoặc rate limit.
version_regression-summary = Bản build này có bug đã biết: đăng nhập Codex mới vượt qua kiểm tra, nhưng lại lỗi khi làm mới token lúc chạy.
version_regression-known-summary = OpenClaw { $version } có bug đã biết với đúng dấu hiệu này; nó đã được sửa ở { $fixed }. Hãy cập nhật lên bản mới hơn (đừng bao giờ hạ cấp qua một lần chuyển đổi lưu trữ).
gateway_not_reloaded-summary = CLI thấy thông tin xác thực { $provider }, nhưng gateway đang chạy chưa được khởi động lại và vẫn dùng trạng thái cũ.
request_rejected-summary = Nhà cung cấp từ chối nội dung request (schema hoặc kích thước context), không phải thông tin xác thực. Hãy bắt đầu phiên mới; không cần đăng nhập lại.
status_display_mismatch-summary = { $profile } hiển thị là đã hết hạn trên màn hình trạng thái nhưng các lần chạy vẫn hoạt động; không có gì hỏng cả. Chỉ làm mới nếu muốn tắt cảnh báo.
not_model_auth-summary = Đây là xác thực của gateway hoặc thiết bị, không phải thông tin xác thực model; các lệnh models auth sẽ không thay đổi được nó.
not_model_auth-channel-summary = Đây là token của kênh chat (tài khoản bot), không phải thông tin xác thực model; các lệnh models auth sẽ không thay đổi được nó.
all_ok-summary = Mọi hồ sơ được kiểm tra đều phản hồi và trong nội dung bạn dán không có lỗi nào. Nếu một cuộc trò chuyện vẫn lỗi, hãy dán lỗi của nó và output /model status.

## Ghi chú cho các bước

step-login = Đăng nhập lại { $provider } trên máy chủ gateway (sẽ mở trình duyệt hoặc in ra một mã).
step-restart = Khởi động lại gateway để tiến trình đang chạy nạp lại xác thực.
step-verify = Chạy probe trực tiếp để xác nhận thông tin xác thực hoạt động.
step-upgrade = Cập nhật OpenClaw lên bản phát hành mới nhất.
step-doctor-fix = Để doctor chuyển đổi config và các hồ sơ.
step-claude-setup-token = Tạo một setup token Claude mới, rồi lưu nó vào OpenClaw.
step-one-gateway = Đảm bảo chỉ có một gateway chạy cho thư mục trạng thái này.
step-order-new-id = Đưa hồ sơ vừa tạo lên đầu (sao chép id của nó từ output đăng nhập).
step-drop-baseurl = Xóa baseUrl của Platform API để token ChatGPT không bị gửi tới đó.
step-local-placeholder-key = Nhà cung cấp chạy cục bộ chỉ cần một key giữ chỗ.
step-configure-key = Nhập key { $provider } theo kiểu tương tác (đừng bao giờ dán key vào chat).
step-env-file = Hoặc đặt key vào file env của gateway: service bỏ qua các lệnh export trong shell.
step-read-effective = Xem nguồn effective= của nhà cung cấp: đó chính là key đang được gửi đi.
step-refresh-external-cli = Trước tiên hãy làm mới đăng nhập của chính CLI kia.
step-pin-working = Ghim hồ sơ đang hoạt động { $profile } trong cuộc trò chuyện bị lỗi, rồi gửi một tin nhắn thử bình thường.
step-login-renamed-codex = Ở bản phát hành này, OAuth ChatGPT/Codex đăng nhập dưới nhà cung cấp openai.
step-check-profiles-back = Kiểm tra các hồ sơ đã hiện lại trong danh sách; nếu danh sách trống, hãy đăng nhập lại.
step-order-clear = Xóa override thứ tự theo agent.
step-order-set-alternative = Hoặc đặt thứ tự thành các hồ sơ đang có.
step-release-lock = Dừng gateway để nó nhả khóa của kho.
step-pin = Ghim { $profile } trong cuộc trò chuyện bị lỗi, rồi gửi một tin nhắn thử bình thường.
step-cross-provider-fallback = Để dùng nhà cung cấp khác làm dự phòng, hãy thêm fallback model thay vào đó.
step-new-drops-auto = Một phiên mới sẽ bỏ override tự động.
step-find-current-id = Tìm id hiện tại của hồ sơ (lần đăng nhập mới có thể đã tạo id mới).
step-pin-current-id = Sau đó ghim id đó trong cuộc trò chuyện bị lỗi.
step-undo-5-5-rewrite = Hoàn tác việc bản 5.5 ghi đè model mặc định.
step-set-unified-ref = Hoặc đặt model ref hiện hành bằng tay.
step-ollama-model-entry = Thêm model vào danh sách model của nhà cung cấp ollama.
step-list-models = Liệt kê các model id mà nhà cung cấp này có.
step-set-listed-model = Đặt model mặc định là một id trong danh sách đó.
step-allow-model = Thêm model vào allowlist (đúng lệnh mà thông báo lỗi đã in ra).
step-see-cooldowns = Xem hồ sơ nào đang cooldown và trong bao lâu (Unavailable auth profiles).
step-add-fallback = Thêm một fallback ở nhà cung cấp khác để các lượt vẫn chạy trong lúc chờ.
step-after-top-up = Sau khi nạp tiền, xóa trạng thái vô hiệu hóa đã lưu.
step-object-form-model = Viết model của agent ở dạng object, kèm các fallback của nó.
step-check-fallbacks = Kiểm tra Fallbacks (N) giờ đã liệt kê chúng.
step-reset-selection = Đưa cuộc trò chuyện bị lỗi về model mặc định.
step-inspect-codex-plugin = So phiên bản runtime của plugin codex với core.
step-find-stale-plugin = Cập nhật hoặc gỡ bản sao plugin codex bên ngoài đã cũ.
step-step-back-same-era = Hoặc quay về bản phát hành tốt gần nhất có cùng định dạng lưu trữ.
step-codex-backend-url = Nếu vẫn ở bản phát hành này: gửi request Codex tới backend ChatGPT.
step-new-session = Bắt đầu một phiên mới trong cuộc trò chuyện bị lỗi.
step-check-api = Kiểm tra api: hiển thị có khớp với model không.
step-clear-display = Chỉ để tắt cảnh báo: làm mới đăng nhập Claude CLI rồi liên kết lại.
step-channel-status = Kiểm tra kênh nào không khởi động được.
step-channel-token = Nhập token bot mới cho kênh đó.

## Yêu cầu thêm thông tin

ask-version = Bước tiếp theo phụ thuộc vào bản phát hành OpenClaw.
ask-model-status-if-chat-fails = Chỉ khi cuộc trò chuyện vẫn lỗi: chạy lệnh này trong cuộc trò chuyện đó.
ask-models-status = Hiển thị model mặc định, fallback, thông tin xác thực hiệu lực của từng nhà cung cấp và cooldown.
ask-probe = Kiểm tra trực tiếp từng hồ sơ và cho biết hồ sơ nào lỗi, vì sao.
ask-order = Cho biết thứ tự đang cho phép những hồ sơ nào.
ask-model-status = Chạy trong cuộc trò chuyện bị lỗi: nó cho biết hồ sơ mà cuộc trò chuyện đó dùng.
ask-auth-list = Hiển thị chính xác các id hồ sơ để ghim.
ask-decision-lines = Sao chép các dòng [model-fallback/decision] của một lượt bị lỗi.

## Lỗi (dòng lệnh và bot)

error-file-missing = Không đọc được { $path }: file không tồn tại.
error-file-unreadable = Không đọc được { $path }: { $reason }
error-binary = { $path } có vẻ là dữ liệu nhị phân, không phải văn bản dán vào.
error-too-large = { $path } lớn hơn { $limit } byte; chỉ dán phần output liên quan.
error-unknown-lang = Ngôn ngữ không xác định: { $lang }; hãy dùng một trong: { $list }.
error-bad-version = Không đọc được phiên bản OpenClaw { $version }; hãy dùng dạng 2026.6.9.

## Discord và web

cmd-diagnose-description = Chẩn đoán output OpenClaw được dán vào và chỉ ra bước tiếp theo
opt-paste-description = Output cần chẩn đoán (để trống để mở form cho nội dung dài)
opt-file-description = File .txt, .log hoặc .json chứa output, hoặc ảnh chụp màn hình của output
opt-version-description = Phiên bản OpenClaw của bạn, ví dụ 2026.6.9
opt-language-description = Ngôn ngữ trả lời
cmd-model-description = Giải thích output /model status hoặc tạo lệnh /model pin đúng
cmd-model-status-description = Giải thích output /model status hoặc models status được dán vào
cmd-model-pin-description = Tạo lệnh /model pin cho một hồ sơ
opt-profile-description = Id hồ sơ xác thực, ví dụ openai:work
opt-model-description = Model, ví dụ openai/gpt-5.5
ctx-diagnose-name = Chẩn đoán
modal-title = Dán output OpenClaw
modal-field-label = Output (che key và token)
button-worked = Đã chạy được
button-still-failing = Vẫn lỗi
button-show-in = Hiển thị bằng { $language }
reply-thanks = Cảm ơn bạn đã xác nhận. Mừng là đã chạy được.
reply-still-failing = Rất tiếc. Hãy dán output tiếp theo vào đây, nó sẽ được đọc cùng với các tin nhắn trước.
pin-explain = Hồ sơ { $profile } thuộc { $provider }, nên ở bản phát hành này model ref phải bắt đầu bằng { $provider }/.
pin-explain-renamed = Ở bản phát hành này, hồ sơ ChatGPT/Codex có tên dạng openai:…; hãy chạy doctor trước để { $profile } tồn tại.
error-no-input = Không có gì để chẩn đoán: hãy dán output hoặc đính kèm file.
error-attachment-type = Chỉ đọc được file .txt, .log và .json cùng ảnh chụp màn hình PNG, JPEG hoặc WebP.
error-internal = Có lỗi xảy ra ở phía chúng tôi nên không tạo được câu trả lời. Vui lòng thử lại.
error-rate-limited = Hiện có quá nhiều request; vui lòng chờ { $seconds } giây.
web-title = clawmedic — chẩn đoán output OpenClaw
web-paste-label = Dán output OpenClaw vào đây (key và token được che trước khi hiển thị bất cứ thứ gì)
web-submit = Chẩn đoán
web-copy = Sao chép
web-copied = Đã sao chép
cmd-watch-description = Bật hoặc tắt tự động chẩn đoán output OpenClaw được dán trong kênh này
opt-watch-mode-description = on: trả lời output OpenClaw được dán ở đây; off: dừng
watch-on = Đang theo dõi { $channel }: tin nhắn có output OpenClaw sẽ được chẩn đoán, tối đa một câu trả lời cho mỗi thread sau mỗi { $seconds } giây.
watch-off = Đã ngừng theo dõi { $channel }.
watch-unavailable = Chế độ theo dõi đã bị tắt trong config của bot này.
error-permission = Bạn cần quyền Quản lý máy chủ (Manage Server) để thay đổi điều này.
error-guild-only = Lệnh này chỉ dùng được trong kênh của máy chủ.
error-store = Hiện không lưu được cài đặt; vui lòng thử lại sau một phút.
error-no-memory = Kết quả chẩn đoán này không còn được lưu (đã hết hạn, hoặc không truy cập được bộ nhớ). Hãy chạy lại lệnh kèm output của bạn.
error-download = Không tải được file đính kèm { $path }; hãy dán nội dung của nó vào thay thế.
error-bad-profile = { $profile } không phải id hồ sơ xác thực; id có dạng provider:name, ví dụ openai:work.
pin-title = Lệnh /model pin cho cuộc trò chuyện OpenClaw của bạn
pin-model-placeholder = Thay <model> bằng một model mà { $provider } cung cấp; gõ /models { $provider } trong cuộc trò chuyện đó để xem danh sách.
status-title = Giải thích /model status của bạn
status-current = Cuộc trò chuyện mà bạn chạy lệnh đó dùng { $model }.
status-current-selected = Cuộc trò chuyện mà bạn chạy lệnh đó dùng { $model }, được chọn thủ công: model chọn thủ công sẽ không bao giờ chuyển sang model khác.
status-default = Model mặc định là { $model }.
status-active = Request tiếp theo tới { $provider } sẽ dùng hồ sơ { $profile }.
status-auth-ok = { $profile }: đã đăng nhập, còn hiệu lực trong { $remaining }.
status-auth-ok-plain = { $profile }: đã đăng nhập.
status-auth-expiring = { $profile }: hết hạn sau { $remaining }; hãy sớm làm mới đăng nhập.
status-auth-expired = { $profile }: phiên đăng nhập đã hết hạn.
status-auth-missing = { $profile }: chưa lưu thông tin xác thực.
status-auth-cooldown = { $profile }: đang cooldown sau lỗi (còn { $remaining }).
status-auth-disabled = { $profile }: đã bị vô hiệu hóa ({ $reason }).
status-not-recognized = Đây không phải output của /model status hay models status. Hãy chạy /model status trong cuộc trò chuyện bị lỗi, hoặc openclaw models status trên máy chủ gateway, rồi dán toàn bộ.
web-language-auto = Giống nội dung đã dán (tự nhận diện)
web-privacy = Mọi thứ bạn dán đều không được lưu hay ghi log; chỉ kết quả chẩn đoán được hiển thị.
web-image-label = Hoặc ảnh chụp màn hình terminal (PNG, JPEG hoặc WebP): chọn ở đây, hoặc kéo thả hay dán vào ô phía trên
step-unusable-name = Một tên trong nội dung bạn dán có ký tự mà không tên nào của OpenClaw có, nên nó không được chép vào lệnh này: hãy thay `{ $placeholder }` bằng tên chính xác trong đầu ra của chính OpenClaw.
step-uncertain-read = Tôi đọc được `{ $read }` từ ảnh chụp màn hình nhưng không chắc từng ký tự, nên nó không có trong lệnh này: hãy sao chép đúng id từ terminal của bạn (dạng văn bản) thay cho `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Phiên bản bạn cung cấp, “{ $given }”, không phải bản phát hành OpenClaw mà bản build này biết, nên không được dùng. `openclaw --version` trên máy chủ gateway cho biết phiên bản chính xác.
note-version-conflict = Bạn cung cấp OpenClaw { $given }, nhưng nội dung bạn dán cho thấy { $pasted }; câu trả lời này dùng { $given }, phiên bản bạn cung cấp.
error-file-is-dir = { $path } là thư mục, không phải file: hãy chỉ định file chứa output.
error-file-permission = Không đọc được { $path }: bạn không có quyền đọc file này.
error-malformed-json = Nội dung request không phải JSON mà API này đọc được: hãy gửi một object có `paste` (văn bản) hoặc `messages` (danh sách văn bản).
error-bad-thread = Id của thread phải gồm 16 đến 128 ký tự trong A-Z, a-z, 0-9, _ và -; hãy dùng một id ngẫu nhiên.
error-too-many-messages = Tối đa { $limit } tin nhắn mỗi request; hãy gửi phần còn lại trong request thứ hai.
cause-login_requires_tty = Đăng nhập cần một terminal nhưng không có
cause-oauth_profile_not_attached = Đăng nhập ChatGPT/Codex không được gắn vào request
cause-agent_model_override = Model riêng của agent được ưu tiên hơn model mặc định
cause-models_json_rejected = Một mục provider khiến OpenClaw từ chối toàn bộ config model
cause-custom_model_misrouted = Một model tùy chỉnh bị gửi tới endpoint của nhà cung cấp khác
cause-auth_profile_wrong_type = Thông tin bí mật được lưu sai loại thông tin xác thực
cause-context_window_too_small = Context window của model thấp hơn mức tối thiểu của OpenClaw
cause-profile_param_ignored = params.authProfileId không chọn được tài khoản
cause-default_model_not_set = Model mặc định có sẵn vẫn đang được dùng
cause-ssrf_blocked = Cơ chế chặn mạng riêng của OpenClaw đã chặn địa chỉ của nhà cung cấp
cause-context_overflow = Cuộc trò chuyện không còn vừa context của model
cause-oauth_refresh_transient = Làm mới đăng nhập thất bại một lần dù chưa hết hạn
cause-env_key_not_bound = Key có trong biến môi trường nhưng chưa gắn với nhà cung cấp
cause-turn_timeout = Lượt này vượt quá giới hạn thời gian
cause-directive_syntax = Lệnh /model được gõ theo dạng OpenClaw không chấp nhận
login_requires_tty-summary = Đăng nhập chạy mà không có terminal tương tác (một script, một pipe hoặc docker exec không có -t), nên dừng lại trước khi hỏi bất cứ điều gì. Hãy pipe thông tin bí mật vào một lệnh paste, hoặc chạy đăng nhập từ một terminal thật.
oauth_profile_not_attached-summary = Request được gửi tới OpenAI Platform API mà không có thông tin xác thực nào dù đã có hồ sơ OAuth ChatGPT/Codex: lượt này không đi qua runtime Codex. Không có key nào cần đổi.
agent_model_override-summary = Agent { $agent } có model riêng ({ $model }), được ưu tiên hơn model mặc định bạn đã đổi. Hãy sửa hoặc xóa model của agent.
agent_model_override-summary-plain = Một agent có model riêng, được ưu tiên hơn model mặc định bạn đã đổi. Hãy sửa hoặc xóa model của agent đó.
models_json_rejected-summary = OpenClaw từ chối danh sách model do chính nó tạo vì mục của { $provider } không hợp lệ; khi còn bị từ chối, model của các nhà cung cấp khác cũng trông như không xác định hoặc không được phép.
custom_model_misrouted-summary = Mục model tùy chỉnh của { $provider } không có api và baseUrl riêng, nên request bị gửi tới endpoint của nhà cung cấp khác và key bị từ chối. Bản thân key không có vấn đề.
auth_profile_wrong_type-summary = Thông tin bí mật của { $provider } hợp lệ nhưng được lưu sai loại thông tin xác thực cho nhà cung cấp đó, nên OpenClaw gửi nó sai cách. Hãy lưu lại bằng lệnh dành cho đúng loại.
context_window_too_small-summary = { $model } được cấu hình context window { $ctx } token, thấp hơn mức tối thiểu { $min } của OpenClaw, nên OpenClaw từ chối dùng. Thường giá trị này là mặc định được sao chép, không phải window thật của model.
context_window_too_small-summary-plain = Model được cấu hình context window thấp hơn mức tối thiểu của OpenClaw, nên OpenClaw từ chối dùng. Thường giá trị này là mặc định được sao chép, không phải window thật của model.
profile_param_ignored-summary = params.authProfileId trong mục model không chọn được tài khoản: OpenClaw vẫn dùng hồ sơ đầu tiên trong thứ tự xác thực. Hãy ghim hồ sơ trong cuộc trò chuyện, hoặc đưa nó lên đầu thứ tự.
default_model_not_set-summary = OpenClaw vẫn chạy model mặc định có sẵn ({ $provider }) mà bạn chưa từng thiết lập. Hãy đặt model bạn đã chọn làm mặc định; không cần key cho { $provider }.
ssrf_blocked-summary = OpenClaw từ chối kết nối vì địa chỉ của nhà cung cấp phân giải ra một IP riêng hoặc IP dùng cho mục đích đặc biệt (proxy fake-IP hoặc split DNS gây ra điều này). Hãy sửa DNS hoặc chế độ proxy, hoặc cho phép địa chỉ riêng cho server cố ý chạy cục bộ.
context_overflow-summary = Cuộc trò chuyện lớn hơn context window của model. Hãy compact nó hoặc bắt đầu phiên mới; model có context lớn hơn cũng giúp được.
oauth_refresh_transient-summary = Làm mới đăng nhập { $provider } thất bại một lần mà không báo là đăng nhập đã hết hạn (mạng chập chờn hoặc endpoint token đang bận). Hãy thử lại trước; chỉ đăng nhập lại nếu chuyện này lặp lại.
env_key_not_bound-summary = { $env } đã được đặt trong môi trường của gateway, nhưng bản build này chỉ dùng nó khi config của nhà cung cấp tham chiếu tới. Hãy để doctor gắn nó, hoặc tham chiếu nó trong models.providers.{ $provider }.apiKey.
turn_timeout-summary = Lượt này vượt quá giới hạn thời gian tổng và bị dừng; bản thân nhà cung cấp đã trả lời. Hãy tăng giới hạn cho việc dài, hoặc dùng một sub-agent.
directive_syntax-summary = Lệnh /model cần model đứng trước hồ sơ: /model provider/model@profile.
step-paste-api-key-stdin = Pipe key vào lệnh paste (không cần terminal); đặt KEY trước, giá trị không được hiển thị.
step-paste-token-stdin = Với token hoặc setup token, hãy pipe vào paste-token.
step-docker-tty = Hoặc chạy đăng nhập từ một terminal tương tác bên trong container.
step-codex-runtime-inspect = Kiểm tra plugin runtime Codex đã được tải và là bản mới nhất.
step-edit-agent-model = Sửa hoặc xóa model riêng của agent (agents.list → model) trong file config, để model mặc định được áp dụng.
step-check-agent-model = Kiểm tra agent đó thực sự dùng model nào.
step-fix-provider-entry = Đặt apiKey cho models.providers.{ $provider } (tham chiếu tới biến môi trường, hoặc placeholder bất kỳ cho server cục bộ), hoặc xóa danh sách model tùy chỉnh của nó.
step-list-models-after-fix = Liệt kê lại các model sau khi gateway đã tạo lại danh sách model.
step-set-api-baseurl = Đặt api và baseUrl trên models.providers.{ $provider } để request đi tới endpoint của nhà cung cấp đó (hoặc xóa mục tùy chỉnh và dùng một model trong danh mục).
step-set-context-window = Đặt contextWindow thật của model trong models.providers.{ $provider }.models (giá trị đang cấu hình thấp hơn mức tối thiểu).
step-choose-bigger-model = Hoặc chọn một model có context window lớn hơn.
step-pin-profile = Ghim hồ sơ trong cuộc trò chuyện OpenClaw bị lỗi.
step-order-first = Hoặc đưa hồ sơ lên đầu thứ tự xác thực của { $provider }.
step-set-default-model = Đặt model bạn thực sự dùng làm mặc định.
step-ssrf-allow-private = Chỉ dành cho server model cố ý chạy cục bộ hoặc riêng tư: cho phép địa chỉ riêng cho nhà cung cấp đó.
step-check-dns-proxy = Kiểm tra trên máy chủ gateway xem host của nhà cung cấp phân giải ra địa chỉ nào (proxy ở chế độ fake-IP sẽ cho 198.18.x.x).
step-compact = Compact cuộc trò chuyện bị lỗi.
step-login-if-repeats = Chỉ khi vẫn tiếp tục lỗi: đăng nhập lại { $provider }.
step-raise-timeout = Tăng giới hạn tổng cho mỗi lượt (giây) cho việc dài.
step-doctor-bind-env = Để doctor gắn key trong biến môi trường với nhà cung cấp.
step-env-ref = Hoặc tham chiếu biến đó trong apiKey của nhà cung cấp.
step-store-right-type = Lưu lại thông tin bí mật bằng lệnh dành cho đúng loại.
step-update-fixed = Cập nhật OpenClaw: các bản phát hành sau đã sửa lỗi này.
ask-logs-one-turn = Các dòng log của một lượt bị lỗi cho thấy lỗi mà OpenClaw nhận được.
reply-candidates = Trông giống “{ $first }” hoặc “{ $second }”; lệnh bên dưới giúp phân biệt hai trường hợp.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = Một màn hình trạng thái báo có vấn đề, nhưng bạn nói chính các lần chạy vẫn hoạt động: cảnh báo này là về cách trạng thái đọc thiết lập, không phải về các request. Không cần sửa gì cho các lần chạy.
not_model_auth-session-lock-summary = File phiên đang bị một tiến trình khác khóa (thường là gateway thứ hai hoặc một lần chạy bị treo), nên model nào cũng lỗi giống nhau. Đây không phải thông tin xác thực của model: hãy đảm bảo chỉ có một gateway đang chạy, rồi khởi động lại nó.
not_model_auth-plugin-registry-summary = Registry plugin đã từ chối lượt tải (giới hạn tốc độ hoặc lỗi), không phải nhà cung cấp model. Hãy thử cài lại sau; thiết lập model của bạn không liên quan.
step-retry-plugin-later = Kiểm tra những gì đã cài, rồi chạy lại việc cài đặt sau vài phút.
version_regression-live-switch-summary = Phiên đánh dấu lệnh chuyển /model là đang chờ nhưng không bao giờ áp dụng, nên câu trả lời vẫn đến từ model cũ. Các bản phát hành sau đã sửa lỗi này.
step-check-switch = Sau khi cập nhật, chuyển lại và kiểm tra phiên thực sự dùng model mới.
model_not_allowed-picker-summary = Lệnh chuyển bị từ chối dưới dạng { $model }: các bộ chọn cũ của Control UI đặt nhà cung cấp của phiên trước model của một nhà cung cấp khác. Hãy tự chọn ref đầy đủ, hoặc cập nhật.
step-pick-full-ref = Chọn model bằng ref provider/model đầy đủ trong cuộc trò chuyện OpenClaw bị lỗi.
step-set-suggested-model = Dùng model mà thông báo của OpenClaw gợi ý cho lần đăng nhập của bạn.
step-onboard-codex = Thêm đăng nhập Codex qua onboarding (các bản build cũ không có plugin nhà cung cấp cho nó).
step-enable-plugin = Bật plugin của nhà cung cấp, rồi khởi động lại gateway và đăng nhập lại.
step-order-read = Đọc thứ tự xác thực đang có hiệu lực cho nhà cung cấp đó.
session_pin_stale-order-summary = Phiên giữ ghi đè hồ sơ riêng của nó, nên bỏ qua thứ tự xác thực đặt { $profile } lên đầu. Hãy ghim hồ sơ trong cuộc trò chuyện OpenClaw bị lỗi, hoặc bắt đầu phiên mới.
auth_order_not_applied-running-summary = Gateway đang chạy giữ bản sao thứ tự xác thực của riêng nó và ghi đè trở lại, nên thay đổi của bạn bị hoàn tác. Hãy dừng gateway, đặt thứ tự, rồi khởi động nó.
step-stop-gateway-first = Dừng gateway trước để nó không ghi lại thứ tự cũ.
step-order-again = Đặt lại thứ tự trong khi gateway đang dừng.
fallback_not_triggered-not-tried-summary = Lỗi đã kết thúc lượt mà không chuyển sang các model fallback của bạn, dù loại lỗi này lẽ ra phải chuyển. Hãy kiểm tra fallback thực sự có hiệu lực, và cập nhật: nhiều bản phát hành đã sửa fallback cho loại lỗi này.
fallbacks_stripped-effective-summary = Quyết định failover cho biết model bị lỗi không có fallback nào được cấu hình, dù bạn đã đặt fallback: config hiệu lực của agent hoặc model đó không có cái nào.
step-watch-one-turn = Theo dõi log trong khi gửi một tin nhắn, để thấy lỗi của lượt đó.
step-find-full-ref = Liệt kê các model đã cấu hình để xem ref provider/model đầy đủ cần chọn.
catalogue-unnamed-summary = Chính OpenClaw đã in ra thông báo này, và nó có nghĩa là nguyên nhân ở tiêu đề. Thông báo không nói về nhà cung cấp, model hay hồ sơ nào, nên bước đầu tiên sẽ cho thấy điều đó.
session_pin_stale-foreign-summary = Cuộc trò chuyện được ghim vào { $profile }, một hồ sơ của nhà cung cấp khác, trong khi nó chạy model của { $provider }. Hãy chọn lại model mà không kèm hồ sơ để bỏ ghim.
unknown_model-unregistered-summary = { $model } được cho phép trong config nhưng chưa được đăng ký dưới models.providers.{ $provider }.models, nên OpenClaw không tìm thấy nó. Hãy đăng ký nó, và cho nhà cung cấp tùy chỉnh api và baseUrl của riêng nó.
step-register-model = Đăng ký model dưới nhà cung cấp của nó.
auth_profile_provider_mismatch-app-server-summary = Runtime Codex được giao { $profile }, vốn không phải là một đăng nhập ChatGPT/Codex mà nó chấp nhận. Hãy đăng nhập lại ChatGPT/Codex để nó có hồ sơ phù hợp, và cập nhật: lỗi di chuyển dữ liệu đã tạo ra hồ sơ này được sửa sau đó.
unknown-provider = nhà cung cấp đó
unknown-model = model đó
unknown-profile = hồ sơ đó
unknown-agent = agent đó
unknown-env = biến chứa khóa
unknown-working = một hồ sơ khác
ask-doctor = doctor liệt kê những gì nó sẽ sửa sau khi cập nhật (kho lưu trữ, id, định tuyến) mà không thay đổi gì.

## Ảnh chụp màn hình (issue 15): ảnh không đọc được. Trường hợp ảnh quá lớn dùng error-too-large.
error-image-unreadable = Không đọc được { $path } dưới dạng ảnh chụp màn hình PNG, JPEG hoặc WebP. Thay vào đó, hãy dán văn bản từ terminal của bạn.
error-image-pixels = { $path } có kích thước { $width }×{ $height } pixel; chỉ đọc ảnh chụp màn hình tối đa { $limit } pixel. Hãy cắt ảnh lại vừa cửa sổ terminal, hoặc dán văn bản.
error-image-timeout = Đọc ảnh chụp màn hình { $path } mất quá nhiều thời gian. Thay vào đó, hãy dán văn bản từ terminal của bạn.
error-image-unavailable = Hiện không thể đọc ảnh chụp màn hình ở đây. Thay vào đó, hãy dán văn bản từ terminal của bạn.
error-image-no-text = Không tìm thấy văn bản terminal nào trong { $path }. Thay vào đó, hãy dán văn bản từ terminal của bạn.
