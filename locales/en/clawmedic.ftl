# clawmedic — English (source locale).
# Commands, ids, profile names and model refs are never part of these messages: they are
# passed in as variables ($provider, $profile, $model, …) or printed by the layout in code spans.

## Reply layout

reply-title = clawmedic diagnosis
reply-version-seen = OpenClaw { $version } (read from your paste).
reply-version-flag = OpenClaw { $version } (as given).
reply-version-unknown = OpenClaw version unknown: the steps below work on every release unless marked.
reply-version-floor = OpenClaw version not stated; your paste looks like { $version } or newer (store path and ids).
reply-top-finding = Most likely: { $title }
reply-next-finding = If that does not fix it: { $title }
reply-evidence = Evidence
reply-evidence-line = message { $message }, line { $line }
reply-ruled-out = Ruled out
reply-steps = Next steps
reply-asks =
    { $count ->
        [one] Please run this and paste its output
       *[other] Please run these and paste their output
    }
reply-need-more-info = Nothing in this thread is conclusive yet. Run the commands below and paste their output (mask keys and tokens).
reply-mask-reminder = Mask keys and tokens before you paste.
where-cli = gateway host shell
where-chat = the failing OpenClaw chat
where-config = config file
where-config-cli = gateway host shell (edits the config file)
# Punctuation the layout puts around its labels, so each locale uses its own (a full-width
# colon and brackets after CJK text, a space before the colon in French).
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Your paste contained a secret (an API key or token). It is not repeated here. Delete that message now and rotate the secret at its provider.
       *[other] Your paste contained { $count } secrets (API keys or tokens). They are not repeated here. Delete that message now and rotate each of them at its provider.
    }
mojibake-note = Some characters in your paste came through mis-encoded; they were repaired before reading.

## Notes

note-flag-too-new = Your OpenClaw does not know { $flag } yet (it arrived in { $since }). Without it: `{ $command }`
note-flag-too-new-plain = Your OpenClaw does not know { $flag } yet (it arrived in { $since }): run the same command without it.

## Cause titles

cause-oauth_expired = The OAuth login has expired
cause-refresh_token_reused = The refresh token was used twice
cause-oauth_scope_missing = The login is missing a required scope
cause-missing_api_key = No credential for this provider
cause-invalid_api_key = The API key is rejected
cause-external_cli_credential_stale = The credential copied from another CLI is stale
cause-pinned_profile_missing_credential = The pinned profile has no credential
cause-auth_provider_not_loaded = The login names a provider that is not loaded
cause-per_agent_auth_store = The credential is in another agent's store
cause-auth_store_migration_required = The auth store needs migrating
cause-profile_excluded_by_auth_order = The auth order leaves out the working profiles
cause-auth_order_not_applied = The new auth order was not applied
cause-session_pin_stale = The failing conversation still uses an old profile
cause-wrong_provider_prefix = The model ref and the profile belong to different providers
cause-auth_profile_provider_mismatch = A profile is bound to another provider
cause-legacy_codex_ids = Legacy openai-codex ids on a build that renamed them
cause-unknown_model = The model is not known to the provider or config
cause-model_not_allowed = The model is not on the allowlist
cause-rate_limit_cooldown = The provider is rate-limited or in cooldown
cause-billing_disabled = The account is out of credit
cause-provider_unreachable = The provider could not be reached
cause-fallbacks_stripped = The fallbacks were removed from the effective config
cause-ollama_fallback_dropped = The Ollama fallback cannot serve
cause-fallback_not_triggered = The turn failed without trying a fallback
cause-runtime_unavailable = The Codex runtime cannot run the turn
cause-cloudflare_403 = ChatGPT requests hit a Cloudflare challenge
cause-version_regression = A known bug in this OpenClaw build
cause-gateway_not_reloaded = The running gateway still serves old state
cause-request_rejected = The provider rejected the request itself
cause-status_display_mismatch = A status screen warns, but runs work
cause-not_model_auth = Not a model-auth problem
cause-all_ok = Everything looks healthy
cause-need_more_info = More output is needed

## Finding summaries

