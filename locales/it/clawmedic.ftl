# clawmedic — italiano.
# Comandi, id, nomi dei profili e ref dei modelli non fanno mai parte di questi messaggi:
# arrivano come variabili ($provider, $profile, $model, …) o li stampa il layout in blocchi di codice.

## Reply layout

reply-title = Diagnosi di clawmedic
reply-version-seen = OpenClaw { $version } (letto da ciò che hai incollato).
reply-version-flag = OpenClaw { $version } (come indicato).
reply-version-unknown = Versione di OpenClaw sconosciuta: i passaggi qui sotto funzionano su ogni release, salvo dove indicato.
reply-version-floor = Versione di OpenClaw non indicata; quello che hai incollato sembra { $version } o successiva (percorso dello store e id).
reply-top-finding = Causa più probabile: { $title }
reply-next-finding = Se non basta: { $title }
reply-evidence = Indizi
reply-evidence-line = messaggio { $message }, riga { $line }
reply-ruled-out = Cause escluse
reply-steps = Prossimi passi
reply-asks =
    { $count ->
        [one] Esegui questo comando e incolla il suo output
       *[other] Esegui questi comandi e incolla il loro output
    }
reply-need-more-info = In questo thread non c'è ancora niente di conclusivo. Esegui i comandi qui sotto e incolla il loro output (maschera chiavi e token).
reply-mask-reminder = Maschera chiavi e token prima di incollare.
where-cli = shell dell'host del gateway
where-chat = la chat di OpenClaw che fallisce
where-config = file di configurazione
where-config-cli = shell dell'host del gateway (modifica il file di configurazione)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Quello che hai incollato conteneva un segreto (una chiave API o un token). Non viene ripetuto qui. Elimina subito quel messaggio e ruota il segreto presso il suo provider.
       *[other] Quello che hai incollato conteneva { $count } segreti (chiavi API o token). Non vengono ripetuti qui. Elimina subito quel messaggio e ruota ciascuno di essi presso il suo provider.
    }
mojibake-note = Alcuni caratteri di ciò che hai incollato erano codificati male; sono stati corretti prima della lettura.

## Notes

note-flag-too-new = Il tuo OpenClaw non conosce ancora { $flag } (è arrivato con la { $since }). Senza l'opzione: `{ $command }`
note-flag-too-new-plain = Il tuo OpenClaw non conosce ancora { $flag } (è arrivato con la { $since }): esegui lo stesso comando senza l'opzione.

## Cause titles

cause-oauth_expired = il login OAuth è scaduto
cause-refresh_token_reused = il refresh token è stato usato due volte
cause-oauth_scope_missing = al login manca uno scope necessario
cause-missing_api_key = nessuna credenziale per questo provider
cause-invalid_api_key = la chiave API viene rifiutata
cause-external_cli_credential_stale = la credenziale copiata da un'altra CLI non è aggiornata
cause-pinned_profile_missing_credential = il profilo fissato non ha credenziali
cause-auth_provider_not_loaded = il login indica un provider che non è caricato
cause-per_agent_auth_store = la credenziale si trova nello store di un altro agente
cause-auth_store_migration_required = lo store di autenticazione va migrato
cause-profile_excluded_by_auth_order = l'ordine di auth esclude i profili funzionanti
cause-auth_order_not_applied = il nuovo ordine di auth non è stato applicato
cause-session_pin_stale = la conversazione che fallisce usa ancora un vecchio profilo
cause-wrong_provider_prefix = il ref del modello e il profilo appartengono a provider diversi
cause-auth_profile_provider_mismatch = un profilo è legato a un altro provider
cause-legacy_codex_ids = vecchi id openai-codex su una build che li ha rinominati
cause-unknown_model = il modello non è noto al provider o alla config
cause-model_not_allowed = il modello non è nella allowlist
cause-rate_limit_cooldown = il provider è in rate limit o in cooldown
cause-billing_disabled = l'account ha esaurito il credito
cause-provider_unreachable = il provider non è raggiungibile
cause-fallbacks_stripped = i fallback sono stati rimossi dalla config effettiva
cause-ollama_fallback_dropped = il fallback Ollama non può rispondere
cause-fallback_not_triggered = il turno è fallito senza provare un fallback
cause-runtime_unavailable = il runtime Codex non riesce a eseguire il turno
cause-cloudflare_403 = le richieste a ChatGPT finiscono in una challenge di Cloudflare
cause-version_regression = un bug noto di questa build di OpenClaw
cause-gateway_not_reloaded = il gateway in esecuzione serve ancora lo stato vecchio
cause-request_rejected = il provider ha rifiutato la richiesta stessa
cause-status_display_mismatch = una schermata di stato avvisa, ma le esecuzioni funzionano
cause-not_model_auth = non è un problema di autenticazione del modello
cause-all_ok = sembra tutto a posto
cause-need_more_info = serve altro output

