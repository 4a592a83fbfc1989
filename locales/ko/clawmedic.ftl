# clawmedic — 한국어.
# 명령어, ID, 프로필 이름, 모델 참조는 이 메시지에 직접 들어가지 않습니다.
# 변수($provider, $profile, $model, …)로 전달되거나 레이아웃이 코드 스팬으로 출력합니다.

## Reply layout

reply-title = clawmedic 진단
reply-version-seen = OpenClaw { $version } (붙여넣은 내용에서 읽음).
reply-version-flag = OpenClaw { $version } (지정한 값).
reply-version-unknown = OpenClaw 버전을 알 수 없어요. 따로 표시하지 않은 단계는 모든 릴리스에서 쓸 수 있어요.
reply-version-floor = OpenClaw 버전이 적혀 있지 않아요. 붙여넣은 내용(인증 저장소 경로와 ID)으로 보면 { $version } 이상인 것 같아요.
reply-top-finding = 가장 유력한 원인: { $title }
reply-next-finding = 그래도 안 되면: { $title }
reply-evidence = 근거
reply-evidence-line = 메시지 { $message }, { $line }번째 줄
reply-ruled-out = 배제된 원인
reply-steps = 다음 단계
reply-asks =
    { $count ->
        [1] 이 명령어를 실행하고 출력을 붙여넣어 주세요
       *[other] 이 명령어들을 실행하고 각각의 출력을 붙여넣어 주세요
    }
reply-need-more-info = 이 스레드만으로는 아직 확실한 게 없어요. 아래 명령어를 실행하고 출력을 붙여넣어 주세요(키와 토큰은 가려 주세요).
reply-mask-reminder = 붙여넣기 전에 키와 토큰을 가려 주세요.
where-cli = 게이트웨이 호스트 셸
where-chat = 실패하는 OpenClaw 대화
where-config = 설정 파일
where-config-cli = 게이트웨이 호스트 셸(설정 파일을 바꿈)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
       *[other] 붙여넣은 내용에 시크릿(API 키 또는 토큰)이 { $count }개 들어 있었어요. 여기서는 다시 보여 주지 않아요. 지금 그 메시지를 삭제하고, 해당 프로바이더에서 시크릿을 교체(로테이션)하세요.
    }
mojibake-note = 붙여넣은 내용 중 일부 문자가 깨져 있어서, 읽기 전에 복구했어요.

## Notes

note-flag-too-new = 사용 중인 OpenClaw는 아직 { $flag } 옵션을 지원하지 않아요({ $since }에서 추가됨). 이 옵션 없이: `{ $command }`
note-flag-too-new-plain = 사용 중인 OpenClaw는 아직 { $flag } 옵션을 지원하지 않아요({ $since }에서 추가됨). 같은 명령을 이 옵션 없이 실행하세요.

## Cause titles

cause-oauth_expired = OAuth 로그인이 만료됨
cause-refresh_token_reused = 리프레시 토큰이 두 번 사용됨
cause-oauth_scope_missing = 로그인에 필요한 스코프가 없음
cause-missing_api_key = 이 프로바이더의 자격 증명이 없음
cause-invalid_api_key = API 키가 거부됨
cause-external_cli_credential_stale = 다른 CLI에서 복사한 자격 증명이 오래됨
cause-pinned_profile_missing_credential = 고정된 프로필에 자격 증명이 없음
cause-auth_provider_not_loaded = 로그인하려는 프로바이더가 로드되지 않음
cause-per_agent_auth_store = 자격 증명이 다른 에이전트의 인증 저장소에 있음
cause-auth_store_migration_required = 인증 저장소 마이그레이션이 필요함
cause-profile_excluded_by_auth_order = 인증 순서가 정상 프로필을 제외함
cause-auth_order_not_applied = 새 인증 순서가 적용되지 않음
cause-session_pin_stale = 실패하는 대화가 아직 예전 프로필을 사용 중
cause-wrong_provider_prefix = 모델 참조와 프로필의 프로바이더가 다름
cause-auth_profile_provider_mismatch = 프로필이 다른 프로바이더에 연결됨
cause-legacy_codex_ids = 이름이 바뀐 빌드에서 예전 openai-codex ID를 사용 중
cause-unknown_model = 프로바이더나 설정에 없는 모델
cause-model_not_allowed = 모델이 허용 목록에 없음
cause-rate_limit_cooldown = 프로바이더가 레이트 리밋 또는 쿨다운 상태
cause-billing_disabled = 계정 크레딧이 소진됨
cause-provider_unreachable = 프로바이더에 연결할 수 없음
cause-fallbacks_stripped = 실제 적용 설정에서 폴백이 빠짐
cause-ollama_fallback_dropped = Ollama 폴백이 응답할 수 없음
cause-fallback_not_triggered = 폴백을 시도하지 않고 턴이 실패함
cause-runtime_unavailable = Codex 런타임이 턴을 실행할 수 없음
cause-cloudflare_403 = ChatGPT 요청이 Cloudflare 챌린지에 걸림
cause-version_regression = 이 OpenClaw 빌드의 알려진 버그
cause-gateway_not_reloaded = 실행 중인 게이트웨이가 아직 예전 상태를 사용 중
cause-request_rejected = 프로바이더가 요청 자체를 거부함
cause-status_display_mismatch = 상태 화면은 경고하지만 실행은 정상
cause-not_model_auth = 모델 인증 문제가 아님
cause-all_ok = 모두 정상으로 보임
cause-need_more_info = 출력이 더 필요함

## Finding summaries

