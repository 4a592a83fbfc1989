# clawmedic — Nederlands (nl).
# Commando's, id's, profielnamen en modelrefs maken nooit deel uit van deze berichten: ze
# worden als variabelen doorgegeven ($provider, $profile, $model, …) of door de layout in codeblokken getoond.

## Opmaak van het antwoord

reply-title = clawmedic-diagnose
reply-version-seen = OpenClaw { $version } (gelezen uit je geplakte tekst).
reply-version-flag = OpenClaw { $version } (zoals opgegeven).
reply-version-unknown = OpenClaw-versie onbekend: de stappen hieronder werken op elke release, tenzij anders vermeld.
reply-version-floor = OpenClaw-versie niet vermeld; je geplakte tekst lijkt van { $version } of nieuwer (store-pad en id's).
reply-top-finding = Meest waarschijnlijke oorzaak: { $title }
reply-next-finding = Als dat het niet oplost: { $title }
reply-evidence = Aanwijzingen
reply-evidence-line = bericht { $message }, regel { $line }
reply-ruled-out = Uitgesloten oorzaken
reply-steps = Volgende stappen
reply-asks =
    { $count ->
        [one] Voer dit commando uit en plak de uitvoer
       *[other] Voer deze commando's uit en plak hun uitvoer
    }
reply-need-more-info = Er is in deze thread nog niets doorslaggevends. Voer de commando's hieronder uit en plak hun uitvoer (maskeer keys en tokens).
reply-mask-reminder = Maskeer keys en tokens voordat je iets plakt.
where-cli = shell op de gateway-host
where-chat = het OpenClaw-gesprek dat mislukt
where-config = configuratiebestand
where-config-cli = shell op de gateway-host (wijzigt het configuratiebestand)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Je geplakte tekst bevatte een geheim (een API-key of token). Het wordt hier niet herhaald. Verwijder dat bericht nu en vervang het geheim bij de provider.
       *[other] Je geplakte tekst bevatte { $count } geheimen (API-keys of tokens). Ze worden hier niet herhaald. Verwijder dat bericht nu en vervang ze elk bij hun provider.
    }
mojibake-note = Sommige tekens in je geplakte tekst kwamen verkeerd gecodeerd binnen; ze zijn hersteld voordat ze werden gelezen.

## Opmerkingen

note-flag-too-new = Je OpenClaw kent { $flag } nog niet (kwam in { $since }). Zonder die optie: `{ $command }`
note-flag-too-new-plain = Je OpenClaw kent { $flag } nog niet (kwam in { $since }): voer hetzelfde commando uit zonder die optie.

## Titels van oorzaken

cause-oauth_expired = de OAuth-login is verlopen
cause-refresh_token_reused = de refresh token is twee keer gebruikt
cause-oauth_scope_missing = de login mist een vereiste scope
cause-missing_api_key = geen credential voor deze provider
cause-invalid_api_key = de API-key wordt geweigerd
cause-external_cli_credential_stale = de credential die uit een andere CLI is gekopieerd, is verouderd
cause-pinned_profile_missing_credential = het gepinde profiel heeft geen credential
cause-auth_provider_not_loaded = de login noemt een provider die niet geladen is
cause-per_agent_auth_store = de credential staat in de store van een andere agent
cause-auth_store_migration_required = de auth-store moet gemigreerd worden
cause-profile_excluded_by_auth_order = de auth-volgorde laat de werkende profielen weg
cause-auth_order_not_applied = de nieuwe auth-volgorde is niet toegepast
cause-session_pin_stale = het gesprek dat mislukt, gebruikt nog een oud profiel
cause-wrong_provider_prefix = de modelref en het profiel horen bij verschillende providers
cause-auth_profile_provider_mismatch = een profiel is aan een andere provider gekoppeld
cause-legacy_codex_ids = oude openai-codex-id's op een build die ze heeft hernoemd
cause-unknown_model = het model is onbekend bij de provider of in de config
cause-model_not_allowed = het model staat niet op de allowlist
cause-rate_limit_cooldown = de provider is rate-limited of in cooldown
cause-billing_disabled = het account heeft geen tegoed meer
cause-provider_unreachable = de provider was niet bereikbaar
cause-fallbacks_stripped = de fallbacks zijn uit de effectieve config verdwenen
cause-ollama_fallback_dropped = de Ollama-fallback kan niet antwoorden
cause-fallback_not_triggered = de beurt mislukte zonder dat een fallback werd geprobeerd
cause-runtime_unavailable = de Codex-runtime kan de beurt niet uitvoeren
cause-cloudflare_403 = ChatGPT-verzoeken lopen tegen een Cloudflare-challenge aan
cause-version_regression = een bekende bug in deze OpenClaw-build
cause-gateway_not_reloaded = de draaiende gateway gebruikt nog de oude staat
cause-request_rejected = de provider heeft het verzoek zelf geweigerd
cause-status_display_mismatch = een statusscherm waarschuwt, maar runs werken
cause-not_model_auth = geen probleem met model-auth
cause-all_ok = alles ziet er goed uit
cause-need_more_info = er is meer uitvoer nodig