oauth_expired-summary = The saved login for { $provider } can no longer refresh its access token, so every request with it fails. Log in again on the gateway host, then restart the gateway.
refresh_token_reused-summary = The { $provider } refresh token was spent by two consumers (two gateways, per-agent copies or an imported CLI token), and the provider now refuses it. Log in again, only once, keep one gateway, and put the new profile first.
oauth_scope_missing-summary = The { $provider } token lacks the scope the request needs, or the login asked for a scope this build may not use.
missing_api_key-summary = The agent that ran the turn has no credential for { $provider }. Give that agent one, then restart the gateway.
invalid_api_key-summary = An API key for { $provider } is being sent and rejected. Find which key wins (a stored profile beats the shell environment) and replace that one.
external_cli_credential_stale-summary = OpenClaw is using a { $provider } credential copied from another CLI, and that copy is stale. Refresh the source, then log in again.
pinned_profile_missing_credential-summary = The pinned profile { $profile } holds no usable secret. Pin a working profile now, or give { $profile } a credential.
auth_provider_not_loaded-summary = No loaded plugin registers the provider { $provider }, so the login cannot start.
per_agent_auth_store-summary = The agent { $agent } reads its own auth store, and that store has no { $provider } credential; the login you made went to another agent. Log in for { $agent }.
auth_store_migration_required-summary = This build keeps credentials in a new store format and ignores the old one until doctor migrates it. Stop the gateway, run doctor, check the profiles are back, start it again.
profile_excluded_by_auth_order-summary = Every usable { $provider } profile is excluded by the auth order, so nothing is tried. Clear the order or set it to the profiles that exist.
auth_order_not_applied-summary = The order change did not reach the store the agent reads, so the old order is still in effect.
session_pin_stale-summary = The failing conversation is pinned to { $profile }, which is expired or missing, while { $working } works. Re-pin that conversation to the working profile.
session_pin_stale-override-summary = The failing conversation carries its own profile override ({ $profile }), which the CLI changes do not touch. Re-pin it in that conversation.
session_pin_stale-cli-healthy-summary = The CLI probe shows { $working } working, but the conversation still fails: it keeps its old profile. Pin the working profile in the failing conversation; excluding the old profile from the order is intended, so do not clear the order.
wrong_provider_prefix-summary = In a pin the model ref's provider must equal the profile's provider. { $profile } belongs to { $provider }, so the ref must start with that provider for this release.
wrong_provider_prefix-default-summary = On this release an openai/… model with only a Codex OAuth login has no credential; the default model must use the openai-codex provider.
auth_profile_provider_mismatch-summary = { $profile } belongs to another provider and cannot be ordered under { $provider }. Keep each provider's own profiles in its order; use a model fallback for a second provider.
legacy_codex_ids-summary = The config or the profiles still use the legacy openai-codex ids, which this release renamed or rejects. Let doctor migrate them.
unknown_model-summary = { $model } is not in the provider's catalog or in the config. Pick a model id that the provider lists.
model_not_allowed-summary = { $model } is outside the agent's model allowlist. Add it, then select it again.
rate_limit_cooldown-summary = { $provider } is in cooldown after rate-limit or usage-limit errors; logging in again does not help. Wait, or add another profile or a fallback.
billing_disabled-summary = The provider refused for billing or quota reasons and the profile is disabled for hours. Top up at the provider, or switch provider meanwhile.
provider_unreachable-summary = No usable answer came back from { $provider } (timeout, network, TLS or a server error). Check reachability from the gateway host.
fallbacks_stripped-summary = The agent { $agent } sets its model as a plain string, which replaces the default fallbacks with none. Use the object form with a fallbacks list.
ollama_fallback_dropped-summary = The Ollama fallback has no provider entry or placeholder key, so it fails as soon as the chain reaches it.
fallback_not_triggered-summary = The failure ended the turn without trying the fallbacks; this build has a loop or usage-limit bug there.
fallback_not_triggered-selected-summary = The failing conversation has { $model } selected by hand. A model picked by hand is used as-is: it never falls back to another. Go back to the default model.
runtime_unavailable-summary = The Codex runtime (app-server or plugin) cannot run the turn, often because a stale external codex plugin is older than the core.
cloudflare_403-summary = ChatGPT/Codex requests get a Cloudflare challenge page, which this build reports as a DNS failure or a rate limit.
version_regression-summary = This build has a known bug where a fresh Codex login passes the probe but fails the runtime refresh.
version_regression-known-summary = OpenClaw { $version } has a known bug with exactly this signature; it is fixed in { $fixed }. Update to a newer release (never downgrade across a storage migration).
gateway_not_reloaded-summary = The CLI sees the { $provider } credential, but the running gateway was not restarted and still serves the old state.
request_rejected-summary = The provider rejected the request body (schema or context size), not the credential. Start a fresh session; no new login is needed.
status_display_mismatch-summary = { $profile } shows as expired on a status screen while runs keep working; nothing is broken. Refresh it only to clear the warning.
not_model_auth-summary = This is gateway or device authentication, not a model credential; the models auth commands will not change it.
not_model_auth-channel-summary = This is a chat-channel token (the bot account), not a model credential; the models auth commands will not change it.
all_ok-summary = Every probed profile answers and nothing in the paste reports a failure. If a chat still fails, paste its error and its /model status.