oauth_expired-summary = { $provider }에 저장된 로그인이 더 이상 액세스 토큰을 갱신하지 못해서, 이 로그인을 쓰는 모든 요청이 실패해요. 게이트웨이 호스트에서 다시 로그인한 다음 게이트웨이를 재시작하세요.
refresh_token_reused-summary = { $provider } 리프레시 토큰을 두 곳(게이트웨이 두 개, 에이전트별 복사본, 또는 가져온 CLI 토큰)에서 사용해서, 이제 프로바이더가 거부하고 있어요. 한 번만 다시 로그인하고, 게이트웨이는 하나만 두고, 새 프로필을 맨 앞에 두세요.
oauth_scope_missing-summary = { $provider } 토큰에 요청에 필요한 스코프가 없거나, 이 빌드에서 쓸 수 없을 수도 있는 스코프를 로그인할 때 요청했어요.
missing_api_key-summary = 턴을 실행한 에이전트에 { $provider } 자격 증명이 없어요. 그 에이전트에 자격 증명을 넣은 다음 게이트웨이를 재시작하세요.
invalid_api_key-summary = { $provider } API 키가 전송되고 있지만 거부돼요. 어떤 키가 우선 적용되는지 확인하고(저장된 프로필이 셸 환경 변수보다 우선해요) 그 키를 교체하세요.
external_cli_credential_stale-summary = OpenClaw가 다른 CLI에서 복사한 { $provider } 자격 증명을 쓰고 있는데, 그 복사본이 오래됐어요. 원본을 먼저 갱신한 다음 다시 로그인하세요.
pinned_profile_missing_credential-summary = 고정된 프로필 { $profile }에 쓸 수 있는 시크릿이 없어요. 지금 정상 동작하는 프로필을 고정하거나, { $profile }에 자격 증명을 넣어 주세요.
auth_provider_not_loaded-summary = 로드된 플러그인 중 프로바이더 { $provider }을(를) 등록하는 것이 없어서 로그인을 시작할 수 없어요.
per_agent_auth_store-summary = 에이전트 { $agent }은(는) 자체 인증 저장소를 읽는데, 그 인증 저장소에 { $provider } 자격 증명이 없어요. 로그인한 내용은 다른 에이전트로 들어갔어요. { $agent }용으로 로그인하세요.
auth_store_migration_required-summary = 이 빌드는 자격 증명을 새 저장소 형식으로 보관하고, doctor가 마이그레이션하기 전까지 예전 형식은 무시해요. 게이트웨이를 멈추고 doctor를 실행한 뒤, 프로필이 돌아왔는지 확인하고 다시 시작하세요.
profile_excluded_by_auth_order-summary = 쓸 수 있는 { $provider } 프로필이 모두 인증 순서에서 제외돼서 아무것도 시도되지 않아요. 순서를 비우거나 실제로 있는 프로필로 설정하세요.
auth_order_not_applied-summary = 순서 변경이 에이전트가 읽는 인증 저장소에 반영되지 않아서, 예전 순서가 그대로 적용되고 있어요.
session_pin_stale-summary = 실패하는 대화는 만료됐거나 없는 { $profile }에 고정돼 있고, { $working }은(는) 정상 동작해요. 그 대화를 정상 동작하는 프로필로 다시 고정하세요.
session_pin_stale-override-summary = 실패하는 대화에는 자체 프로필 오버라이드({ $profile })가 있어서, CLI에서 바꾼 내용이 적용되지 않아요. 그 대화에서 다시 고정하세요.
session_pin_stale-cli-healthy-summary = CLI 프로브에서는 { $working }이(가) 정상인데, 대화는 예전 프로필을 계속 써서 여전히 실패해요. 실패하는 대화에서 정상 프로필을 고정하세요. 예전 프로필이 순서에서 제외된 건 의도된 것이니 순서는 비우지 마세요.
wrong_provider_prefix-summary = 고정할 때는 모델 참조의 프로바이더가 프로필의 프로바이더와 같아야 해요. { $profile }은(는) { $provider } 소속이므로, 이 릴리스에서는 모델 참조가 그 프로바이더로 시작해야 해요.
wrong_provider_prefix-default-summary = 이 릴리스에서는 Codex OAuth 로그인만 있으면 openai/… 모델에 쓸 자격 증명이 없어요. 기본 모델은 openai-codex 프로바이더를 써야 해요.
auth_profile_provider_mismatch-summary = { $profile }은(는) 다른 프로바이더 소속이라 { $provider }의 순서에 넣을 수 없어요. 각 프로바이더의 순서에는 그 프로바이더의 프로필만 두고, 두 번째 프로바이더는 모델 폴백으로 쓰세요.
legacy_codex_ids-summary = 설정이나 프로필이 아직 예전 openai-codex ID를 쓰고 있는데, 이 릴리스에서는 이름이 바뀌었거나 거부돼요. doctor로 마이그레이션하세요.
unknown_model-summary = { $model }은(는) 프로바이더 카탈로그에도, 설정에도 없어요. 프로바이더가 제공하는 목록에 있는 모델 ID를 고르세요.
model_not_allowed-summary = { $model }이(가) 에이전트의 모델 허용 목록에 없어요. 추가한 다음 다시 선택하세요.
rate_limit_cooldown-summary = { $provider }이(가) 레이트 리밋이나 사용량 한도 오류 뒤에 쿨다운 중이에요. 다시 로그인해도 소용없어요. 기다리거나, 다른 프로필이나 폴백을 추가하세요.
billing_disabled-summary = 결제나 할당량 문제로 프로바이더가 거부했고, 프로필이 몇 시간 동안 비활성화됐어요. 프로바이더에서 크레딧을 충전하거나, 그동안 다른 프로바이더로 바꾸세요.
provider_unreachable-summary = { $provider }에서 쓸 만한 응답이 오지 않았어요(타임아웃, 네트워크, TLS 또는 서버 오류). 게이트웨이 호스트에서 연결이 되는지 확인하세요.
fallbacks_stripped-summary = 에이전트 { $agent }이(가) 모델을 단순 문자열로 지정해서 기본 폴백이 전부 사라졌어요. fallbacks 목록이 있는 객체 형식을 쓰세요.
ollama_fallback_dropped-summary = Ollama 폴백에 프로바이더 항목도, 플레이스홀더 키도 없어서 체인이 거기에 도달하자마자 실패해요.
fallback_not_triggered-summary = 폴백을 시도하지 않은 채 실패로 턴이 끝났어요. 이 빌드에는 그 부분에 루프 또는 사용량 한도 관련 버그가 있어요.
fallback_not_triggered-selected-summary = 실패하는 대화에서는 { $model }을(를) 직접 선택했어요. 직접 고른 모델은 그대로 쓰이고 다른 모델로 넘어가지 않아요. 기본 모델로 돌아가세요.
runtime_unavailable-summary = Codex 런타임(app-server 또는 플러그인)이 턴을 실행할 수 없어요. 외부의 오래된 codex 플러그인이 코어보다 예전 버전인 경우가 많아요.
cloudflare_403-summary = ChatGPT/Codex 요청이 Cloudflare 챌린지 페이지를 받고 있는데, 이 빌드는 이를 DNS 오류나 레이트 리밋으로 보고해요.
version_regression-summary = 이 빌드에는 새로 한 Codex 로그인이 프로브는 통과하지만 런타임 갱신에서 실패하는 알려진 버그가 있어요.
version_regression-known-summary = OpenClaw { $version }에는 정확히 이 증상의 알려진 버그가 있고, { $fixed }에서 수정됐어요. 새 버전으로 업데이트하세요(스토리지 마이그레이션을 넘어 다운그레이드하지는 마세요).
gateway_not_reloaded-summary = CLI에서는 { $provider } 자격 증명이 보이지만, 실행 중인 게이트웨이를 재시작하지 않아서 아직 예전 상태를 쓰고 있어요.
request_rejected-summary = 프로바이더가 거부한 건 자격 증명이 아니라 요청 본문(스키마나 컨텍스트 크기)이에요. 새 세션을 시작하세요. 다시 로그인할 필요는 없어요.
status_display_mismatch-summary = 상태 화면에는 { $profile }이(가) 만료로 표시되지만 실행은 잘 되고 있어요. 고장 난 건 없어요. 경고를 없애고 싶을 때만 갱신하세요.
not_model_auth-summary = 이건 게이트웨이나 기기 인증 문제이지, 모델 자격 증명 문제가 아니에요. models auth 명령어로는 바뀌지 않아요.
not_model_auth-channel-summary = 이건 채팅 채널 토큰(봇 계정) 문제이지, 모델 자격 증명 문제가 아니에요. models auth 명령어로는 바뀌지 않아요.
all_ok-summary = 프로브한 프로필이 모두 응답하고, 붙여넣은 내용에도 실패가 보이지 않아요. 그래도 채팅이 실패하면 그 오류와 해당 대화의 /model status를 붙여넣어 주세요.