## Samenvattingen

oauth_expired-summary = De opgeslagen login voor { $provider } kan zijn access token niet meer vernieuwen, dus elk verzoek ermee mislukt. Log opnieuw in op de gateway-host en herstart daarna de gateway.
refresh_token_reused-summary = De refresh token van { $provider } is door twee afnemers gebruikt (twee gateways, kopieën per agent of een geïmporteerde CLI-token) en de provider weigert hem nu. Log opnieuw in, maar slechts één keer; houd één gateway over en zet het nieuwe profiel vooraan.
oauth_scope_missing-summary = De token van { $provider } mist de scope die het verzoek nodig heeft, of de login vroeg om een scope die deze build niet mag gebruiken.
missing_api_key-summary = De agent die de beurt uitvoerde, heeft geen credential voor { $provider }. Geef die agent er een en herstart daarna de gateway.
invalid_api_key-summary = Er wordt een API-key voor { $provider } meegestuurd en geweigerd. Zoek uit welke key wint (een opgeslagen profiel gaat boven de shell-omgeving) en vervang precies die.
external_cli_credential_stale-summary = OpenClaw gebruikt een credential voor { $provider } die uit een andere CLI is gekopieerd, en die kopie is verouderd. Vernieuw de bron en log daarna opnieuw in.
pinned_profile_missing_credential-summary = Het gepinde profiel { $profile } bevat geen bruikbaar geheim. Pin nu een werkend profiel, of geef { $profile } een credential.
auth_provider_not_loaded-summary = Geen enkele geladen plugin registreert de provider { $provider }, dus de login kan niet starten.
per_agent_auth_store-summary = De agent { $agent } leest zijn eigen auth-store, en daarin staat geen credential voor { $provider }; je login is bij een andere agent terechtgekomen. Log in voor { $agent }.
auth_store_migration_required-summary = Deze build bewaart credentials in een nieuw store-formaat en negeert het oude tot doctor het migreert. Stop de gateway, voer doctor uit, controleer of de profielen terug zijn en start de gateway weer.
profile_excluded_by_auth_order-summary = Elk bruikbaar profiel van { $provider } wordt door de auth-volgorde uitgesloten, dus er wordt niets geprobeerd. Wis de volgorde of zet de profielen erin die wel bestaan.
auth_order_not_applied-summary = De gewijzigde volgorde is niet aangekomen in de store die de agent leest, dus de oude volgorde geldt nog.
session_pin_stale-summary = Het gesprek dat mislukt, is gepind op { $profile }, dat verlopen is of ontbreekt, terwijl { $working } werkt. Pin dat gesprek opnieuw op het werkende profiel.
session_pin_stale-override-summary = Het gesprek dat mislukt, heeft een eigen profiel-override ({ $profile }), waar wijzigingen via de CLI niet aan komen. Pin het opnieuw in dat gesprek.
session_pin_stale-cli-healthy-summary = De CLI-probe laat zien dat { $working } werkt, maar het gesprek mislukt nog steeds: het houdt zijn oude profiel vast. Pin het werkende profiel in het gesprek dat mislukt; het oude profiel is bewust uit de volgorde gehaald, dus wis de volgorde niet.
wrong_provider_prefix-summary = Bij een pin moet de provider in de modelref gelijk zijn aan de provider van het profiel. { $profile } hoort bij { $provider }, dus in deze release moet de ref met die provider beginnen.
wrong_provider_prefix-default-summary = In deze release heeft een openai/…-model met alleen een Codex OAuth-login geen credential; het standaardmodel moet de provider openai-codex gebruiken.
auth_profile_provider_mismatch-summary = { $profile } hoort bij een andere provider en kan niet in de volgorde van { $provider } staan. Houd in de volgorde van elke provider alleen diens eigen profielen; gebruik een model-fallback voor een tweede provider.
legacy_codex_ids-summary = De config of de profielen gebruiken nog de oude openai-codex-id's, die deze release heeft hernoemd of weigert. Laat doctor ze migreren.
unknown_model-summary = { $model } staat niet in de catalogus van de provider en ook niet in de config. Kies een model-id dat de provider vermeldt.
model_not_allowed-summary = { $model } valt buiten de model-allowlist van de agent. Voeg het toe en selecteer het daarna opnieuw.
rate_limit_cooldown-summary = { $provider } zit in een cooldown na rate-limit- of gebruikslimietfouten; opnieuw inloggen helpt niet. Wacht, of voeg een extra profiel of een fallback toe.
billing_disabled-summary = De provider weigerde vanwege betaling of quota en het profiel is urenlang uitgeschakeld. Waardeer op bij de provider, of stap in de tussentijd over op een andere provider.
provider_unreachable-summary = Er kwam geen bruikbaar antwoord van { $provider } (time-out, netwerk, TLS of een serverfout). Controleer de bereikbaarheid vanaf de gateway-host.
fallbacks_stripped-summary = De agent { $agent } geeft zijn model op als gewone string, en dan blijft er van de standaard-fallbacks niets over. Gebruik de objectvorm met een fallbacks-lijst.
ollama_fallback_dropped-summary = De Ollama-fallback heeft geen provider-entry of placeholder-key, dus hij faalt zodra de keten bij hem aankomt.
fallback_not_triggered-summary = De fout beëindigde de beurt zonder de fallbacks te proberen; deze build heeft daar een bug met een lus of de gebruikslimiet.
fallback_not_triggered-selected-summary = In het gesprek dat mislukt, is { $model } met de hand gekozen. Een met de hand gekozen model wordt precies zo gebruikt: het valt nooit terug op een ander. Ga terug naar het standaardmodel.
runtime_unavailable-summary = De Codex-runtime (app-server of plugin) kan de beurt niet uitvoeren, vaak omdat een verouderde externe codex-plugin ouder is dan de core.
cloudflare_403-summary = ChatGPT/Codex-verzoeken krijgen een Cloudflare-challengepagina, die deze build meldt als een DNS-fout of een rate limit.
version_regression-summary = Deze build heeft een bekende bug waarbij een verse Codex-login de probe doorstaat, maar de refresh tijdens het draaien mislukt.
version_regression-known-summary = OpenClaw { $version } heeft een bekende bug met precies dit patroon; die is opgelost in { $fixed }. Werk bij naar een nieuwere release (downgrade nooit over een storage-migratie heen).
gateway_not_reloaded-summary = De CLI ziet de credential voor { $provider }, maar de draaiende gateway is niet herstart en gebruikt nog de oude staat.
request_rejected-summary = De provider weigerde de body van het verzoek (schema of contextgrootte), niet de credential. Start een nieuwe sessie; opnieuw inloggen is niet nodig.
status_display_mismatch-summary = { $profile } staat op een statusscherm als verlopen, terwijl runs gewoon werken; er is niets kapot. Vernieuw het alleen om de waarschuwing weg te krijgen.
not_model_auth-summary = Dit is authenticatie van de gateway of het apparaat, geen model-credential; de models auth-commando's veranderen hier niets aan.
not_model_auth-channel-summary = Dit is een token van een chatkanaal (het bot-account), geen model-credential; de models auth-commando's veranderen hier niets aan.
all_ok-summary = Elk geprobeerd profiel antwoordt en niets in je geplakte tekst meldt een fout. Mislukt een chat toch nog, plak dan de fout en de uitvoer van /model status.