## Step notes

step-login = Log in again for { $provider } on the gateway host (it opens a browser or prints a code).
step-restart = Restart the gateway so the running process reloads auth.
step-verify = Check the credential works with a live probe.
step-upgrade = Update OpenClaw to the newest release.
step-doctor-fix = Let doctor migrate the config and profiles.
step-claude-setup-token = Create a new Claude setup token, then store it in OpenClaw.
step-one-gateway = Make sure only one gateway runs for this state directory.
step-order-new-id = Put the newly created profile first (copy its id from the login output).
step-drop-baseurl = Remove a Platform API baseUrl so the ChatGPT token is not sent to it.
step-local-placeholder-key = Local providers need only a placeholder key.
step-configure-key = Enter the { $provider } key interactively (never paste keys into chat).
step-env-file = Or put the key in the gateway's env file: the service ignores shell exports.
step-read-effective = Read the effective= source for the provider: that is the key being sent.
step-refresh-external-cli = Refresh the other CLI's own login first.
step-pin-working = Pin the working profile { $profile } in the failing conversation, then send a normal test message.
step-login-renamed-codex = On this release ChatGPT/Codex OAuth logs in under the openai provider.
step-check-profiles-back = Check the profiles are listed again; if the list is empty, log in again.
step-order-clear = Remove the per-agent order override.
step-order-set-alternative = Or set the order to the profiles that exist.
step-release-lock = Stop the gateway so it releases the store lock.
step-pin = Pin { $profile } in the failing conversation, then send a normal test message.
step-cross-provider-fallback = To use another provider as backup, add a model fallback instead.
step-new-drops-auto = An automatic override is dropped by a new session.
step-find-current-id = Find the profile's current id (a new login may have minted a new one).
step-pin-current-id = Then pin that id in the failing conversation.
step-undo-5-5-rewrite = Undo the 5.5 rewrite of the default model.
step-set-unified-ref = Or set the current model ref by hand.
step-ollama-model-entry = Add the model to the ollama provider's model list.
step-list-models = List the model ids this provider offers.
step-set-listed-model = Set the default to an id from that list.
step-allow-model = Add the model to the allowlist (the command the error printed).
step-see-cooldowns = See which profiles are in cooldown and for how long (Unavailable auth profiles).
step-add-fallback = Add a fallback on another provider so turns keep working meanwhile.
step-after-top-up = After topping up, clear the stored disable state.
step-object-form-model = Write the agent's model in object form, with its fallbacks.
step-check-fallbacks = Check that Fallbacks (N) now lists them.
step-reset-selection = Reset the failing conversation to the default model.
step-inspect-codex-plugin = Check the codex plugin's runtime version against the core.
step-find-stale-plugin = Update or remove a stale external codex plugin copy.
step-step-back-same-era = Or step back to the last good release of the same storage era.
step-codex-backend-url = Staying on this release: send Codex requests to the ChatGPT backend.
step-new-session = Start a fresh session in the failing conversation.
step-check-api = Check that the api: shown fits the model.
step-clear-display = Only to clear the warning: refresh the Claude CLI login and re-link it.
step-channel-status = Check which channel fails to start.
step-channel-token = Enter the new bot token for that channel.