## Step notes

step-login = 게이트웨이 호스트에서 { $provider }에 다시 로그인하세요(브라우저가 열리거나 코드가 출력돼요).
step-restart = 실행 중인 프로세스가 인증을 다시 불러오도록 게이트웨이를 재시작하세요.
step-verify = 라이브 프로브로 자격 증명이 작동하는지 확인하세요.
step-upgrade = OpenClaw를 최신 릴리스로 업데이트하세요.
step-doctor-fix = doctor로 설정과 프로필을 마이그레이션하세요.
step-claude-setup-token = 새 Claude 설정 토큰(setup token)을 만든 다음 OpenClaw에 저장하세요.
step-one-gateway = 이 상태 디렉터리에 대해 게이트웨이가 하나만 실행 중인지 확인하세요.
step-order-new-id = 새로 만든 프로필을 맨 앞에 두세요(ID는 로그인 출력에서 복사하세요).
step-drop-baseurl = ChatGPT 토큰이 전송되지 않도록 Platform API baseUrl을 제거하세요.
step-local-placeholder-key = 로컬 프로바이더에는 플레이스홀더 키만 있으면 돼요.
step-configure-key = { $provider } 키를 대화형으로 입력하세요(키를 채팅에 붙여넣지 마세요).
step-env-file = 또는 게이트웨이의 env 파일에 키를 넣으세요. 서비스는 셸 export를 무시해요.
step-read-effective = 프로바이더의 effective= 출처를 확인하세요. 그게 실제로 전송되는 키예요.
step-refresh-external-cli = 먼저 다른 CLI 자체의 로그인을 갱신하세요.
step-pin-working = 실패하는 대화에서 정상 프로필 { $profile }을(를) 고정한 다음, 평소처럼 테스트 메시지를 보내 보세요.
step-login-renamed-codex = 이 릴리스에서는 ChatGPT/Codex OAuth가 openai 프로바이더로 로그인해요.
step-check-profiles-back = 프로필이 다시 목록에 나오는지 확인하세요. 목록이 비어 있으면 다시 로그인하세요.
step-order-clear = 에이전트별 순서 오버라이드를 제거하세요.
step-order-set-alternative = 또는 실제로 있는 프로필로 순서를 설정하세요.
step-release-lock = 인증 저장소 잠금이 풀리도록 게이트웨이를 멈추세요.
step-pin = 실패하는 대화에서 { $profile }을(를) 고정한 다음, 평소처럼 테스트 메시지를 보내 보세요.
step-cross-provider-fallback = 다른 프로바이더를 백업으로 쓰려면 대신 모델 폴백을 추가하세요.
step-new-drops-auto = 자동으로 생긴 오버라이드는 새 세션에서 사라져요.
step-find-current-id = 프로필의 현재 ID를 확인하세요(새로 로그인하면서 새 ID가 생겼을 수 있어요).
step-pin-current-id = 그다음 실패하는 대화에서 그 ID를 고정하세요.
step-undo-5-5-rewrite = 기본 모델에 적용된 5.5 재작성을 되돌리세요.
step-set-unified-ref = 또는 현재 모델 참조를 직접 설정하세요.
step-ollama-model-entry = ollama 프로바이더의 모델 목록에 그 모델을 추가하세요.
step-list-models = 이 프로바이더가 제공하는 모델 ID를 나열하세요.
step-set-listed-model = 그 목록에 있는 ID를 기본값으로 설정하세요.
step-allow-model = 모델을 허용 목록에 추가하세요(오류에 출력된 명령어를 쓰세요).
step-see-cooldowns = 어떤 프로필이 얼마나 오래 쿨다운 중인지 확인하세요(Unavailable auth profiles).
step-add-fallback = 그동안에도 턴이 돌아가도록 다른 프로바이더의 폴백을 추가하세요.
step-after-top-up = 충전한 뒤 저장된 비활성화 상태를 지우세요.
step-object-form-model = 에이전트의 모델을 폴백을 포함한 객체 형식으로 작성하세요.
step-check-fallbacks = 이제 Fallbacks (N)에 그 항목들이 나오는지 확인하세요.
step-reset-selection = 실패하는 대화를 기본 모델로 되돌리세요.
step-inspect-codex-plugin = codex 플러그인의 런타임 버전을 코어와 비교하세요.
step-find-stale-plugin = 오래된 외부 codex 플러그인 복사본을 업데이트하거나 제거하세요.
step-step-back-same-era = 또는 같은 스토리지 형식을 쓰는 마지막 정상 릴리스로 되돌리세요.
step-codex-backend-url = 이 릴리스를 계속 쓴다면: Codex 요청을 ChatGPT 백엔드로 보내세요.
step-new-session = 실패하는 대화에서 새 세션을 시작하세요.
step-check-api = 표시된 api:가 모델에 맞는지 확인하세요.
step-clear-display = 경고를 없애려는 경우에만: Claude CLI 로그인을 갱신하고 다시 연결하세요.
step-channel-status = 어떤 채널이 시작에 실패하는지 확인하세요.
step-channel-token = 그 채널의 새 봇 토큰을 입력하세요.