## Toelichting bij stappen

step-login = Log opnieuw in voor { $provider } op de gateway-host (er opent een browser of er verschijnt een code).
step-restart = Herstart de gateway zodat het draaiende proces de auth opnieuw laadt.
step-verify = Controleer met een live probe of de credential werkt.
step-upgrade = Werk OpenClaw bij naar de nieuwste release.
step-doctor-fix = Laat doctor de config en de profielen migreren.
step-claude-setup-token = Maak een nieuwe Claude setup-token aan en sla die op in OpenClaw.
step-one-gateway = Zorg dat er maar één gateway draait voor deze state-map.
step-order-new-id = Zet het zojuist aangemaakte profiel vooraan (kopieer de id uit de login-uitvoer).
step-drop-baseurl = Verwijder een baseUrl van de Platform API, zodat de ChatGPT-token daar niet naartoe gaat.
step-local-placeholder-key = Lokale providers hebben alleen een placeholder-key nodig.
step-configure-key = Voer de key voor { $provider } interactief in (plak nooit keys in de chat).
step-env-file = Of zet de key in het env-bestand van de gateway: de service negeert exports uit de shell.
step-read-effective = Lees de effective=-bron voor de provider: dat is de key die wordt verstuurd.
step-refresh-external-cli = Vernieuw eerst de login van die andere CLI zelf.
step-pin-working = Pin het werkende profiel { $profile } in het gesprek dat mislukt en stuur daarna een gewoon testbericht.
step-login-renamed-codex = In deze release logt ChatGPT/Codex OAuth in onder de provider openai.
step-check-profiles-back = Controleer of de profielen weer in de lijst staan; is de lijst leeg, log dan opnieuw in.
step-order-clear = Verwijder de volgorde-override per agent.
step-order-set-alternative = Of stel de volgorde in op de profielen die bestaan.
step-release-lock = Stop de gateway zodat hij de lock op de store loslaat.
step-pin = Pin { $profile } in het gesprek dat mislukt en stuur daarna een gewoon testbericht.
step-cross-provider-fallback = Wil je een andere provider als back-up gebruiken, voeg dan in plaats daarvan een model-fallback toe.
step-new-drops-auto = Een nieuwe sessie laat een automatische override vallen.
step-find-current-id = Zoek de huidige id van het profiel (een nieuwe login kan een nieuwe hebben aangemaakt).
step-pin-current-id = Pin daarna die id in het gesprek dat mislukt.
step-undo-5-5-rewrite = Draai de herschrijving van het standaardmodel door release 5.5 terug.
step-set-unified-ref = Of stel de huidige modelref met de hand in.
step-ollama-model-entry = Voeg het model toe aan de modellenlijst van de ollama-provider.
step-list-models = Toon de model-id's die deze provider aanbiedt.
step-set-listed-model = Stel een id uit die lijst in als standaard.
step-allow-model = Voeg het model toe aan de allowlist (met het commando dat de foutmelding gaf).
step-see-cooldowns = Bekijk welke profielen in een cooldown zitten en hoe lang nog (Unavailable auth profiles).
step-add-fallback = Voeg een fallback bij een andere provider toe, zodat beurten in de tussentijd blijven werken.
step-after-top-up = Wis na het opwaarderen de opgeslagen uitgeschakelde status.
step-object-form-model = Schrijf het model van de agent in objectvorm, met zijn fallbacks.
step-check-fallbacks = Controleer of Fallbacks (N) ze nu toont.
step-reset-selection = Zet het gesprek dat mislukt terug op het standaardmodel.
step-inspect-codex-plugin = Vergelijk de runtime-versie van de codex-plugin met de core.
step-find-stale-plugin = Werk een verouderde externe kopie van de codex-plugin bij of verwijder die.
step-step-back-same-era = Of ga terug naar de laatste goede release met hetzelfde opslagformaat.
step-codex-backend-url = Blijf je op deze release: stuur Codex-verzoeken naar de ChatGPT-backend.
step-new-session = Start een nieuwe sessie in het gesprek dat mislukt.
step-check-api = Controleer of de getoonde api: bij het model past.
step-clear-display = Alleen om de waarschuwing weg te krijgen: vernieuw de login van de Claude CLI en koppel hem opnieuw.
step-channel-status = Controleer welk kanaal niet start.
step-channel-token = Voer de nieuwe bot-token voor dat kanaal in.