## Asks

ask-version = The next step depends on the OpenClaw release.
ask-model-status-if-chat-fails = Only if a chat still fails: run it in that conversation.
ask-models-status = Shows the default model, fallbacks, each provider's effective credential and cooldowns.
ask-probe = Tests every profile live and shows which one fails and why.
ask-order = Shows which profiles the order lets through.
ask-model-status = Run it in the failing conversation: it shows the profile that conversation uses.
ask-auth-list = Shows the exact profile ids to pin.
ask-decision-lines = Copy the [model-fallback/decision] lines of one failing turn.

## Errors (command line and bots)

error-file-missing = Cannot read { $path }: the file does not exist.
error-file-unreadable = Cannot read { $path }: { $reason }
error-binary = { $path } looks like binary data, not pasted text.
error-too-large =
    { $limit ->
        [one] { $path } is larger than { $limit } byte; paste only the relevant output.
       *[other] { $path } is larger than { $limit } bytes; paste only the relevant output.
    }
error-unknown-lang = Unknown language { $lang }; use one of: { $list }.
error-bad-version = Cannot read the OpenClaw version { $version }; use the form 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnose pasted OpenClaw output and get the next step
opt-paste-description = The output to diagnose (leave empty to open a form for long pastes)
opt-file-description = A .txt, .log or .json file with the output, or a screenshot of it
opt-version-description = Your OpenClaw version, e.g. 2026.6.9
opt-language-description = Reply language
cmd-model-description = Explain /model status output or build a correct /model pin
cmd-model-status-description = Explain pasted /model status or models status output
cmd-model-pin-description = Build the /model pin for a profile
opt-profile-description = The auth profile id, e.g. openai:work
opt-model-description = The model, e.g. openai/gpt-5.5
ctx-diagnose-name = Diagnose
modal-title = Paste OpenClaw output
modal-field-label = Output (mask keys and tokens)
button-worked = Worked
button-still-failing = Still failing
button-show-in = Show in { $language }
reply-thanks = Thanks for confirming. Glad it works.
reply-still-failing = Sorry. Paste the next output here and it will be read together with the earlier messages.
pin-explain = The profile { $profile } belongs to { $provider }, so on this release the model ref must start with { $provider }/.
pin-explain-renamed = On this release ChatGPT/Codex profiles are named openai:…; run doctor first so { $profile } exists.
error-no-input = Nothing to diagnose: paste the output or attach a file.
error-attachment-type = Only .txt, .log and .json files and PNG, JPEG or WebP screenshots can be read.
error-internal = Something went wrong on our side; the reply could not be made. Please try again.
error-rate-limited =
    { $seconds ->
        [one] Too many requests right now; please wait { $seconds } second.
       *[other] Too many requests right now; please wait { $seconds } seconds.
    }
web-title = clawmedic — diagnose OpenClaw output
web-paste-label = Paste OpenClaw output here (keys and tokens are redacted before anything is shown)
web-submit = Diagnose
web-copy = Copy
web-copied = Copied
cmd-watch-description = Turn automatic diagnosis of OpenClaw output pasted in this channel on or off
opt-watch-mode-description = on: reply to OpenClaw output pasted here; off: stop
watch-on =
    { $seconds ->
        [one] Watching { $channel }: messages with OpenClaw output get a diagnosis, at most one reply per thread every second.
       *[other] Watching { $channel }: messages with OpenClaw output get a diagnosis, at most one reply per thread every { $seconds } seconds.
    }