## Asks

ask-version = 다음 단계는 OpenClaw 릴리스에 따라 달라요.
ask-model-status-if-chat-fails = 채팅이 계속 실패할 때만: 그 대화에서 실행하세요.
ask-models-status = 기본 모델, 폴백, 프로바이더별 실제 적용 자격 증명, 쿨다운을 보여 줘요.
ask-probe = 모든 프로필을 실시간으로 테스트해서 어떤 프로필이 왜 실패하는지 보여 줘요.
ask-order = 순서가 어떤 프로필을 통과시키는지 보여 줘요.
ask-model-status = 실패하는 대화에서 실행하세요. 그 대화가 쓰는 프로필을 보여 줘요.
ask-auth-list = 고정할 때 쓸 정확한 프로필 ID를 보여 줘요.
ask-decision-lines = 실패한 턴 하나의 [model-fallback/decision] 줄을 복사하세요.

## Errors (command line and bots)

error-file-missing = { $path }을(를) 읽을 수 없어요: 파일이 없어요.
error-file-unreadable = { $path }을(를) 읽을 수 없어요: { $reason }
error-binary = { $path }은(는) 붙여넣은 텍스트가 아니라 바이너리 데이터로 보여요.
error-too-large = { $path }이(가) { $limit }바이트보다 커요. 관련된 출력만 붙여넣어 주세요.
error-unknown-lang = 알 수 없는 언어예요: { $lang }. 다음 중 하나를 쓰세요: { $list }
error-bad-version = OpenClaw 버전 { $version }을(를) 읽을 수 없어요. 2026.6.9 형식으로 입력하세요.

## Discord and web front doors