## Vragen om uitvoer

ask-version = De volgende stap hangt af van de OpenClaw-release.
ask-model-status-if-chat-fails = Alleen als een chat nog steeds mislukt: voer het uit in dat gesprek.
ask-models-status = Toont het standaardmodel, de fallbacks, de effectieve credential per provider en de cooldowns.
ask-probe = Test elk profiel live en laat zien welk profiel faalt en waarom.
ask-order = Toont welke profielen de volgorde doorlaat.
ask-model-status = Voer het uit in het gesprek dat mislukt: het toont het profiel dat dat gesprek gebruikt.
ask-auth-list = Toont de exacte profiel-id's om te pinnen.
ask-decision-lines = Kopieer de [model-fallback/decision]-regels van één mislukte beurt.

## Fouten (commandoregel en bots)

error-file-missing = Kan { $path } niet lezen: het bestand bestaat niet.
error-file-unreadable = Kan { $path } niet lezen: { $reason }
error-binary = { $path } lijkt binaire data te zijn, geen geplakte tekst.
error-too-large =
    { $limit ->
        [one] { $path } is groter dan { $limit } byte; plak alleen de relevante uitvoer.
       *[other] { $path } is groter dan { $limit } bytes; plak alleen de relevante uitvoer.
    }
error-unknown-lang = Onbekende taal { $lang }; gebruik een van: { $list }.
error-bad-version = Kan de OpenClaw-versie { $version } niet lezen; gebruik de vorm 2026.6.9.

## Discord en web

cmd-diagnose-description = Diagnosticeer geplakte OpenClaw-uitvoer en krijg de volgende stap
opt-paste-description = De uitvoer om te diagnosticeren (laat leeg om een formulier voor lange tekst te openen)
opt-file-description = Een .txt-, .log- of .json-bestand met de uitvoer, of een screenshot van de uitvoer
opt-version-description = Je OpenClaw-versie, bijv. 2026.6.9
opt-language-description = Taal van het antwoord
cmd-model-description = Leg /model status-uitvoer uit of bouw een correcte /model pin
cmd-model-status-description = Leg geplakte uitvoer van /model status of models status uit
cmd-model-pin-description = Bouw de /model pin voor een profiel
opt-profile-description = De id van het auth-profiel, bijv. openai:work
opt-model-description = Het model, bijv. openai/gpt-5.5
ctx-diagnose-name = Diagnosticeren
modal-title = Plak OpenClaw-uitvoer
modal-field-label = Uitvoer (maskeer keys en tokens)
button-worked = Het werkt
button-still-failing = Werkt nog steeds niet
button-show-in = Toon in { $language }
reply-thanks = Bedankt voor de bevestiging. Fijn dat het werkt.
reply-still-failing = Jammer. Plak de volgende uitvoer hier, dan wordt die samen met de eerdere berichten gelezen.
pin-explain = Het profiel { $profile } hoort bij { $provider }, dus in deze release moet de modelref met { $provider }/ beginnen.
pin-explain-renamed = In deze release heten ChatGPT/Codex-profielen openai:…; voer eerst doctor uit zodat { $profile } bestaat.
error-no-input = Niets om te diagnosticeren: plak de uitvoer of voeg een bestand toe.
error-attachment-type = Alleen .txt-, .log- en .json-bestanden en screenshots in PNG, JPEG of WebP kunnen worden gelezen.
error-internal = Er ging aan onze kant iets mis; het antwoord kon niet worden gemaakt. Probeer het opnieuw.
error-rate-limited =
    { $seconds ->
        [one] Op dit moment te veel verzoeken; wacht { $seconds } seconde.
       *[other] Op dit moment te veel verzoeken; wacht { $seconds } seconden.
    }