watch-off = No longer watching { $channel }.
watch-unavailable = Watch mode is turned off in this bot's configuration.
error-permission = You need the Manage Server permission to change this.
error-guild-only = This command works only in a server channel.
error-store = The setting could not be saved right now; please try again in a minute.
error-no-memory = This diagnosis is no longer remembered (it expired, or the memory is unreachable). Run the command again with your output.
error-download = The attachment { $path } could not be downloaded; paste its text instead.
error-bad-profile = { $profile } is not an auth profile id; ids look like provider:name, for example openai:work.
pin-title = The /model pin for your OpenClaw conversation
pin-model-placeholder = Replace <model> with a model that { $provider } offers; /models { $provider } in that conversation lists them.
status-title = Your /model status, explained
status-current = The conversation you ran it in uses { $model }.
status-current-selected = The conversation you ran it in uses { $model }, picked by hand: a model picked by hand never falls back to others.
status-default = The default model is { $model }.
status-active = The next request to { $provider } uses the profile { $profile }.
status-auth-ok = { $profile }: signed in, valid for { $remaining }.
status-auth-ok-plain = { $profile }: signed in.
status-auth-expiring = { $profile }: expires in { $remaining }; refresh the login soon.
status-auth-expired = { $profile }: the login has expired.
status-auth-missing = { $profile }: no credential is stored.
status-auth-cooldown = { $profile }: in cooldown after errors ({ $remaining } left).
status-auth-disabled = { $profile }: disabled ({ $reason }).
status-not-recognized = This is not /model status or models status output. Run /model status in the failing conversation, or openclaw models status on the gateway host, and paste all of it.
web-language-auto = Same as the paste (detected)
web-privacy = Nothing you paste is stored or logged; only the diagnosis is shown.
web-image-label = Or a screenshot of the terminal (PNG, JPEG or WebP): choose it here, or drop or paste it into the box above
step-unusable-name = A name in your paste holds characters that no OpenClaw name has, so it is not copied into this command: replace `{ $placeholder }` with the exact name from OpenClaw's own output.
step-uncertain-read = I read `{ $read }` from your screenshot but cannot be sure of every character, so it is not in this command: copy the exact id from your terminal (as text) in place of `{ $placeholder }`.

## Field-report causes (causes.md §3.9) and messages no catalogue id covered (messages.md §12)

cause-login_requires_tty = The login needs a terminal it did not get
cause-oauth_profile_not_attached = The ChatGPT/Codex login is not attached to the request
cause-agent_model_override = The agent's own model overrides the default
cause-models_json_rejected = One provider entry makes OpenClaw reject the whole model config
cause-custom_model_misrouted = A custom model is sent to another provider's endpoint
cause-auth_profile_wrong_type = The secret is stored as the wrong kind of credential
cause-context_window_too_small = The model's context window is below OpenClaw's minimum
cause-profile_param_ignored = params.authProfileId does not choose the account
cause-default_model_not_set = The built-in default model is still in use
cause-ssrf_blocked = OpenClaw's private-network guard blocked the provider address
cause-context_overflow = The conversation no longer fits the model's context
cause-oauth_refresh_transient = A login refresh failed once without an expiry reason
cause-env_key_not_bound = The key is in the environment but not bound to the provider
cause-turn_timeout = The turn ran past its time limit
cause-directive_syntax = The /model command was typed in a form OpenClaw does not accept