cmd-diagnose-description = 붙여넣은 OpenClaw 출력을 진단하고 다음 단계를 알려 줘요
opt-paste-description = 진단할 출력(비워 두면 긴 출력용 입력 창이 열려요)
opt-file-description = 출력이 담긴 .txt, .log, .json 파일 또는 출력의 스크린샷
opt-version-description = 사용 중인 OpenClaw 버전(예: 2026.6.9)
opt-language-description = 답변 언어
cmd-model-description = /model status 출력을 설명하거나 올바른 /model 고정 명령을 만들어 줘요
cmd-model-status-description = 붙여넣은 /model status 또는 models status 출력을 설명해 줘요
cmd-model-pin-description = 프로필을 고정하는 /model 명령을 만들어 줘요
opt-profile-description = 인증 프로필 ID(예: openai:work)
opt-model-description = 모델(예: openai/gpt-5.5)
ctx-diagnose-name = 진단하기
modal-title = OpenClaw 출력 붙여넣기
modal-field-label = 출력(키와 토큰은 가려 주세요)
button-worked = 해결됐어요
button-still-failing = 아직 안 돼요
button-show-in = { $language }로 보기
reply-thanks = 확인해 주셔서 고마워요. 해결돼서 다행이에요.
reply-still-failing = 죄송해요. 다음 출력을 여기에 붙여넣어 주시면 이전 메시지와 함께 읽어 볼게요.
pin-explain = 프로필 { $profile }은(는) { $provider } 소속이라, 이 릴리스에서는 모델 참조가 { $provider }/로 시작해야 해요.
pin-explain-renamed = 이 릴리스에서는 ChatGPT/Codex 프로필 이름이 openai:… 형식이에요. { $profile }이(가) 생기도록 먼저 doctor를 실행하세요.
error-no-input = 진단할 내용이 없어요. 출력을 붙여넣거나 파일을 첨부하세요.
error-attachment-type = .txt, .log, .json 파일과 PNG, JPEG, WebP 스크린샷만 읽을 수 있어요.
error-internal = 저희 쪽에서 문제가 생겨 답변을 만들지 못했어요. 다시 시도해 주세요.
error-rate-limited = 지금 요청이 너무 많아요. { $seconds }초 뒤에 다시 시도해 주세요.
web-title = clawmedic — OpenClaw 출력 진단
web-paste-label = 여기에 OpenClaw 출력을 붙여넣으세요(표시하기 전에 키와 토큰은 가려져요)
web-submit = 진단하기
web-copy = 복사
web-copied = 복사됨
cmd-watch-description = 이 채널에 붙여넣은 OpenClaw 출력의 자동 진단을 켜거나 꺼요
opt-watch-mode-description = on: 여기 붙여넣은 OpenClaw 출력에 답변; off: 중지
watch-on = { $channel } 채널을 지켜보고 있어요. OpenClaw 출력이 담긴 메시지를 진단하고, 답변은 스레드마다 { $seconds }초에 최대 한 번이에요.
watch-off = 이제 { $channel } 채널을 지켜보지 않아요.
watch-unavailable = 이 봇의 설정에서 감시 모드가 꺼져 있어요.
error-permission = 이 설정을 바꾸려면 '서버 관리하기'(Manage Server) 권한이 필요해요.
error-guild-only = 이 명령어는 서버 채널에서만 쓸 수 있어요.
error-store = 지금은 설정을 저장하지 못했어요. 1분 뒤에 다시 시도해 주세요.
error-no-memory = 이 진단은 더 이상 기억하고 있지 않아요(만료됐거나 진단 기록 저장소에 연결할 수 없어요). 출력과 함께 명령어를 다시 실행하세요.
error-download = 첨부 파일 { $path }을(를) 내려받지 못했어요. 대신 그 내용을 붙여넣어 주세요.
error-bad-profile = { $profile }은(는) 인증 프로필 ID가 아니에요. ID는 provider:name 형식이에요(예: openai:work).
pin-title = 내 OpenClaw 대화용 /model 고정 명령
pin-model-placeholder = <model>을 { $provider }이(가) 제공하는 모델로 바꾸세요. 그 대화에서 /models { $provider }을(를) 실행하면 목록이 나와요.
status-title = /model status 설명
status-current = 실행한 대화는 { $model }을(를) 쓰고 있어요.
status-current-selected = 실행한 대화는 직접 고른 { $model }을(를) 쓰고 있어요. 직접 고른 모델은 다른 모델로 폴백하지 않아요.
status-default = 기본 모델로 { $model }이(가) 설정돼 있어요.
status-active = { $provider }에 보내는 다음 요청은 프로필 { $profile }을(를) 써요.
status-auth-ok = { $profile }: 로그인됨, { $remaining } 동안 유효해요.
status-auth-ok-plain = { $profile }: 로그인됨.
status-auth-expiring = { $profile }: { $remaining } 후 만료돼요. 곧 로그인을 갱신하세요.
status-auth-expired = { $profile }: 로그인이 만료됐어요.
status-auth-missing = { $profile }: 저장된 자격 증명이 없어요.
status-auth-cooldown = { $profile }: 오류 후 쿨다운 중({ $remaining } 남음).
status-auth-disabled = { $profile }: 비활성화됨({ $reason }).
status-not-recognized = 이건 /model status나 models status 출력이 아니에요. 실패하는 대화에서 /model status를 실행하거나, 게이트웨이 호스트에서 openclaw models status를 실행한 뒤 출력 전체를 붙여넣어 주세요.
web-language-auto = 붙여넣은 내용과 같게(자동 감지)
web-privacy = 붙여넣은 내용은 저장하거나 기록하지 않아요. 진단 결과만 보여 줘요.
web-image-label = 또는 터미널 스크린샷(PNG, JPEG, WebP): 여기서 선택하거나, 위 입력란에 끌어다 놓거나 붙여넣으세요
step-unusable-name = 붙여넣은 내용의 이름에 OpenClaw 이름에는 없는 문자가 있어서 이 명령어에 복사하지 않았어요. `{ $placeholder }` 자리에 OpenClaw 출력에 나온 정확한 이름을 넣으세요.
step-uncertain-read = 스크린샷에서 `{ $read }`(으)로 읽었지만 모든 글자가 정확하다고 확신할 수 없어 이 명령에 넣지 않았습니다. `{ $placeholder }` 자리에 터미널의 정확한 id를 (텍스트로) 복사해 넣으세요.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = 입력한 버전 ‘{ $given }’은(는) 이 빌드가 아는 OpenClaw 릴리스가 아니어서 사용하지 않았어요. 게이트웨이 호스트에서 `openclaw --version`을 실행하면 정확한 버전이 나와요.
note-version-conflict = OpenClaw { $given }을(를) 입력했지만 붙여넣은 내용에는 { $pasted }(으)로 나와요. 이 답변은 입력한 버전인 { $given }을(를) 사용해요.
error-file-is-dir = { $path }은(는) 파일이 아니라 폴더예요. 출력이 들어 있는 파일을 지정하세요.
error-file-permission = { $path }을(를) 읽을 수 없어요: 이 파일을 읽을 권한이 없어요.
error-malformed-json = 요청 본문이 이 API가 읽는 JSON이 아니에요. `paste`(텍스트)나 `messages`(텍스트 목록)가 있는 객체를 보내세요.
error-bad-thread = 스레드 ID는 A-Z, a-z, 0-9, _, - 로 된 16~128자여야 해요. 무작위 ID를 쓰세요.
error-too-many-messages = 요청 한 번에 메시지는 최대 { $limit }개예요. 나머지는 두 번째 요청으로 보내세요.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = 로그인에 필요한 터미널이 없었음
cause-oauth_profile_not_attached = ChatGPT/Codex 로그인이 요청에 붙지 않음
cause-agent_model_override = 에이전트 자체 모델이 기본 모델보다 우선함
cause-models_json_rejected = 프로바이더 항목 하나 때문에 OpenClaw가 모델 설정 전체를 거부함
cause-custom_model_misrouted = 사용자 지정 모델이 다른 프로바이더의 엔드포인트로 전송됨
cause-auth_profile_wrong_type = 시크릿이 잘못된 종류의 자격 증명으로 저장됨
cause-context_window_too_small = 모델의 컨텍스트 윈도가 OpenClaw 최솟값보다 작음
cause-profile_param_ignored = params.authProfileId로는 계정이 선택되지 않음
cause-default_model_not_set = 기본 제공 모델이 아직 쓰이고 있음
cause-ssrf_blocked = OpenClaw의 사설 네트워크 보호 기능이 프로바이더 주소를 차단함
cause-context_overflow = 대화가 더 이상 모델 컨텍스트에 들어가지 않음
cause-oauth_refresh_transient = 만료 이유 없이 로그인 갱신이 한 번 실패함
cause-env_key_not_bound = 키가 환경 변수에 있지만 프로바이더에 연결되지 않음
cause-turn_timeout = 턴이 시간 제한을 넘김
cause-directive_syntax = /model 명령을 OpenClaw가 받지 않는 형식으로 입력함
login_requires_tty-summary = 로그인이 대화형 터미널 없이(스크립트, 파이프, 또는 -t 없는 docker exec) 실행돼서, 아무것도 묻기 전에 멈췄어요. 대신 시크릿을 파이프로 paste 명령에 넘기거나, 실제 터미널에서 로그인하세요.
oauth_profile_not_attached-summary = ChatGPT/Codex OAuth 프로필이 있는데도 요청이 자격 증명 없이 OpenAI Platform API로 가고 있어요. 이 턴은 Codex 런타임을 거치지 않아요. 교체할 키는 없어요.
agent_model_override-summary = 에이전트 { $agent }에 자체 모델({ $model })이 있어서, 바꾼 기본 모델보다 우선해요. 에이전트의 모델을 수정하거나 지우세요.
agent_model_override-summary-plain = 어떤 에이전트에 자체 모델이 있어서, 바꾼 기본 모델보다 우선해요. 그 에이전트의 모델을 수정하거나 지우세요.
models_json_rejected-summary = { $provider } 항목이 잘못돼서 OpenClaw가 직접 만든 모델 목록을 거부했어요. 거부된 동안에는 다른 프로바이더의 모델도 알 수 없거나 허용되지 않은 것처럼 보여요.
custom_model_misrouted-summary = { $provider }의 사용자 지정 모델 항목에 자체 api와 baseUrl이 없어서, 요청이 다른 프로바이더의 엔드포인트로 가고 그쪽에서 키를 거부해요. 키 자체는 문제없어요.
auth_profile_wrong_type-summary = { $provider } 시크릿은 유효하지만 그 프로바이더에 맞지 않는 종류의 자격 증명으로 저장돼 있어서, OpenClaw가 잘못된 방식으로 보내요. 종류에 맞는 명령으로 다시 저장하세요.
context_window_too_small-summary = { $model }의 컨텍스트 윈도가 { $ctx } 토큰으로 설정돼 있어 OpenClaw 최솟값인 { $min }보다 작기 때문에, OpenClaw가 이 모델을 쓰지 않아요. 보통 설정값은 복사해 온 기본값이지 모델의 실제 윈도가 아니에요.
context_window_too_small-summary-plain = 모델의 컨텍스트 윈도가 OpenClaw 최솟값보다 작게 설정돼 있어서, OpenClaw가 이 모델을 쓰지 않아요. 보통 설정값은 복사해 온 기본값이지 모델의 실제 윈도가 아니에요.
profile_param_ignored-summary = 모델 항목의 params.authProfileId로는 계정이 선택되지 않아요. OpenClaw는 여전히 인증 순서의 첫 번째 프로필을 써요. 대화에서 프로필을 고정하거나, 순서에서 맨 앞에 두세요.
default_model_not_set-summary = OpenClaw가 아직 설정한 적 없는 기본 제공 모델({ $provider })을 쓰고 있어요. 고른 모델을 기본 모델로 설정하세요. { $provider } 키는 필요 없어요.
ssrf_blocked-summary = 프로바이더 주소가 사설 또는 특수 용도 IP로 풀려서 OpenClaw가 연결을 거부했어요(fake-IP 프록시나 split DNS 때문에 생겨요). DNS나 프록시 모드를 고치거나, 일부러 로컬로 둔 서버라면 사설 주소를 허용하세요.
context_overflow-summary = 대화가 모델의 컨텍스트 윈도보다 커요. 대화를 압축(compact)하거나 새 세션을 시작하세요. 컨텍스트가 더 큰 모델도 도움이 돼요.
oauth_refresh_transient-summary = { $provider } 로그인 갱신이 만료됐다는 말 없이 한 번 실패했어요(잠깐의 네트워크 문제나 바쁜 토큰 엔드포인트). 먼저 다시 시도하고, 계속 반복될 때만 다시 로그인하세요.
env_key_not_bound-summary = { $env }가 게이트웨이 환경에 설정돼 있지만, 이 빌드는 프로바이더 설정이 참조할 때만 그 값을 써요. doctor로 연결하거나, models.providers.{ $provider }.apiKey에서 참조하세요.
turn_timeout-summary = 턴이 전체 시간 제한을 넘겨서 중단됐어요. 프로바이더 자체는 응답했어요. 긴 작업이라면 제한을 늘리거나 하위 에이전트를 쓰세요.
directive_syntax-summary = /model 명령에는 프로필 앞에 모델이 있어야 해요: /model provider/model@profile.
step-paste-api-key-stdin = 키를 파이프로 paste 명령에 넘기세요(터미널 필요 없음). 먼저 KEY를 설정하세요. 화면에 표시되지 않아요.
step-paste-token-stdin = 토큰이나 설정 토큰(setup token)이라면 대신 파이프로 paste-token에 넘기세요.
step-docker-tty = 또는 컨테이너 안의 대화형 터미널에서 로그인하세요.
step-codex-runtime-inspect = Codex 런타임 플러그인이 로드돼 있고 최신인지 확인하세요.
step-edit-agent-model = 기본 모델이 적용되도록 설정 파일에서 에이전트 자체 모델(agents.list → model)을 수정하거나 지우세요.
step-check-agent-model = 그 에이전트가 실제로 어떤 모델을 쓰는지 확인하세요.
step-fix-provider-entry = models.providers.{ $provider }에 apiKey(환경 변수 참조, 또는 로컬 서버라면 아무 플레이스홀더)를 넣거나, 사용자 지정 모델 목록을 지우세요.
step-list-models-after-fix = 게이트웨이가 모델 목록을 다시 만든 뒤 모델 목록을 다시 확인하세요.
step-set-api-baseurl = 요청이 그 프로바이더의 엔드포인트로 가도록 models.providers.{ $provider }에 api와 baseUrl을 설정하세요(또는 사용자 지정 항목을 지우고 카탈로그의 모델을 쓰세요).
step-set-context-window = models.providers.{ $provider }.models에 모델의 실제 contextWindow를 설정하세요(설정값이 최솟값보다 작아요).
step-choose-bigger-model = 또는 컨텍스트 윈도가 더 큰 모델을 고르세요.
step-pin-profile = 실패하는 OpenClaw 대화에서 프로필을 고정하세요.
step-order-first = 또는 { $provider }의 인증 순서에서 그 프로필을 맨 앞에 두세요.
step-set-default-model = 실제로 쓰는 모델을 기본 모델로 설정하세요.
step-ssrf-allow-private = 일부러 로컬이나 사설로 둔 모델 서버일 때만: 그 프로바이더에 사설 주소를 허용하세요.
step-check-dns-proxy = 게이트웨이 호스트에서 프로바이더 호스트가 어떤 주소로 풀리는지 확인하세요(fake-IP 모드 프록시는 198.18.x.x를 줘요).
step-compact = 실패하는 대화를 압축(compact)하세요.
step-login-if-repeats = 계속 실패할 때만: { $provider }에 다시 로그인하세요.
step-raise-timeout = 긴 작업을 위해 턴 전체 제한(초)을 늘리세요.
step-doctor-bind-env = doctor로 환경 변수의 키를 프로바이더에 연결하세요.
step-env-ref = 또는 프로바이더의 apiKey에서 그 변수를 참조하세요.
step-store-right-type = 종류에 맞는 명령으로 시크릿을 다시 저장하세요.
step-update-fixed = OpenClaw를 업데이트하세요. 이후 릴리스에서 고쳐졌어요.
ask-logs-one-turn = 실패한 턴 하나의 로그 줄에 OpenClaw가 받은 오류가 나와요.
reply-candidates = ‘{ $first }’ 또는 ‘{ $second }’인 것 같아요. 아래 명령으로 둘을 구분할 수 있어요.
status_display_mismatch-runs-work-summary = 상태 화면은 문제를 보고하지만 실행 자체는 잘 된다고 하셨어요. 이 경고는 상태 화면이 설정을 읽는 방식에 관한 것이지 요청에 관한 것이 아니에요. 실행을 위해 고칠 것은 없어요.
not_model_auth-session-lock-summary = 세션 파일이 다른 프로세스(대개 두 번째 게이트웨이나 멈춘 실행)에 잠겨 있어서 모든 모델이 똑같이 실패해요. 모델 자격 증명 문제가 아니에요. 게이트웨이가 하나만 실행 중인지 확인한 뒤 재시작하세요.
not_model_auth-plugin-registry-summary = 다운로드를 거부한 건 모델 프로바이더가 아니라 플러그인 레지스트리(요청 한도 또는 오류)예요. 나중에 설치를 다시 시도하세요. 모델 설정과는 관계없어요.
step-retry-plugin-later = 설치된 항목을 확인하고, 몇 분 뒤에 설치를 다시 실행하세요.
version_regression-live-switch-summary = 세션이 /model 전환을 대기 중으로만 표시하고 적용하지 않아서, 답변이 계속 이전 모델에서 와요. 이후 릴리스에서 고쳐졌어요.
step-check-switch = 업데이트 후 다시 전환하고, 세션이 정말 새 모델을 쓰는지 확인하세요.
model_not_allowed-picker-summary = 전환이 { $model }(으)로 거부됐어요. 예전 Control UI 선택 목록은 다른 프로바이더의 모델 앞에 세션의 프로바이더를 붙여요. 전체 ref를 직접 고르거나 업데이트하세요.
step-pick-full-ref = 실패하는 OpenClaw 대화에서 전체 provider/model ref로 모델을 고르세요.
step-set-suggested-model = OpenClaw 메시지가 내 로그인에 맞게 제안하는 모델을 쓰세요.
step-onboard-codex = 온보딩으로 Codex 로그인을 추가하세요(예전 빌드에는 이를 위한 프로바이더 플러그인이 없어요).
step-enable-plugin = 프로바이더 플러그인을 켜고, 게이트웨이를 재시작한 뒤 다시 로그인하세요.
step-order-read = 그 프로바이더에 적용 중인 인증 순서를 확인하세요.
session_pin_stale-order-summary = 세션이 자체 프로필 재정의를 유지하고 있어서, { $profile }을(를) 맨 앞에 둔 인증 순서를 무시해요. 실패하는 OpenClaw 대화에서 프로필을 고정하거나, 새 세션을 시작하세요.
auth_order_not_applied-running-summary = 실행 중인 게이트웨이가 인증 순서의 복사본을 갖고 있다가 다시 써 넣어서, 변경한 내용이 되돌려져요. 게이트웨이를 멈추고, 순서를 설정한 뒤 시작하세요.
step-stop-gateway-first = 예전 순서를 다시 써 넣지 못하도록 먼저 게이트웨이를 멈추세요.
step-order-again = 게이트웨이가 멈춰 있는 동안 순서를 다시 설정하세요.
fallback_not_triggered-not-tried-summary = 이런 종류의 오류라면 폴백 모델로 넘어갔어야 하는데, 실패한 채로 턴이 끝났어요. 폴백이 정말 적용되어 있는지 확인하고 업데이트하세요. 이런 종류의 오류에서의 폴백은 여러 릴리스에서 고쳐졌어요.
fallbacks_stripped-effective-summary = 폴백을 설정했는데도 페일오버 판단은 실패한 모델에 설정된 폴백이 없다고 해요. 그 에이전트나 모델의 실제 적용 설정에는 폴백이 없어요.
step-watch-one-turn = 메시지 하나를 보내면서 로그를 지켜보고, 그 턴의 오류를 확인하세요.
step-find-full-ref = 설정된 모델 목록을 보고, 고를 전체 provider/model ref를 확인하세요.
catalogue-unnamed-summary = 이 메시지는 OpenClaw가 직접 출력한 것이고, 제목의 원인을 뜻해요. 어떤 프로바이더, 모델, 프로필에 관한 것인지는 말하지 않아서 첫 단계에서 그것을 보여 줘요.
session_pin_stale-foreign-summary = 대화가 다른 프로바이더의 프로필 { $profile }에 고정된 채 { $provider } 모델을 실행하고 있어요. 프로필 없이 모델을 다시 선택해서 고정을 해제하세요.
unknown_model-unregistered-summary = { $model }은(는) 설정에서 허용되어 있지만 models.providers.{ $provider }.models에 등록되어 있지 않아서 OpenClaw가 찾지 못해요. 등록하고, 사용자 지정 프로바이더에는 api와 baseUrl을 설정하세요.
step-register-model = 모델을 해당 프로바이더 아래에 등록하세요.
auth_profile_provider_mismatch-app-server-summary = Codex 런타임이 받은 { $profile }은(는) 런타임이 받아들이는 ChatGPT/Codex 로그인이 아니에요. 맞는 프로필을 받도록 ChatGPT/Codex에 다시 로그인하고 업데이트하세요. 이 프로필을 만든 마이그레이션은 나중에 고쳐졌어요.
unknown-provider = 프로바이더
unknown-model = 모델
unknown-profile = 프로필
unknown-agent = 에이전트
unknown-env = 키 환경 변수
unknown-working = 다른 프로필
ask-doctor = doctor는 업데이트 후 고칠 항목(저장소, ID, 라우팅)을 아무것도 바꾸지 않고 보여 줘요.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path }을(를) PNG, JPEG, WebP 스크린샷으로 읽지 못했어요. 대신 터미널의 텍스트를 붙여넣어 주세요.
error-image-pixels = { $path }은(는) { $width }×{ $height }픽셀이에요. 스크린샷은 { $limit }픽셀까지만 읽을 수 있어요. 터미널 창만 남도록 잘라 내거나 텍스트를 붙여넣어 주세요.
error-image-timeout = 스크린샷 { $path }을(를) 읽는 데 시간이 너무 오래 걸렸어요. 대신 터미널의 텍스트를 붙여넣어 주세요.
error-image-unavailable = 지금은 여기서 스크린샷을 읽을 수 없어요. 대신 터미널의 텍스트를 붙여넣어 주세요.
error-image-no-text = { $path }에서 터미널 텍스트를 찾지 못했어요. 대신 터미널의 텍스트를 붙여넣어 주세요.