web-title = clawmedic — diagnose van OpenClaw-uitvoer
web-paste-label = Plak hier OpenClaw-uitvoer (keys en tokens worden weggelakt voordat er iets wordt getoond)
web-submit = Diagnosticeren
web-copy = Kopiëren
web-copied = Gekopieerd
cmd-watch-description = Zet automatische diagnose van in dit kanaal geplakte OpenClaw-uitvoer aan of uit
opt-watch-mode-description = on: reageer op hier geplakte OpenClaw-uitvoer; off: stop
watch-on =
    { $seconds ->
        [one] Ik houd { $channel } in de gaten: berichten met OpenClaw-uitvoer krijgen een diagnose, maximaal één antwoord per thread per seconde.
       *[other] Ik houd { $channel } in de gaten: berichten met OpenClaw-uitvoer krijgen een diagnose, maximaal één antwoord per thread per { $seconds } seconden.
    }
watch-off = Ik houd { $channel } niet meer in de gaten.
watch-unavailable = De watch-modus staat uit in de configuratie van deze bot.
error-permission = Je hebt de machtiging Server beheren (Manage Server) nodig om dit te wijzigen.
error-guild-only = Dit commando werkt alleen in een serverkanaal.
error-store = De instelling kon nu niet worden opgeslagen; probeer het over een minuut opnieuw.
error-no-memory = Deze diagnose wordt niet meer onthouden (verlopen, of het geheugen is onbereikbaar). Voer het commando opnieuw uit met je uitvoer.
error-download = De bijlage { $path } kon niet worden gedownload; plak in plaats daarvan de tekst.
error-bad-profile = { $profile } is geen auth-profiel-id; id's zien eruit als provider:name, bijvoorbeeld openai:work.
pin-title = De /model pin voor je OpenClaw-gesprek
pin-model-placeholder = Vervang <model> door een model dat { $provider } aanbiedt; /models { $provider } in dat gesprek toont de lijst.
status-title = Je /model status, uitgelegd
status-current = Het gesprek waarin je het uitvoerde, gebruikt { $model }.
status-current-selected = Het gesprek waarin je het uitvoerde, gebruikt { $model }, met de hand gekozen: een met de hand gekozen model valt nooit terug op andere.
status-default = Het standaardmodel is { $model }.
status-active = Het volgende verzoek aan { $provider } gebruikt het profiel { $profile }.
status-auth-ok = { $profile }: ingelogd, nog geldig voor { $remaining }.
status-auth-ok-plain = { $profile }: ingelogd.
status-auth-expiring = { $profile }: verloopt over { $remaining }; vernieuw de login binnenkort.
status-auth-expired = { $profile }: de login is verlopen.
status-auth-missing = { $profile }: er is geen credential opgeslagen.
status-auth-cooldown = { $profile }: in cooldown na fouten (nog { $remaining }).
status-auth-disabled = { $profile }: uitgeschakeld ({ $reason }).
status-not-recognized = Dit is geen uitvoer van /model status of models status. Voer /model status uit in het gesprek dat mislukt, of openclaw models status op de gateway-host, en plak alles.
web-language-auto = Zelfde taal als de geplakte tekst (herkend)
web-privacy = Niets wat je plakt wordt opgeslagen of gelogd; alleen de diagnose wordt getoond.
web-image-label = Of een screenshot van de terminal (PNG, JPEG of WebP): kies hem hier, of sleep of plak hem in het vak hierboven
step-unusable-name = Een naam in je geplakte tekst bevat tekens die geen enkele OpenClaw-naam heeft, dus hij is niet in deze opdracht overgenomen: vervang `{ $placeholder }` door de exacte naam uit de uitvoer van OpenClaw zelf.
step-uncertain-read = Ik las `{ $read }` in je screenshot, maar weet niet elk teken zeker, dus het staat niet in deze opdracht: kopieer de exacte id uit je terminal (als tekst) op de plaats van `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = De opgegeven versie, ‘{ $given }’, is geen OpenClaw-release die deze build kent, dus die is niet gebruikt. `openclaw --version` op de gateway-host toont de precieze versie.
note-version-conflict = Je gaf OpenClaw { $given } op, maar je geplakte tekst toont { $pasted }; dit antwoord gebruikt { $given }, de versie die je opgaf.
error-file-is-dir = { $path } is een map, geen bestand: geef het bestand op waarin de uitvoer staat.
error-file-permission = Kan { $path } niet lezen: je hebt geen toestemming om dit bestand te lezen.
error-malformed-json = De body van het verzoek is geen JSON die deze API leest: stuur een object met `paste` (tekst) of `messages` (een lijst met teksten).
error-bad-thread = De thread-id moet 16 tot 128 tekens uit A-Z, a-z, 0-9, _ en - hebben; gebruik een willekeurige id.
error-too-many-messages = Hoogstens { $limit } berichten per verzoek; stuur de rest in een tweede verzoek.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = de login heeft een terminal nodig die hij niet kreeg
cause-oauth_profile_not_attached = de ChatGPT/Codex-login hangt niet aan het verzoek
cause-agent_model_override = het eigen model van de agent gaat boven het standaardmodel
cause-models_json_rejected = door één provider-entry weigert OpenClaw de hele modelconfig
cause-custom_model_misrouted = een eigen model wordt naar het endpoint van een andere provider gestuurd
cause-auth_profile_wrong_type = het geheim is als het verkeerde soort credential opgeslagen
cause-context_window_too_small = het contextvenster van het model ligt onder het minimum van OpenClaw
cause-profile_param_ignored = params.authProfileId kiest het account niet
cause-default_model_not_set = het ingebouwde standaardmodel wordt nog gebruikt
cause-ssrf_blocked = de bescherming van OpenClaw tegen privénetwerken blokkeerde het adres van de provider
cause-context_overflow = het gesprek past niet meer in de context van het model
cause-oauth_refresh_transient = het vernieuwen van de login mislukte één keer, zonder dat de login verlopen was
cause-env_key_not_bound = de key staat in de omgeving maar is niet aan de provider gekoppeld
cause-turn_timeout = de beurt liep over zijn tijdslimiet heen
cause-directive_syntax = het /model-commando is ingetypt in een vorm die OpenClaw niet accepteert
login_requires_tty-summary = De login draaide zonder interactieve terminal (een script, een pipe of docker exec zonder -t) en stopte daarom voordat hij iets kon vragen. Pipe het geheim in plaats daarvan naar een paste-commando, of start de login vanuit een echte terminal.
oauth_profile_not_attached-summary = Verzoeken gaan zonder credential naar de OpenAI Platform API, terwijl er een ChatGPT/Codex-OAuth-profiel bestaat: de beurt loopt niet via de Codex-runtime. Er is geen key om te vervangen.
agent_model_override-summary = De agent { $agent } heeft een eigen model ({ $model }), en dat gaat boven het standaardmodel dat je hebt gewijzigd. Pas het model van de agent aan of verwijder het.
agent_model_override-summary-plain = Een agent heeft een eigen model, en dat gaat boven het standaardmodel dat je hebt gewijzigd. Pas het model van die agent aan of verwijder het.
models_json_rejected-summary = OpenClaw weigerde zijn gegenereerde modellenlijst omdat de entry voor { $provider } ongeldig is; zolang die geweigerd wordt, lijken ook modellen van andere providers onbekend of niet toegestaan.
custom_model_misrouted-summary = De entry van het eigen model voor { $provider } heeft geen eigen api en baseUrl, dus verzoeken gaan naar het endpoint van een andere provider, die de key weigert. De key zelf is in orde.
auth_profile_wrong_type-summary = Het geheim voor { $provider } is geldig, maar opgeslagen als het verkeerde soort credential voor die provider, dus OpenClaw stuurt het op de verkeerde manier mee. Sla het opnieuw op met het commando voor dat soort.
context_window_too_small-summary = { $model } is ingesteld met een contextvenster van { $ctx } tokens, onder het minimum van { $min } van OpenClaw, dus OpenClaw weigert het te gebruiken. Meestal is de ingestelde waarde een gekopieerde standaardwaarde, niet het echte venster van het model.
context_window_too_small-summary-plain = Het model is ingesteld met een contextvenster onder het minimum van OpenClaw, dus OpenClaw weigert het te gebruiken. Meestal is de ingestelde waarde een gekopieerde standaardwaarde, niet het echte venster van het model.
profile_param_ignored-summary = params.authProfileId in een model-entry kiest het account niet: OpenClaw gebruikt nog steeds het eerste profiel uit de auth-volgorde. Pin het profiel in het gesprek, of zet het vooraan in de volgorde.
default_model_not_set-summary = OpenClaw draait nog zijn ingebouwde standaardmodel ({ $provider }), dat je nooit hebt ingesteld. Stel het model dat je koos in als standaard; een key voor { $provider } is niet nodig.
ssrf_blocked-summary = OpenClaw weigerde te verbinden omdat het adres van de provider naar een privé- of speciaal IP-adres verwijst (dat doet een fake-IP-proxy of split-DNS). Herstel de DNS of de proxymodus, of sta privéadressen toe voor een bewust lokale server.
context_overflow-summary = Het gesprek is groter dan het contextvenster van het model. Comprimeer het of start een nieuwe sessie; een model met meer context helpt ook.
oauth_refresh_transient-summary = Het vernieuwen van de login voor { $provider } mislukte één keer zonder dat gemeld werd dat de login verlopen was (een netwerkhapering of een druk token-endpoint). Probeer het eerst opnieuw; log alleen opnieuw in als het blijft gebeuren.
env_key_not_bound-summary = { $env } staat in de omgeving van de gateway, maar deze build gebruikt die alleen als de providerconfig ernaar verwijst. Laat doctor hem koppelen, of verwijs ernaar in models.providers.{ $provider }.apiKey.
turn_timeout-summary = De beurt liep over de totale tijdslimiet heen en is gestopt; de provider zelf gaf wel antwoord. Verhoog de limiet voor lang werk, of gebruik een sub-agent.
directive_syntax-summary = Het /model-commando heeft het model vóór het profiel nodig: /model provider/model@profile.
step-paste-api-key-stdin = Pipe de key naar het paste-commando (geen terminal nodig); zet eerst KEY, die wordt niet getoond.
step-paste-token-stdin = Pipe een token of setup-token in plaats daarvan naar paste-token.
step-docker-tty = Of start de login vanuit een interactieve terminal in de container.
step-codex-runtime-inspect = Controleer of de plugin van de Codex-runtime geladen en actueel is.
step-edit-agent-model = Pas het eigen model van de agent aan of verwijder het (agents.list → model) in het configuratiebestand, zodat het standaardmodel geldt.
step-check-agent-model = Controleer welk model die agent echt gebruikt.
step-fix-provider-entry = Geef models.providers.{ $provider } een apiKey (een verwijzing naar een omgevingsvariabele, of een willekeurige placeholder voor een lokale server), of verwijder zijn eigen modellenlijst.
step-list-models-after-fix = Toon de modellen opnieuw zodra de gateway zijn modellenlijst opnieuw heeft gemaakt.
step-set-api-baseurl = Stel api en baseUrl in op models.providers.{ $provider }, zodat verzoeken naar het endpoint van die provider gaan (of verwijder de eigen entry en gebruik een model uit de catalogus).
step-set-context-window = Zet het echte contextWindow van het model in models.providers.{ $provider }.models (de ingestelde waarde ligt onder het minimum).
step-choose-bigger-model = Of kies een model met een groter contextvenster.
step-pin-profile = Pin het profiel in het OpenClaw-gesprek dat mislukt.
step-order-first = Of zet het profiel vooraan in de auth-volgorde van { $provider }.
step-set-default-model = Stel het model dat je echt gebruikt in als standaard.
step-ssrf-allow-private = Alleen voor een bewust lokale of privé-modelserver: sta privéadressen toe voor die provider.
step-check-dns-proxy = Controleer op de gateway-host waarnaar de host van de provider resolvet (een proxy in fake-IP-modus geeft 198.18.x.x).
step-compact = Comprimeer het gesprek dat mislukt.
step-login-if-repeats = Alleen als het blijft mislukken: log opnieuw in bij { $provider }.
step-raise-timeout = Verhoog de totale limiet per beurt (in seconden) voor lang werk.
step-doctor-bind-env = Laat doctor de key uit de omgeving aan de provider koppelen.
step-env-ref = Of verwijs naar de variabele in de apiKey van de provider.
step-store-right-type = Sla het geheim opnieuw op met het commando voor dat soort.
step-update-fixed = Werk OpenClaw bij: latere releases lossen dit op.
ask-logs-one-turn = De logregels van één mislukte beurt tonen de fout die OpenClaw kreeg.
reply-candidates = Dit lijkt op ‘{ $first }’ of ‘{ $second }’; het commando hieronder maakt het onderscheid.
status_display_mismatch-runs-work-summary = Een statusscherm meldt een probleem, maar volgens jou werken de runs zelf: de waarschuwing gaat over hoe de status de instellingen leest, niet over de verzoeken. Voor de runs hoeft niets te worden hersteld.
not_model_auth-session-lock-summary = Het sessiebestand is vergrendeld door een ander proces (vaak een tweede gateway of een vastgelopen run), dus faalt elk model op dezelfde manier. Dit is geen modelcredential: zorg dat er één gateway draait en herstart die.
not_model_auth-plugin-registry-summary = De plugin-registry weigerde de download (rate limit of fout), niet een modelprovider. Probeer de installatie later opnieuw; je modelinstellingen hebben er niets mee te maken.
step-retry-plugin-later = Controleer wat er geïnstalleerd is en start de installatie over een paar minuten opnieuw.
version_regression-live-switch-summary = De sessie markeert de /model-wissel als in behandeling maar voert hem nooit uit, dus blijven antwoorden van het oude model komen. Latere releases lossen dit op.
step-check-switch = Wissel na het bijwerken opnieuw en controleer of de sessie echt het nieuwe model gebruikt.
model_not_allowed-picker-summary = De wissel werd geweigerd als { $model }: oudere kiezers in de Control UI zetten de provider van de sessie vóór het model van een andere provider. Kies zelf de volledige ref, of werk bij.
step-pick-full-ref = Kies in het OpenClaw-gesprek dat mislukt het model met zijn volledige provider/model-ref.
step-set-suggested-model = Gebruik het model dat de melding van OpenClaw voorstelt voor je login.
step-onboard-codex = Voeg de Codex-login toe via de onboarding (oudere builds hebben er geen provider-plugin voor).
step-enable-plugin = Schakel de plugin van de provider in, herstart daarna de gateway en log opnieuw in.
step-order-read = Lees de auth-volgorde die voor die provider geldt.
session_pin_stale-order-summary = De sessie houdt haar eigen profiel-override aan en negeert dus de auth-volgorde die { $profile } eerst zet. Pin het profiel in het OpenClaw-gesprek dat mislukt, of start een nieuwe sessie.
auth_order_not_applied-running-summary = De draaiende gateway houdt een eigen kopie van de auth-volgorde bij en schrijft die terug, dus wordt je wijziging ongedaan gemaakt. Stop de gateway, stel de volgorde in en start hem daarna.
step-stop-gateway-first = Stop eerst de gateway, zodat hij zijn oude volgorde niet kan terugschrijven.
step-order-again = Stel de volgorde opnieuw in terwijl de gateway gestopt is.
fallback_not_triggered-not-tried-summary = De fout beëindigde de beurt zonder over te stappen op je fallback-modellen, hoewel dat bij dit soort fout had moeten gebeuren. Controleer of de fallbacks echt gelden, en werk bij: meerdere releases hebben de fallback bij dit soort fout gerepareerd.
fallbacks_stripped-effective-summary = De failover-beslissing zegt dat er voor het mislukte model geen fallback is ingesteld, hoewel je fallbacks hebt ingesteld: de effectieve configuratie voor die agent of dat model heeft er geen.
step-watch-one-turn = Volg het log terwijl je één bericht stuurt, om de fout van die beurt te zien.
step-find-full-ref = Toon de ingestelde modellen om de volledige provider/model-ref te zien die je moet kiezen.
catalogue-unnamed-summary = OpenClaw heeft deze melding zelf gegeven, en ze betekent de oorzaak in de titel. Ze zegt niet om welke provider, welk model of welk profiel het gaat, dus de eerste stap laat dat zien.
session_pin_stale-foreign-summary = Het gesprek is gepind op { $profile }, een profiel van een andere provider, terwijl het een model van { $provider } gebruikt. Kies het model opnieuw zonder profiel om de pin te verwijderen.
unknown_model-unregistered-summary = { $model } is toegestaan in de configuratie maar niet geregistreerd onder models.providers.{ $provider }.models, dus vindt OpenClaw het niet. Registreer het, en geef een eigen provider zijn api en baseUrl.
step-register-model = Registreer het model onder zijn provider.
auth_profile_provider_mismatch-app-server-summary = De Codex-runtime kreeg { $profile }, maar dat is geen ChatGPT/Codex-login die hij accepteert. Log opnieuw in bij ChatGPT/Codex zodat hij een passend profiel krijgt, en werk bij: de migratie die dit profiel maakte, is later gerepareerd.
unknown-provider = de provider
unknown-model = het model
unknown-profile = het profiel
unknown-agent = de agent
unknown-env = de key-variabele
unknown-working = een ander profiel
ask-doctor = doctor toont wat hij na een update zou repareren (stores, id's, routes) zonder iets te wijzigen.

## Screenshots (issue 15): een afbeelding die niet kon worden gelezen. Voor een te groot bestand geldt error-too-large.
error-image-unreadable = { $path } kon niet worden gelezen als screenshot in PNG, JPEG of WebP. Plak in plaats daarvan de tekst uit je terminal.
error-image-pixels = { $path } is { $width }×{ $height } pixels; screenshots tot { $limit } pixels worden gelezen. Snijd hem bij tot het terminalvenster, of plak de tekst.
error-image-timeout = Het lezen van de screenshot { $path } duurde te lang. Plak in plaats daarvan de tekst uit je terminal.
error-image-unavailable = Screenshots kunnen hier nu niet worden gelezen. Plak in plaats daarvan de tekst uit je terminal.
error-image-no-text = In { $path } is geen terminaltekst gevonden. Plak in plaats daarvan de tekst uit je terminal.