login_requires_tty-summary = The login ran without an interactive terminal (a script, a pipe, or docker exec without -t), so it stopped before asking anything. Pipe the secret into a paste command instead, or run the login from a real terminal.
oauth_profile_not_attached-summary = Requests go to the OpenAI Platform API without any credential although a ChatGPT/Codex OAuth profile exists: the turn is not routed through the Codex runtime. There is no key to rotate.
agent_model_override-summary = The agent { $agent } has a model of its own ({ $model }), which wins over the default you changed. Edit or remove the agent's model.
agent_model_override-summary-plain = An agent has a model of its own, which wins over the default you changed. Edit or remove that agent's model.
models_json_rejected-summary = OpenClaw refused its generated model list because the { $provider } entry is invalid; while it is refused, models of other providers look unknown or not allowed too.
custom_model_misrouted-summary = The custom model entry for { $provider } has no api and baseUrl of its own, so requests go to another provider's endpoint, which rejects the key. The key itself is fine.
auth_profile_wrong_type-summary = The secret for { $provider } is valid but stored as the wrong kind of credential for that provider, so OpenClaw sends it the wrong way. Store it again with the command for its kind.
context_window_too_small-summary = { $model } is configured with a context window of { $ctx } tokens, below OpenClaw's minimum of { $min }, so OpenClaw refuses to use it. Usually the configured value is a copied default, not the model's real window.
context_window_too_small-summary-plain = The model is configured with a context window below OpenClaw's minimum, so OpenClaw refuses to use it. Usually the configured value is a copied default, not the model's real window.
profile_param_ignored-summary = params.authProfileId on a model entry does not choose the account: OpenClaw still uses the first profile of the auth order. Pin the profile in the conversation, or put it first in the order.
default_model_not_set-summary = OpenClaw still runs its built-in default model ({ $provider }), which you never set up. Set the model you chose as the default; no key for { $provider } is needed.
ssrf_blocked-summary = OpenClaw refused to connect because the provider's address resolves to a private or special-use IP (a fake-IP proxy or split DNS does this). Fix DNS or the proxy mode, or allow private addresses for a deliberately local server.
context_overflow-summary = The conversation is larger than the model's context window. Compact it or start a fresh session; a model with a larger context also helps.
oauth_refresh_transient-summary = Refreshing the { $provider } login failed once without saying the login expired (a network blip or a busy token endpoint). Try again first; log in again only if it keeps happening.
env_key_not_bound-summary = { $env } is set in the gateway's environment, but this build only uses it when the provider config refers to it. Let doctor bind it, or reference it in models.providers.{ $provider }.apiKey.
turn_timeout-summary = The turn ran past the overall time limit and was stopped; the provider itself answered. Raise the limit for long work, or use a sub-agent.
directive_syntax-summary = The /model command needs a model before the profile: /model provider/model@profile.

step-paste-api-key-stdin = Pipe the key into the paste command (no terminal needed); set KEY first, it is not echoed.
step-paste-token-stdin = For a token or setup-token, pipe it into paste-token instead.
step-docker-tty = Or run the login from an interactive terminal inside the container.
step-codex-runtime-inspect = Check that the Codex runtime plugin is loaded and current.
step-edit-agent-model = Edit or remove the agent's own model (agents.list → model) in the config file, so the default applies.
step-check-agent-model = Check which model that agent really uses.
step-fix-provider-entry = Give models.providers.{ $provider } an apiKey (an env reference, or any placeholder for a local server), or remove its custom models list.
step-list-models-after-fix = List the models again once the gateway has regenerated its model list.
step-set-api-baseurl = Set api and baseUrl on models.providers.{ $provider } so requests go to that provider's endpoint (or remove the custom entry and use a catalogued model).
step-set-context-window = Set the model's real contextWindow in models.providers.{ $provider }.models (the configured value is below the minimum).
step-choose-bigger-model = Or choose a model with a larger context window.
step-pin-profile = Pin the profile in the failing OpenClaw chat.
step-order-first = Or put the profile first in the auth order for { $provider }.
step-set-default-model = Set the model you actually use as the default.
step-ssrf-allow-private = For a deliberately local or private model server only: allow private addresses for that provider.
step-check-dns-proxy = Check what the provider's host resolves to on the gateway host (a proxy in fake-IP mode gives 198.18.x.x).
step-compact = Compact the conversation in the failing chat.
step-login-if-repeats = Only if it keeps failing: log in to { $provider } again.
step-raise-timeout = Raise the overall turn limit (seconds) for long work.
step-doctor-bind-env = Let doctor bind the environment key to the provider.
step-env-ref = Or reference the variable in the provider's apiKey.
step-store-right-type = Store the secret again with the command for its kind.
step-update-fixed = Update OpenClaw: later releases fix this.

ask-logs-one-turn = The log lines of one failing turn show the error OpenClaw got.