## Finding summaries

oauth_expired-summary = Il login salvato per { $provider } non riesce più a rinnovare il suo access token, quindi ogni richiesta che lo usa fallisce. Rifai il login sull'host del gateway, poi riavvia il gateway.
refresh_token_reused-summary = Il refresh token di { $provider } è stato consumato da due client (due gateway, copie per agente o un token importato da una CLI) e ora il provider lo rifiuta. Rifai il login, una sola volta; tieni un solo gateway e metti per primo il nuovo profilo.
oauth_scope_missing-summary = Al token di { $provider } manca lo scope richiesto dalla richiesta, oppure il login ha chiesto uno scope che questa build potrebbe non poter usare.
missing_api_key-summary = L'agente che ha eseguito il turno non ha credenziali per { $provider }. Dagliene una, poi riavvia il gateway.
invalid_api_key-summary = Una chiave API per { $provider } viene inviata e rifiutata. Scopri quale chiave prevale (un profilo salvato ha la precedenza sull'ambiente della shell) e sostituisci quella.
external_cli_credential_stale-summary = OpenClaw usa una credenziale { $provider } copiata da un'altra CLI, e quella copia non è aggiornata. Aggiorna la sorgente, poi rifai il login.
pinned_profile_missing_credential-summary = Il profilo fissato { $profile } non contiene nessun segreto utilizzabile. Fissa subito un profilo funzionante, oppure dai una credenziale a { $profile }.
auth_provider_not_loaded-summary = Nessun plugin caricato registra il provider { $provider }, quindi il login non può partire.
per_agent_auth_store-summary = L'agente { $agent } legge il proprio store di auth, e quello store non ha credenziali { $provider }; il login che hai fatto è finito su un altro agente. Fai il login per { $agent }.
auth_store_migration_required-summary = Questa build conserva le credenziali in un nuovo formato di store e ignora quello vecchio finché doctor non lo migra. Ferma il gateway, esegui doctor, controlla che i profili siano tornati e riavvialo.
profile_excluded_by_auth_order-summary = Ogni profilo { $provider } utilizzabile è escluso dall'ordine di auth, quindi non viene provato niente. Svuota l'ordine o impostalo sui profili che esistono.
auth_order_not_applied-summary = La modifica dell'ordine non è arrivata allo store che legge l'agente, quindi vale ancora l'ordine vecchio.
session_pin_stale-summary = La conversazione che fallisce è fissata su { $profile }, che è scaduto o mancante, mentre { $working } funziona. Fissa di nuovo quella conversazione sul profilo funzionante.
session_pin_stale-override-summary = La conversazione che fallisce ha un proprio override del profilo ({ $profile }), che le modifiche fatte dalla CLI non toccano. Fissalo di nuovo in quella conversazione.
session_pin_stale-cli-healthy-summary = Il probe della CLI mostra che { $working } funziona, ma la conversazione continua a fallire: tiene il suo vecchio profilo. Fissa il profilo funzionante nella conversazione che fallisce; escludere il vecchio profilo dall'ordine è voluto, quindi non svuotare l'ordine.
wrong_provider_prefix-summary = Quando fissi un profilo, il provider del ref del modello deve coincidere con quello del profilo. { $profile } appartiene a { $provider }, quindi in questa release il ref deve iniziare con quel provider.
wrong_provider_prefix-default-summary = In questa release un modello openai/… con solo un login OAuth Codex non ha credenziali; il modello predefinito deve usare il provider openai-codex.
auth_profile_provider_mismatch-summary = { $profile } appartiene a un altro provider e non può stare nell'ordine di { $provider }. Nell'ordine di ogni provider tieni solo i suoi profili; per un secondo provider usa un fallback di modello.
legacy_codex_ids-summary = La config o i profili usano ancora i vecchi id openai-codex, che questa release ha rinominato o rifiuta. Lascia che doctor li migri.
unknown_model-summary = { $model } non è né nel catalogo del provider né nella config. Scegli un id di modello elencato dal provider.
model_not_allowed-summary = { $model } è fuori dalla allowlist dei modelli dell'agente. Aggiungilo, poi selezionalo di nuovo.
rate_limit_cooldown-summary = { $provider } è in cooldown dopo errori di rate limit o di limite d'uso; rifare il login non serve. Aspetta, oppure aggiungi un altro profilo o un fallback.
billing_disabled-summary = Il provider ha rifiutato per motivi di fatturazione o di quota e il profilo è disattivato per ore. Ricarica il credito presso il provider o, nel frattempo, cambia provider.
provider_unreachable-summary = Da { $provider } non è arrivata nessuna risposta utilizzabile (timeout, rete, TLS o errore del server). Verifica la raggiungibilità dall'host del gateway.
fallbacks_stripped-summary = L'agente { $agent } imposta il modello come semplice stringa, il che azzera i fallback predefiniti. Usa la forma a oggetto con una lista fallbacks.
ollama_fallback_dropped-summary = Il fallback Ollama non ha una voce di provider né una chiave segnaposto, quindi fallisce appena la catena ci arriva.
fallback_not_triggered-summary = L'errore ha chiuso il turno senza provare i fallback; questa build ha lì un bug di loop o di limite d'uso.
fallback_not_triggered-selected-summary = Nella conversazione che fallisce { $model } è stato selezionato a mano. Un modello scelto a mano viene usato così com'è: non passa mai a un altro. Torna al modello predefinito.
runtime_unavailable-summary = Il runtime Codex (app-server o plugin) non riesce a eseguire il turno, spesso perché un plugin codex esterno obsoleto è più vecchio del core.
cloudflare_403-summary = Le richieste ChatGPT/Codex ricevono una pagina di challenge di Cloudflare, che questa build segnala come errore DNS o rate limit.
version_regression-summary = Questa build ha un bug noto: un login Codex appena fatto supera il probe ma fallisce il refresh nel runtime.
version_regression-known-summary = OpenClaw { $version } ha un bug noto con esattamente questa firma; è corretto in { $fixed }. Aggiorna a una versione più recente (mai un downgrade attraverso una migrazione dello storage).
gateway_not_reloaded-summary = La CLI vede la credenziale { $provider }, ma il gateway in esecuzione non è stato riavviato e serve ancora lo stato vecchio.
request_rejected-summary = Il provider ha rifiutato il corpo della richiesta (schema o dimensione del contesto), non la credenziale. Avvia una nuova sessione; non serve un nuovo login.
status_display_mismatch-summary = { $profile } risulta scaduto in una schermata di stato mentre le esecuzioni continuano a funzionare; non c'è niente di rotto. Rinnovalo solo per togliere l'avviso.
not_model_auth-summary = Questa è l'autenticazione del gateway o del dispositivo, non una credenziale del modello; i comandi models auth non la cambiano.
not_model_auth-channel-summary = Questo è un token di un canale chat (l'account del bot), non una credenziale del modello; i comandi models auth non lo cambiano.
all_ok-summary = Ogni profilo testato risponde e niente di ciò che hai incollato segnala un errore. Se una chat fallisce ancora, incolla il suo errore e il suo /model status.

## Step notes

step-login = Rifai il login per { $provider } sull'host del gateway (apre un browser o stampa un codice).
step-restart = Riavvia il gateway così il processo in esecuzione ricarica l'autenticazione.
step-verify = Verifica con un probe live che la credenziale funzioni.
step-upgrade = Aggiorna OpenClaw all'ultima release.
step-doctor-fix = Lascia che doctor migri la config e i profili.
step-claude-setup-token = Crea un nuovo setup token di Claude, poi salvalo in OpenClaw.
step-one-gateway = Assicurati che per questa directory di stato giri un solo gateway.
step-order-new-id = Metti per primo il profilo appena creato (copia il suo id dall'output del login).
step-drop-baseurl = Rimuovi la baseUrl della Platform API, così il token ChatGPT non viene inviato lì.
step-local-placeholder-key = I provider locali hanno bisogno solo di una chiave segnaposto.
step-configure-key = Inserisci la chiave { $provider } in modo interattivo (non incollare mai chiavi in chat).
step-env-file = Oppure metti la chiave nel file env del gateway: il servizio ignora gli export della shell.
step-read-effective = Leggi la sorgente effective= del provider: è quella la chiave che viene inviata.
step-refresh-external-cli = Prima rinnova il login dell'altra CLI.
step-pin-working = Fissa il profilo funzionante { $profile } nella conversazione che fallisce, poi manda un normale messaggio di prova.
step-login-renamed-codex = In questa release l'OAuth di ChatGPT/Codex fa il login sotto il provider openai.
step-check-profiles-back = Controlla che i profili siano di nuovo elencati; se la lista è vuota, rifai il login.
step-order-clear = Rimuovi l'override dell'ordine per agente.
step-order-set-alternative = Oppure imposta l'ordine sui profili che esistono.
step-release-lock = Ferma il gateway così rilascia il lock dello store.
step-pin = Fissa { $profile } nella conversazione che fallisce, poi manda un normale messaggio di prova.
step-cross-provider-fallback = Per usare un altro provider come riserva, aggiungi invece un fallback di modello.
step-new-drops-auto = Una nuova sessione elimina un override automatico.
step-find-current-id = Trova l'id attuale del profilo (un nuovo login potrebbe averne creato uno nuovo).
step-pin-current-id = Poi fissa quell'id nella conversazione che fallisce.
step-undo-5-5-rewrite = Annulla la riscrittura 5.5 del modello predefinito.
step-set-unified-ref = Oppure imposta a mano il ref del modello attuale.
step-ollama-model-entry = Aggiungi il modello alla lista dei modelli del provider ollama.
step-list-models = Elenca gli id dei modelli offerti da questo provider.
step-set-listed-model = Imposta come predefinito un id di quella lista.
step-allow-model = Aggiungi il modello alla allowlist (con il comando stampato dall'errore).
step-see-cooldowns = Guarda quali profili sono in cooldown e per quanto (Unavailable auth profiles).
step-add-fallback = Aggiungi un fallback su un altro provider così i turni continuano a funzionare nel frattempo.
step-after-top-up = Dopo la ricarica, cancella lo stato di disattivazione salvato.
step-object-form-model = Scrivi il modello dell'agente in forma a oggetto, con i suoi fallback.
step-check-fallbacks = Controlla che Fallbacks (N) ora li elenchi.
step-reset-selection = Riporta la conversazione che fallisce al modello predefinito.
step-inspect-codex-plugin = Confronta la versione del runtime del plugin codex con quella del core.
step-find-stale-plugin = Aggiorna o rimuovi una copia esterna obsoleta del plugin codex.
step-step-back-same-era = Oppure torna all'ultima release buona della stessa generazione di storage.
step-codex-backend-url = Se resti su questa release: manda le richieste Codex al backend di ChatGPT.
step-new-session = Avvia una nuova sessione nella conversazione che fallisce.
step-check-api = Controlla che l'api: mostrato sia adatto al modello.
step-clear-display = Solo per togliere l'avviso: rinnova il login della CLI di Claude e ricollegalo.
step-channel-status = Controlla quale canale non si avvia.
step-channel-token = Inserisci il nuovo token del bot per quel canale.

## Asks

ask-version = Il prossimo passo dipende dalla release di OpenClaw.
ask-model-status-if-chat-fails = Solo se una chat fallisce ancora: eseguilo in quella conversazione.
ask-models-status = Mostra il modello predefinito, i fallback, la credenziale effettiva di ogni provider e i cooldown.
ask-probe = Testa ogni profilo dal vivo e mostra quale fallisce e perché.
ask-order = Mostra quali profili l'ordine lascia passare.
ask-model-status = Eseguilo nella conversazione che fallisce: mostra il profilo usato da quella conversazione.
ask-auth-list = Mostra gli id esatti dei profili da fissare.
ask-decision-lines = Copia le righe [model-fallback/decision] di un turno fallito.

## Errors (command line and bots)

error-file-missing = Impossibile leggere { $path }: il file non esiste.
error-file-unreadable = Impossibile leggere { $path }: { $reason }
error-binary = { $path } sembra contenere dati binari, non testo incollato.
error-too-large =
    { $limit ->
        [one] { $path } supera { $limit } byte; incolla solo l'output rilevante.
       *[other] { $path } supera i { $limit } byte; incolla solo l'output rilevante.
    }
error-unknown-lang = Lingua sconosciuta { $lang }; usa una di queste: { $list }.
error-bad-version = Impossibile leggere la versione di OpenClaw { $version }; usa il formato 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnostica l'output di OpenClaw incollato e ottieni il prossimo passo
opt-paste-description = L'output da diagnosticare (lascia vuoto per aprire un modulo per testi lunghi)
opt-file-description = Un file .txt, .log o .json con l'output, o uno screenshot dell'output
opt-version-description = La tua versione di OpenClaw, ad es. 2026.6.9
opt-language-description = Lingua della risposta
cmd-model-description = Spiega l'output di /model status o crea un /model corretto per fissare un profilo
cmd-model-status-description = Spiega l'output incollato di /model status o models status
cmd-model-pin-description = Crea il /model per fissare un profilo
opt-profile-description = L'id del profilo di auth, ad es. openai:work
opt-model-description = Il modello, ad es. openai/gpt-5.5
ctx-diagnose-name = Diagnostica
modal-title = Incolla l'output di OpenClaw
modal-field-label = Output (maschera chiavi e token)
button-worked = Ha funzionato
button-still-failing = Non va ancora
button-show-in = Mostra in { $language }
reply-thanks = Grazie della conferma. Felice che funzioni.
reply-still-failing = Mi dispiace. Incolla qui il prossimo output e verrà letto insieme ai messaggi precedenti.
pin-explain = Il profilo { $profile } appartiene a { $provider }, quindi in questa release il ref del modello deve iniziare con { $provider }/.
pin-explain-renamed = In questa release i profili ChatGPT/Codex si chiamano openai:…; esegui prima doctor così { $profile } esiste.
error-no-input = Niente da diagnosticare: incolla l'output o allega un file.
error-attachment-type = Si possono leggere solo file .txt, .log e .json, oltre agli screenshot PNG, JPEG o WebP.
error-internal = Qualcosa è andato storto da parte nostra; non è stato possibile creare la risposta. Riprova.
error-rate-limited =
    { $seconds ->
        [one] Troppe richieste in questo momento; aspetta { $seconds } secondo.
       *[other] Troppe richieste in questo momento; aspetta { $seconds } secondi.
    }
web-title = clawmedic — diagnostica l'output di OpenClaw
web-paste-label = Incolla qui l'output di OpenClaw (chiavi e token vengono oscurati prima di mostrare qualsiasi cosa)
web-submit = Diagnostica
web-copy = Copia
web-copied = Copiato
cmd-watch-description = Attiva o disattiva la diagnosi automatica dell'output di OpenClaw incollato in questo canale
opt-watch-mode-description = on: rispondi all'output di OpenClaw incollato qui; off: smetti
watch-on =
    { $seconds ->
        [one] Monitoraggio attivo su { $channel }: i messaggi con output di OpenClaw ricevono una diagnosi, al massimo una risposta per thread ogni secondo.
       *[other] Monitoraggio attivo su { $channel }: i messaggi con output di OpenClaw ricevono una diagnosi, al massimo una risposta per thread ogni { $seconds } secondi.
    }
watch-off = Monitoraggio disattivato su { $channel }.
watch-unavailable = La modalità di monitoraggio è disattivata nella configurazione di questo bot.
error-permission = Per modificarlo ti serve il permesso "Gestisci server" (Manage Server).
error-guild-only = Questo comando funziona solo in un canale di un server.
error-store = Non è stato possibile salvare l'impostazione adesso; riprova tra un minuto.
error-no-memory = Questa diagnosi non è più in memoria (è scaduta, oppure la memoria non è raggiungibile). Esegui di nuovo il comando con il tuo output.
error-download = Non è stato possibile scaricare l'allegato { $path }; incolla invece il suo testo.
error-bad-profile = { $profile } non è un id di profilo di auth; gli id hanno la forma provider:name, ad esempio openai:work.
pin-title = Il /model per fissare il profilo nella tua conversazione OpenClaw
pin-model-placeholder = Sostituisci <model> con un modello offerto da { $provider }; /models { $provider } in quella conversazione li elenca.
status-title = Il tuo /model status, spiegato
status-current = La conversazione in cui l'hai eseguito usa { $model }.
status-current-selected = La conversazione in cui l'hai eseguito usa { $model }, scelto a mano: un modello scelto a mano non passa mai ad altri.
status-default = Il modello predefinito è { $model }.
status-active = La prossima richiesta a { $provider } usa il profilo { $profile }.
status-auth-ok = { $profile }: login attivo, valido ancora per { $remaining }.
status-auth-ok-plain = { $profile }: login attivo.
status-auth-expiring = { $profile }: scade tra { $remaining }; rinnova presto il login.
status-auth-expired = { $profile }: il login è scaduto.
status-auth-missing = { $profile }: nessuna credenziale salvata.
status-auth-cooldown = { $profile }: in cooldown dopo degli errori (mancano { $remaining }).
status-auth-disabled = { $profile }: disattivato ({ $reason }).
status-not-recognized = Questo non è l'output di /model status o models status. Esegui /model status nella conversazione che fallisce, oppure openclaw models status sull'host del gateway, e incollalo per intero.
web-language-auto = Stessa lingua del testo incollato (rilevata)
web-privacy = Niente di ciò che incolli viene salvato o registrato; viene mostrata solo la diagnosi.
web-image-label = Oppure uno screenshot del terminale (PNG, JPEG o WebP): sceglilo qui, oppure trascinalo o incollalo nel riquadro sopra
step-unusable-name = Un nome nel testo incollato contiene caratteri che nessun nome di OpenClaw ha, quindi non è stato copiato in questo comando: sostituisci `{ $placeholder }` con il nome esatto preso dall'output di OpenClaw.
step-uncertain-read = Ho letto `{ $read }` dal tuo screenshot ma non sono sicuro di ogni carattere, quindi non è in questo comando: copia l’id esatto dal tuo terminale (come testo) al posto di `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = La versione indicata, «{ $given }», non è una release di OpenClaw nota a questa build, quindi non è stata usata. `openclaw --version` sull'host del gateway mostra quella esatta.
note-version-conflict = Hai indicato OpenClaw { $given }, ma ciò che hai incollato mostra { $pasted }; questa risposta usa { $given }, la versione che hai indicato.
error-file-is-dir = { $path } è una cartella, non un file: indica il file che contiene l'output.
error-file-permission = Impossibile leggere { $path }: non hai il permesso di leggere questo file.
error-malformed-json = Il corpo della richiesta non è un JSON che questa API legge: invia un oggetto con `paste` (testo) o `messages` (un elenco di testi).
error-bad-thread = L'id del thread deve avere da 16 a 128 caratteri tra A-Z, a-z, 0-9, _ e -; usa un id casuale.
error-too-many-messages = Al massimo { $limit } messaggi per richiesta; invia gli altri in una seconda richiesta.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = il login ha bisogno di un terminale che non ha avuto
cause-oauth_profile_not_attached = il login ChatGPT/Codex non è collegato alla richiesta
cause-agent_model_override = il modello proprio dell'agente prevale su quello predefinito
cause-models_json_rejected = una voce di provider fa rifiutare a OpenClaw tutta la config dei modelli
cause-custom_model_misrouted = un modello personalizzato viene inviato all'endpoint di un altro provider
cause-auth_profile_wrong_type = il segreto è salvato come un tipo di credenziale sbagliato
cause-context_window_too_small = la finestra di contesto del modello è sotto il minimo di OpenClaw
cause-profile_param_ignored = params.authProfileId non sceglie l'account
cause-default_model_not_set = è ancora in uso il modello predefinito integrato
cause-ssrf_blocked = la protezione di rete privata di OpenClaw ha bloccato l'indirizzo del provider
cause-context_overflow = la conversazione non entra più nel contesto del modello
cause-oauth_refresh_transient = un rinnovo del login è fallito una volta senza che fosse scaduto
cause-env_key_not_bound = la chiave è nell'ambiente ma non è collegata al provider
cause-turn_timeout = il turno ha superato il suo limite di tempo
cause-directive_syntax = il comando /model è stato scritto in una forma che OpenClaw non accetta
login_requires_tty-summary = Il login è partito senza un terminale interattivo (uno script, una pipe o docker exec senza -t), quindi si è fermato prima di chiedere qualcosa. Passa invece il segreto via pipe a un comando paste, oppure avvia il login da un terminale vero.
oauth_profile_not_attached-summary = Le richieste vanno alla Platform API di OpenAI senza alcuna credenziale anche se esiste un profilo OAuth ChatGPT/Codex: il turno non passa dal runtime Codex. Non c'è nessuna chiave da ruotare.
agent_model_override-summary = L'agente { $agent } ha un modello proprio ({ $model }), che prevale sul modello predefinito che hai cambiato. Modifica o rimuovi il modello dell'agente.
agent_model_override-summary-plain = Un agente ha un modello proprio, che prevale sul modello predefinito che hai cambiato. Modifica o rimuovi il modello di quell'agente.
models_json_rejected-summary = OpenClaw ha rifiutato la lista di modelli che ha generato perché la voce di { $provider } non è valida; finché resta rifiutata, anche i modelli degli altri provider sembrano sconosciuti o non consentiti.
custom_model_misrouted-summary = La voce del modello personalizzato di { $provider } non ha api né baseUrl propri, quindi le richieste vanno all'endpoint di un altro provider, che rifiuta la chiave. La chiave in sé va bene.
auth_profile_wrong_type-summary = Il segreto per { $provider } è valido ma è salvato come un tipo di credenziale sbagliato per quel provider, quindi OpenClaw lo invia nel modo sbagliato. Salvalo di nuovo con il comando per il suo tipo.
context_window_too_small-summary = { $model } è configurato con una finestra di contesto di { $ctx } token, sotto il minimo di { $min } di OpenClaw, quindi OpenClaw si rifiuta di usarlo. Di solito il valore configurato è un predefinito copiato, non la vera finestra del modello.
context_window_too_small-summary-plain = Il modello è configurato con una finestra di contesto sotto il minimo di OpenClaw, quindi OpenClaw si rifiuta di usarlo. Di solito il valore configurato è un predefinito copiato, non la vera finestra del modello.
profile_param_ignored-summary = params.authProfileId in una voce di modello non sceglie l'account: OpenClaw usa comunque il primo profilo dell'ordine di auth. Fissa il profilo nella conversazione, oppure mettilo per primo nell'ordine.
default_model_not_set-summary = OpenClaw usa ancora il suo modello predefinito integrato ({ $provider }), che non hai mai configurato. Imposta come predefinito il modello che hai scelto; non serve nessuna chiave per { $provider }.
ssrf_blocked-summary = OpenClaw si è rifiutato di connettersi perché l'indirizzo del provider si risolve in un IP privato o a uso speciale (lo fa un proxy fake-IP o un DNS split). Correggi il DNS o la modalità del proxy, oppure consenti gli indirizzi privati per un server volutamente locale.
context_overflow-summary = La conversazione è più grande della finestra di contesto del modello. Compattala o avvia una nuova sessione; aiuta anche un modello con un contesto più ampio.
oauth_refresh_transient-summary = Il rinnovo del login di { $provider } è fallito una volta senza dire che il login fosse scaduto (un'interruzione di rete o un endpoint dei token sovraccarico). Prima riprova; rifai il login solo se continua a succedere.
env_key_not_bound-summary = { $env } è impostata nell'ambiente del gateway, ma questa build la usa solo se la config del provider vi fa riferimento. Lascia che doctor la colleghi, oppure fai riferimento a essa in models.providers.{ $provider }.apiKey.
turn_timeout-summary = Il turno ha superato il limite di tempo complessivo ed è stato fermato; il provider ha risposto. Alza il limite per i lavori lunghi, oppure usa un sotto-agente.
directive_syntax-summary = Il comando /model vuole il modello prima del profilo: /model provider/model@profile.
step-paste-api-key-stdin = Passa la chiave via pipe al comando paste (non serve un terminale); imposta prima KEY, non viene mostrata.
step-paste-token-stdin = Per un token o un setup token, passalo invece via pipe a paste-token.
step-docker-tty = Oppure avvia il login da un terminale interattivo dentro il container.
step-codex-runtime-inspect = Verifica che il plugin del runtime Codex sia caricato e aggiornato.
step-edit-agent-model = Modifica o rimuovi il modello proprio dell'agente (agents.list → model) nel file di configurazione, così vale il predefinito.
step-check-agent-model = Verifica quale modello usa davvero quell'agente.
step-fix-provider-entry = Dai a models.providers.{ $provider } un apiKey (un riferimento a una variabile d'ambiente, o un segnaposto qualsiasi per un server locale), oppure rimuovi la sua lista di modelli personalizzati.
step-list-models-after-fix = Elenca di nuovo i modelli quando il gateway avrà rigenerato la sua lista di modelli.
step-set-api-baseurl = Imposta api e baseUrl in models.providers.{ $provider } così le richieste vanno all'endpoint di quel provider (oppure rimuovi la voce personalizzata e usa un modello del catalogo).
step-set-context-window = Imposta il vero contextWindow del modello in models.providers.{ $provider }.models (il valore configurato è sotto il minimo).
step-choose-bigger-model = Oppure scegli un modello con una finestra di contesto più ampia.
step-pin-profile = Fissa il profilo nella chat di OpenClaw che fallisce.
step-order-first = Oppure metti il profilo per primo nell'ordine di auth di { $provider }.
step-set-default-model = Imposta come predefinito il modello che usi davvero.
step-ssrf-allow-private = Solo per un server di modelli volutamente locale o privato: consenti gli indirizzi privati per quel provider.
step-check-dns-proxy = Controlla sull'host del gateway in cosa si risolve l'host del provider (un proxy in modalità fake-IP dà 198.18.x.x).
step-compact = Compatta la conversazione nella chat che fallisce.
step-login-if-repeats = Solo se continua a fallire: rifai il login su { $provider }.
step-raise-timeout = Alza il limite complessivo per turno (in secondi) per i lavori lunghi.
step-doctor-bind-env = Lascia che doctor colleghi al provider la chiave dell'ambiente.
step-env-ref = Oppure fai riferimento alla variabile nell'apiKey del provider.
step-store-right-type = Salva di nuovo il segreto con il comando per il suo tipo.
step-update-fixed = Aggiorna OpenClaw: le release successive correggono il problema.
ask-logs-one-turn = Le righe di log di un turno fallito mostrano l'errore ricevuto da OpenClaw.
reply-candidates = Sembra «{ $first }» oppure «{ $second }»; il comando qui sotto permette di distinguerli.
status_display_mismatch-runs-work-summary = Una schermata di stato segnala un problema, ma dici che le esecuzioni in sé funzionano: l'avviso riguarda il modo in cui lo stato legge la configurazione, non le richieste. Per le esecuzioni non c'è niente da sistemare.
not_model_auth-session-lock-summary = Il file di sessione è bloccato da un altro processo (spesso un secondo gateway o un'esecuzione bloccata), quindi ogni modello fallisce allo stesso modo. Non si tratta di una credenziale del modello: assicurati che giri un solo gateway, poi riavvialo.
not_model_auth-plugin-registry-summary = Il registro dei plugin ha rifiutato il download (limite di richieste o errore), non un provider di modelli. Riprova l'installazione più tardi; la tua configurazione dei modelli non c'entra.
step-retry-plugin-later = Controlla cosa è installato, poi ripeti l'installazione fra qualche minuto.
version_regression-live-switch-summary = La sessione segna il cambio di /model come in sospeso ma non lo applica mai, quindi le risposte continuano ad arrivare dal vecchio modello. Le release successive lo correggono.
step-check-switch = Dopo l'aggiornamento, cambia di nuovo modello e controlla che la sessione usi davvero quello nuovo.
model_not_allowed-picker-summary = Il cambio è stato rifiutato come { $model }: i selettori più vecchi della Control UI mettono il provider della sessione davanti al modello di un altro provider. Seleziona tu la ref completa, oppure aggiorna.
step-pick-full-ref = Seleziona il modello con la sua ref completa provider/model nella chat di OpenClaw che fallisce.
step-set-suggested-model = Usa il modello che il messaggio di OpenClaw suggerisce per il tuo login.
step-onboard-codex = Aggiungi il login Codex tramite l'onboarding (le build più vecchie non hanno un plugin di provider per questo).
step-enable-plugin = Attiva il plugin del provider, poi riavvia il gateway e rifai il login.
step-order-read = Leggi l'ordine di auth in vigore per quel provider.
session_pin_stale-order-summary = La sessione mantiene il proprio override del profilo, quindi ignora l'ordine di auth che mette { $profile } per primo. Fissa il profilo nella chat di OpenClaw che fallisce, oppure avvia una nuova sessione.
auth_order_not_applied-running-summary = Il gateway in esecuzione tiene una propria copia dell'ordine di auth e la riscrive, quindi la tua modifica viene annullata. Ferma il gateway, imposta l'ordine, poi avvialo.
step-stop-gateway-first = Ferma prima il gateway, così non può riscrivere il suo vecchio ordine.
step-order-again = Imposta di nuovo l'ordine mentre il gateway è fermo.
fallback_not_triggered-not-tried-summary = L'errore ha chiuso il turno senza passare ai tuoi modelli di fallback, anche se con questo tipo di errore avrebbe dovuto passarci. Controlla che i fallback siano davvero in vigore, e aggiorna: diverse release hanno corretto il fallback su questo tipo di errore.
fallbacks_stripped-effective-summary = La decisione di failover dice che per il modello fallito non è configurato nessun fallback, anche se tu hai impostato dei fallback: la configurazione effettiva di quell'agente o modello non ne ha.
step-watch-one-turn = Segui il log mentre invii un messaggio, per vedere l'errore di quel turno.
step-find-full-ref = Elenca i modelli configurati per vedere la ref completa provider/model da selezionare.
catalogue-unnamed-summary = OpenClaw ha stampato questo messaggio da sé, e indica la causa del titolo. Non dice a quale provider, modello o profilo si riferisce, quindi il primo passo lo mostra.
session_pin_stale-foreign-summary = La conversazione è fissata su { $profile }, un profilo di un altro provider, mentre usa un modello { $provider }. Seleziona di nuovo il modello senza profilo per togliere il pin.
unknown_model-unregistered-summary = { $model } è consentito nella configurazione ma non registrato sotto models.providers.{ $provider }.models, quindi OpenClaw non lo trova. Registralo, e dai a un provider personalizzato il suo api e il suo baseUrl.
step-register-model = Registra il modello sotto il suo provider.
auth_profile_provider_mismatch-app-server-summary = Il runtime Codex ha ricevuto { $profile }, che non è un login ChatGPT/Codex che accetta. Rifai il login a ChatGPT/Codex così riceve un profilo adatto, e aggiorna: la migrazione che ha creato questo profilo è stata corretta in seguito.
unknown-provider = il provider
unknown-model = il modello
unknown-profile = il profilo
unknown-agent = l'agente
unknown-env = la variabile della chiave
unknown-working = un altro profilo
ask-doctor = doctor elenca cosa riparerebbe dopo un aggiornamento (store, id, instradamenti) senza cambiare nulla.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = Non è stato possibile leggere { $path } come screenshot PNG, JPEG o WebP. Incolla invece il testo dal tuo terminale.
error-image-pixels = { $path } è di { $width }×{ $height } pixel; si leggono screenshot fino a { $limit } pixel. Ritaglialo sulla finestra del terminale o incolla il testo.
error-image-timeout = La lettura dello screenshot { $path } ha richiesto troppo tempo. Incolla invece il testo dal tuo terminale.
error-image-unavailable = Al momento qui non è possibile leggere gli screenshot. Incolla invece il testo dal tuo terminale.
error-image-no-text = In { $path } non è stato trovato testo del terminale. Incolla invece il testo dal tuo terminale.