reply-candidates = This looks like { $first } or { $second }; the command below tells them apart.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = The version you gave, “{ $given }”, is not an OpenClaw release this build knows, so it was not used. `openclaw --version` on the gateway host prints the exact one.
note-version-conflict = You gave OpenClaw { $given }, but the paste shows { $pasted }; this reply uses { $given }, the version you gave.
error-file-is-dir = { $path } is a folder, not a file: name the file that holds the output.
error-file-permission = Cannot read { $path }: you have no permission to read this file.
error-malformed-json = The request body is not JSON this API reads: send an object with `paste` (text) or `messages` (a list of texts).
error-bad-thread = The thread id must be 16 to 128 characters from A-Z, a-z, 0-9, _ and -; use a random id.
error-too-many-messages = At most { $limit } messages per request; send the others in a second request.
status_display_mismatch-runs-work-summary = A status screen reports a problem, but you say the runs themselves work: the warning is about how status reads the setup, not about the requests. Nothing needs fixing for the runs.
not_model_auth-session-lock-summary = The session file is locked by another process (often a second gateway or a stuck run), so every model fails the same way. This is not a model credential: make sure one gateway runs, then restart it.
not_model_auth-plugin-registry-summary = The plugin registry refused the download (rate limit or error), not a model provider. Try the install again later; your model setup is not involved.
step-retry-plugin-later = Check what is installed, then run the install again in a few minutes.
version_regression-live-switch-summary = The session marks the /model switch as pending but never applies it, so replies keep coming from the old model. Later releases fix this.
step-check-switch = After updating, switch again and check the session really uses the new model.
model_not_allowed-picker-summary = The switch was refused as { $model }: older Control UI pickers put the session's provider in front of another provider's model. Select the full ref yourself, or update.
step-pick-full-ref = Select the model with its full provider/model ref in the failing OpenClaw chat.
step-set-suggested-model = Use the model OpenClaw's message suggests for your login.
step-onboard-codex = Add the Codex login through onboarding (older builds have no provider plugin for it).
step-enable-plugin = Enable the provider's plugin, then restart the gateway and log in again.
step-order-read = Read the auth order in effect for that provider.
session_pin_stale-order-summary = The session keeps its own profile override, so it ignores the auth order that puts { $profile } first. Pin the profile in the failing OpenClaw chat, or start a fresh session.
auth_order_not_applied-running-summary = The running gateway keeps its own copy of the auth order and writes it back, so your change is undone. Stop the gateway, set the order, then start it.
step-stop-gateway-first = Stop the gateway first so it cannot write its old order back.
step-order-again = Set the order again while the gateway is stopped.
fallback_not_triggered-not-tried-summary = The failure ended the turn without moving to your fallback models, although its kind should have moved on. Check the fallbacks really are in effect, and update: several releases fixed fallback on this kind of error.
fallbacks_stripped-effective-summary = The failover decision says no fallback is configured for the model that failed, although you set fallbacks: the effective config for that agent or model has none.
step-watch-one-turn = Watch the log while you send one message, to see the error of that turn.
step-find-full-ref = List the configured models to see the full provider/model ref to select.

## Message catalogue (diagnose/catalogue.rs): a message OpenClaw printed that names no provider, model or profile
catalogue-unnamed-summary = OpenClaw printed this message itself, and it means the cause in the title. It does not say which provider, model or profile it is about, so the first step shows that.
session_pin_stale-foreign-summary = The conversation is pinned to { $profile }, a profile of another provider, while it runs a { $provider } model. Select the model again without a profile to drop the pin.
unknown_model-unregistered-summary = { $model } is allowed in the config but not registered under models.providers.{ $provider }.models, so OpenClaw cannot find it. Register it, and give a custom provider its api and baseUrl.
step-register-model = Register the model under its provider.
auth_profile_provider_mismatch-app-server-summary = The Codex runtime was handed { $profile }, which is not a ChatGPT/Codex login it accepts. Log in to ChatGPT/Codex again so it gets a matching profile, and update: the migration that made this profile was fixed later.
# Said in prose where the paste did not name the thing (never a template placeholder).
unknown-provider = the provider
unknown-model = the model
unknown-profile = the profile
unknown-agent = the agent
unknown-env = the key variable
unknown-working = another profile
ask-doctor = Doctor lists what it would repair after an update (stores, ids, routes) without changing anything.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } could not be read as a PNG, JPEG or WebP screenshot. Paste the text from your terminal instead.
error-image-pixels = { $path } is { $width }×{ $height } pixels; screenshots up to { $limit } pixels are read. Crop it to the terminal window, or paste the text.
error-image-timeout = Reading the screenshot { $path } took too long. Paste the text from your terminal instead.
error-image-unavailable = Screenshots cannot be read here right now. Paste the text from your terminal instead.
error-image-no-text = No terminal text was found in { $path }. Paste the text from your terminal instead.
