# clawmedic — Deutsch.
# Befehle, IDs, Profilnamen und Modell-Refs sind nie Teil dieser Texte: Sie kommen als Variablen
# ($provider, $profile, $model, …) herein oder werden vom Layout in Code-Spans ausgegeben.

## Reply layout

reply-title = clawmedic-Diagnose
reply-version-seen = OpenClaw { $version } (aus deinem Paste gelesen).
reply-version-flag = OpenClaw { $version } (wie angegeben).
reply-version-unknown = OpenClaw-Version unbekannt: Die Schritte unten funktionieren in jedem Release, sofern nicht anders markiert.
reply-version-floor = OpenClaw-Version nicht angegeben; dein Paste sieht nach { $version } oder neuer aus (Store-Pfad und IDs).
reply-top-finding = Wahrscheinlichste Ursache: { $title }
reply-next-finding = Falls das nicht hilft: { $title }
reply-evidence = Belege
reply-evidence-line = Nachricht { $message }, Zeile { $line }
reply-ruled-out = Ausgeschlossene Ursachen
reply-steps = Nächste Schritte
reply-asks =
    { $count ->
        [one] Bitte führe diesen Befehl aus und füge seine Ausgabe ein
       *[other] Bitte führe diese Befehle aus und füge ihre Ausgabe ein
    }
reply-need-more-info = In diesem Thread ist noch nichts eindeutig. Führe die Befehle unten aus und füge ihre Ausgabe ein (Keys und Tokens maskieren).
reply-mask-reminder = Maskiere Keys und Tokens, bevor du etwas einfügst.
where-cli = Shell auf dem Gateway-Host
where-chat = der fehlschlagende OpenClaw-Chat
where-config = Konfigurationsdatei
where-config-cli = Shell auf dem Gateway-Host (ändert die Konfigurationsdatei)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Dein Paste enthielt ein Secret (einen API-Key oder Token). Es wird hier nicht wiederholt. Lösche deine Nachricht mit dem Secret sofort und rotiere es bei seinem Provider.
       *[other] Dein Paste enthielt { $count } Secrets (API-Keys oder Tokens). Sie werden hier nicht wiederholt. Lösche deine Nachricht mit den Secrets sofort und rotiere jedes davon bei seinem Provider.
    }
mojibake-note = Einige Zeichen in deinem Paste kamen falsch kodiert an; sie wurden vor dem Auswerten repariert.

## Notes

note-flag-too-new = Deine OpenClaw-Version kennt { $flag } noch nicht (kam mit { $since }). Ohne die Option: `{ $command }`
note-flag-too-new-plain = Deine OpenClaw-Version kennt { $flag } noch nicht (kam mit { $since }): führe denselben Befehl ohne die Option aus.

## Cause titles

cause-oauth_expired = Der OAuth-Login ist abgelaufen
cause-refresh_token_reused = Der Refresh-Token wurde zweimal verwendet
cause-oauth_scope_missing = Dem Login fehlt ein erforderlicher Scope
cause-missing_api_key = Keine Zugangsdaten für diesen Provider
cause-invalid_api_key = Der API-Key wird abgelehnt
cause-external_cli_credential_stale = Die aus einer anderen CLI kopierten Zugangsdaten sind veraltet
cause-pinned_profile_missing_credential = Das gepinnte Profil hat keine Zugangsdaten
cause-auth_provider_not_loaded = Der Login nennt einen Provider, der nicht geladen ist
cause-per_agent_auth_store = Die Zugangsdaten liegen im Store eines anderen Agenten
cause-auth_store_migration_required = Der Auth-Store muss migriert werden
cause-profile_excluded_by_auth_order = Die Auth-Reihenfolge lässt die funktionierenden Profile aus
cause-auth_order_not_applied = Die neue Auth-Reihenfolge wurde nicht übernommen
cause-session_pin_stale = Die fehlschlagende Unterhaltung nutzt noch ein altes Profil
cause-wrong_provider_prefix = Modell-Ref und Profil gehören zu verschiedenen Providern
cause-auth_profile_provider_mismatch = Ein Profil ist an einen anderen Provider gebunden
cause-legacy_codex_ids = Alte openai-codex-IDs in einem Build, der sie umbenannt hat
cause-unknown_model = Das Modell ist weder dem Provider noch der Konfiguration bekannt
cause-model_not_allowed = Das Modell steht nicht auf der Allowlist
cause-rate_limit_cooldown = Der Provider drosselt (Rate-Limit) oder ist im Cooldown
cause-billing_disabled = Das Konto hat kein Guthaben mehr
cause-provider_unreachable = Der Provider war nicht erreichbar
cause-fallbacks_stripped = Die Fallbacks wurden aus der effektiven Konfiguration entfernt
cause-ollama_fallback_dropped = Der Ollama-Fallback kann nicht antworten
cause-fallback_not_triggered = Der Turn ist fehlgeschlagen, ohne einen Fallback zu versuchen
cause-runtime_unavailable = Die Codex-Runtime kann den Turn nicht ausführen
cause-cloudflare_403 = ChatGPT-Anfragen landen in einer Cloudflare-Challenge
cause-version_regression = Ein bekannter Bug in diesem OpenClaw-Build
cause-gateway_not_reloaded = Das laufende Gateway liefert noch den alten Zustand
cause-request_rejected = Der Provider hat die Anfrage selbst abgelehnt
cause-status_display_mismatch = Eine Statusanzeige warnt, aber Runs funktionieren
cause-not_model_auth = Kein Problem mit der Modell-Authentifizierung
cause-all_ok = Alles sieht gut aus
cause-need_more_info = Es wird mehr Ausgabe benötigt

## Finding summaries

oauth_expired-summary = Der gespeicherte Login für { $provider } kann seinen Access-Token nicht mehr erneuern, daher schlägt jede Anfrage damit fehl. Melde dich auf dem Gateway-Host neu an und starte danach das Gateway neu.
refresh_token_reused-summary = Der Refresh-Token von { $provider } wurde von zwei Stellen verbraucht (zwei Gateways, Kopien pro Agent oder ein importierter CLI-Token), und der Provider lehnt ihn jetzt ab. Melde dich neu an, aber nur ein einziges Mal, lass nur ein Gateway laufen und setze das neue Profil an die erste Stelle.
oauth_scope_missing-summary = Dem Token von { $provider } fehlt der Scope, den die Anfrage braucht, oder der Login hat einen Scope angefordert, den dieser Build nicht verwenden darf.
missing_api_key-summary = Der Agent, der den Turn ausgeführt hat, hat keine Zugangsdaten für { $provider }. Gib diesem Agenten welche und starte danach das Gateway neu.
invalid_api_key-summary = Ein API-Key für { $provider } wird gesendet und abgelehnt. Finde heraus, welcher Key gewinnt (ein gespeichertes Profil schlägt die Shell-Umgebung), und ersetze genau diesen.
external_cli_credential_stale-summary = OpenClaw nutzt Zugangsdaten für { $provider }, die aus einer anderen CLI kopiert wurden, und diese Kopie ist veraltet. Aktualisiere die Quelle und melde dich dann neu an.
pinned_profile_missing_credential-summary = Das gepinnte Profil { $profile } enthält kein nutzbares Secret. Pinne jetzt ein funktionierendes Profil oder gib { $profile } Zugangsdaten.
auth_provider_not_loaded-summary = Kein geladenes Plugin registriert den Provider { $provider }, daher kann der Login nicht starten.
per_agent_auth_store-summary = Der Agent { $agent } liest seinen eigenen Auth-Store, und darin gibt es keine Zugangsdaten für { $provider }; dein Login ist bei einem anderen Agenten gelandet. Melde dich für { $agent } an.
auth_store_migration_required-summary = Dieser Build speichert Zugangsdaten in einem neuen Store-Format und ignoriert das alte, bis doctor es migriert. Stoppe das Gateway, führe doctor aus, prüfe, ob die Profile wieder da sind, und starte es erneut.
profile_excluded_by_auth_order-summary = Jedes nutzbare Profil von { $provider } wird durch die Auth-Reihenfolge ausgeschlossen, also wird gar nichts versucht. Leere die Reihenfolge oder setze sie auf die Profile, die tatsächlich existieren.
auth_order_not_applied-summary = Die geänderte Reihenfolge ist nicht in dem Store angekommen, den der Agent liest, daher gilt weiterhin die alte Reihenfolge.
session_pin_stale-summary = Die fehlschlagende Unterhaltung ist auf { $profile } gepinnt, das abgelaufen ist oder fehlt, während { $working } funktioniert. Pinne diese Unterhaltung neu auf das funktionierende Profil.
session_pin_stale-override-summary = Die fehlschlagende Unterhaltung hat einen eigenen Profil-Override ({ $profile }), den Änderungen über die CLI nicht berühren. Pinne das Profil in dieser Unterhaltung neu.
session_pin_stale-cli-healthy-summary = Die CLI-Probe zeigt, dass { $working } funktioniert, aber die Unterhaltung schlägt weiter fehl: Sie behält ihr altes Profil. Pinne das funktionierende Profil in der fehlschlagenden Unterhaltung; dass das alte Profil aus der Reihenfolge ausgeschlossen ist, ist gewollt, also leere die Reihenfolge nicht.
wrong_provider_prefix-summary = Bei einem Pin muss der Provider der Modell-Ref mit dem Provider des Profils übereinstimmen. { $profile } gehört zu { $provider }, daher muss die Ref in diesem Release mit diesem Provider beginnen.
wrong_provider_prefix-default-summary = In diesem Release hat ein openai/…-Modell mit nur einem Codex-OAuth-Login keine Zugangsdaten; das Standardmodell muss den Provider openai-codex verwenden.
auth_profile_provider_mismatch-summary = { $profile } gehört zu einem anderen Provider und kann nicht in die Reihenfolge von { $provider } aufgenommen werden. Jeder Provider bekommt nur seine eigenen Profile in seine Reihenfolge; für einen zweiten Provider nimm einen Modell-Fallback.
legacy_codex_ids-summary = Die Konfiguration oder die Profile nutzen noch die alten openai-codex-IDs, die dieses Release umbenannt hat oder ablehnt. Lass doctor sie migrieren.
unknown_model-summary = { $model } steht weder im Katalog des Providers noch in der Konfiguration. Wähle eine Modell-ID, die der Provider auflistet.
model_not_allowed-summary = { $model } liegt außerhalb der Modell-Allowlist des Agenten. Füge es hinzu und wähle es dann erneut aus.
rate_limit_cooldown-summary = { $provider } ist nach Rate-Limit- oder Nutzungslimit-Fehlern im Cooldown; ein neuer Login hilft hier nicht. Warte ab oder füge ein weiteres Profil oder einen Fallback hinzu.
billing_disabled-summary = Der Provider hat aus Abrechnungs- oder Kontingentgründen abgelehnt, und das Profil ist für Stunden deaktiviert. Lade beim Provider Guthaben auf oder wechsle solange den Provider.
provider_unreachable-summary = Von { $provider } kam keine brauchbare Antwort (Timeout, Netzwerk, TLS oder Serverfehler). Prüfe die Erreichbarkeit vom Gateway-Host aus.
fallbacks_stripped-summary = Der Agent { $agent } setzt sein Modell als einfachen String, wodurch die Standard-Fallbacks komplett wegfallen. Nutze die Objektform mit einer fallbacks-Liste.
ollama_fallback_dropped-summary = Der Ollama-Fallback hat keinen Provider-Eintrag und keinen Platzhalter-Key, daher schlägt er fehl, sobald die Kette bei ihm ankommt.
fallback_not_triggered-summary = Der Fehler hat den Turn beendet, ohne die Fallbacks zu versuchen; dieser Build hat an der Stelle einen Bug (Schleife oder Nutzungslimit).
fallback_not_triggered-selected-summary = In der fehlschlagenden Unterhaltung ist { $model } von Hand ausgewählt. Ein von Hand gewähltes Modell wird genau so verwendet: Es fällt nie auf ein anderes zurück. Wechsle zurück zum Standardmodell.
runtime_unavailable-summary = Die Codex-Runtime (app-server oder Plugin) kann den Turn nicht ausführen, oft weil ein veraltetes externes codex-Plugin älter als der Core ist.
cloudflare_403-summary = ChatGPT/Codex-Anfragen bekommen eine Cloudflare-Challenge-Seite, die dieser Build als DNS-Fehler oder Rate-Limit meldet.
version_regression-summary = Dieser Build hat einen bekannten Bug: Ein frischer Codex-Login besteht die Probe, scheitert aber beim Refresh in der Runtime.
version_regression-known-summary = OpenClaw { $version } hat einen bekannten Bug mit genau dieser Signatur; er ist in { $fixed } behoben. Aktualisiere auf eine neuere Version (nie über eine Storage-Migration hinweg downgraden).
gateway_not_reloaded-summary = Die CLI sieht die Zugangsdaten für { $provider }, aber das laufende Gateway wurde nicht neu gestartet und liefert noch den alten Zustand.
request_rejected-summary = Der Provider hat den Request-Body abgelehnt (Schema oder Kontextgröße), nicht die Zugangsdaten. Starte eine neue Session; ein neuer Login ist nicht nötig.
status_display_mismatch-summary = { $profile } wird in einer Statusanzeige als abgelaufen gezeigt, während Runs weiter funktionieren; nichts ist kaputt. Erneuere es nur, wenn du die Warnung loswerden willst.
not_model_auth-summary = Hier geht es um Gateway- oder Geräte-Authentifizierung, nicht um Modell-Zugangsdaten; die models auth-Befehle ändern daran nichts.
not_model_auth-channel-summary = Das ist der Token eines Chat-Channels (der Bot-Account), keine Modell-Zugangsdaten; die models auth-Befehle ändern daran nichts.
all_ok-summary = Jedes geprüfte Profil antwortet, und nichts in deinem Paste meldet einen Fehler. Wenn ein Chat trotzdem fehlschlägt, füge seinen Fehler und seinen /model status ein.

## Step notes

step-login = Melde dich auf dem Gateway-Host neu für { $provider } an (es öffnet sich ein Browser oder ein Code wird angezeigt).
step-restart = Starte das Gateway neu, damit der laufende Prozess die Auth neu lädt.
step-verify = Prüfe mit einer Live-Probe, ob die Zugangsdaten funktionieren.
step-upgrade = Aktualisiere OpenClaw auf das neueste Release.
step-doctor-fix = Lass doctor die Konfiguration und die Profile migrieren.
step-claude-setup-token = Erstelle einen neuen Claude-Setup-Token und speichere ihn dann in OpenClaw.
step-one-gateway = Stelle sicher, dass für dieses State-Verzeichnis nur ein Gateway läuft.
step-order-new-id = Setze das neu erstellte Profil an die erste Stelle (kopiere seine ID aus der Login-Ausgabe).
step-drop-baseurl = Entferne eine baseUrl der Platform API, damit der ChatGPT-Token nicht dorthin gesendet wird.
step-local-placeholder-key = Lokale Provider brauchen nur einen Platzhalter-Key.
step-configure-key = Gib den Key für { $provider } interaktiv ein (füge Keys nie in den Chat ein).
step-env-file = Oder trage den Key in die Env-Datei des Gateways ein: Der Dienst ignoriert Shell-Exports.
step-read-effective = Lies die effective=-Quelle für den Provider: Das ist der Key, der gesendet wird.
step-refresh-external-cli = Erneuere zuerst den Login in der anderen CLI selbst.
step-pin-working = Pinne das funktionierende Profil { $profile } in der fehlschlagenden Unterhaltung und sende dann eine normale Testnachricht.
step-login-renamed-codex = In diesem Release meldet sich ChatGPT/Codex-OAuth unter dem Provider openai an.
step-check-profiles-back = Prüfe, ob die Profile wieder aufgelistet werden; ist die Liste leer, melde dich neu an.
step-order-clear = Entferne den Reihenfolge-Override pro Agent.
step-order-set-alternative = Oder setze die Reihenfolge auf die Profile, die existieren.
step-release-lock = Stoppe das Gateway, damit es den Lock auf den Store freigibt.
step-pin = Pinne { $profile } in der fehlschlagenden Unterhaltung und sende dann eine normale Testnachricht.
step-cross-provider-fallback = Wenn du einen anderen Provider als Backup willst, füge stattdessen einen Modell-Fallback hinzu.
step-new-drops-auto = Eine neue Session verwirft einen automatischen Override.
step-find-current-id = Finde die aktuelle ID des Profils (ein neuer Login kann eine neue erzeugt haben).
step-pin-current-id = Pinne dann diese ID in der fehlschlagenden Unterhaltung.
step-undo-5-5-rewrite = Mach die 5.5-Umschreibung des Standardmodells rückgängig.
step-set-unified-ref = Oder setze die aktuelle Modell-Ref von Hand.
step-ollama-model-entry = Füge das Modell zur Modellliste des Providers ollama hinzu.
step-list-models = Liste die Modell-IDs auf, die dieser Provider anbietet.
step-set-listed-model = Setze den Standard auf eine ID aus dieser Liste.
step-allow-model = Füge das Modell zur Allowlist hinzu (mit dem Befehl, den die Fehlermeldung ausgegeben hat).
step-see-cooldowns = Sieh nach, welche Profile im Cooldown sind und wie lange noch (Unavailable auth profiles).
step-add-fallback = Füge einen Fallback bei einem anderen Provider hinzu, damit Turns in der Zwischenzeit weiter funktionieren.
step-after-top-up = Lösche nach dem Aufladen den gespeicherten Deaktivierungsstatus.
step-object-form-model = Schreibe das Modell des Agenten in Objektform, zusammen mit seinen Fallbacks.
step-check-fallbacks = Prüfe, ob Fallbacks (N) sie jetzt auflistet.
step-reset-selection = Setze die fehlschlagende Unterhaltung auf das Standardmodell zurück.
step-inspect-codex-plugin = Vergleiche die Runtime-Version des codex-Plugins mit der des Cores.
step-find-stale-plugin = Aktualisiere oder entferne eine veraltete externe Kopie des codex-Plugins.
step-step-back-same-era = Oder geh zurück auf das letzte funktionierende Release derselben Storage-Generation.
step-codex-backend-url = Falls du bei diesem Release bleibst: Schick Codex-Anfragen an das ChatGPT-Backend.
step-new-session = Starte in der fehlschlagenden Unterhaltung eine neue Session.
step-check-api = Prüfe, ob das angezeigte api: zum Modell passt.
step-clear-display = Nur um die Warnung loszuwerden: Erneuere den Login der Claude-CLI und verknüpfe ihn neu.
step-channel-status = Prüfe, welcher Channel nicht startet.
step-channel-token = Gib den neuen Bot-Token für diesen Channel ein.

## Asks

ask-version = Der nächste Schritt hängt vom OpenClaw-Release ab.
ask-model-status-if-chat-fails = Nur wenn ein Chat weiter fehlschlägt: Führe es in dieser Unterhaltung aus.
ask-models-status = Zeigt das Standardmodell, die Fallbacks, die effektiven Zugangsdaten jedes Providers und Cooldowns.
ask-probe = Testet jedes Profil live und zeigt, welches fehlschlägt und warum.
ask-order = Zeigt, welche Profile die Reihenfolge durchlässt.
ask-model-status = Führe es in der fehlschlagenden Unterhaltung aus: Es zeigt das Profil, das diese Unterhaltung nutzt.
ask-auth-list = Zeigt die genauen Profil-IDs zum Pinnen.
ask-decision-lines = Kopiere die [model-fallback/decision]-Zeilen eines fehlgeschlagenen Turns.

## Errors (command line and bots)

error-file-missing = { $path } kann nicht gelesen werden: Die Datei existiert nicht.
error-file-unreadable = { $path } kann nicht gelesen werden: { $reason }
error-binary = { $path } sieht nach Binärdaten aus, nicht nach eingefügtem Text.
error-too-large =
    { $limit ->
        [one] { $path } ist größer als { $limit } Byte; füge nur die relevante Ausgabe ein.
       *[other] { $path } ist größer als { $limit } Bytes; füge nur die relevante Ausgabe ein.
    }
error-unknown-lang = Unbekannte Sprache { $lang }; verwende eine von: { $list }.
error-bad-version = Die OpenClaw-Version { $version } ist nicht lesbar; nutze die Form 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Eingefügte OpenClaw-Ausgabe diagnostizieren und den nächsten Schritt erhalten
opt-paste-description = Die zu prüfende Ausgabe (leer lassen, um ein Formular für lange Ausgaben zu öffnen)
opt-file-description = Eine .txt-, .log- oder .json-Datei mit der Ausgabe oder ein Screenshot der Ausgabe
opt-version-description = Deine OpenClaw-Version, z. B. 2026.6.9
opt-language-description = Sprache der Antwort
cmd-model-description = Ausgabe von /model status erklären oder einen korrekten /model-Pin erstellen
cmd-model-status-description = Eingefügte Ausgabe von /model status oder models status erklären
cmd-model-pin-description = Den /model-Pin für ein Profil erstellen
opt-profile-description = Die Auth-Profil-ID, z. B. openai:work
opt-model-description = Das Modell, z. B. openai/gpt-5.5
ctx-diagnose-name = Diagnostizieren
modal-title = OpenClaw-Ausgabe einfügen
modal-field-label = Ausgabe (Keys und Tokens maskieren)
button-worked = Hat geklappt
button-still-failing = Geht immer noch nicht
button-show-in = Auf { $language } anzeigen
reply-thanks = Danke für die Rückmeldung. Schön, dass es läuft.
reply-still-failing = Schade. Füge die nächste Ausgabe hier ein, dann wird sie zusammen mit den bisherigen Nachrichten ausgewertet.
pin-explain = Das Profil { $profile } gehört zu { $provider }, daher muss die Modell-Ref in diesem Release mit { $provider }/ beginnen.
pin-explain-renamed = In diesem Release heißen ChatGPT/Codex-Profile openai:…; führe zuerst doctor aus, damit { $profile } existiert.
error-no-input = Nichts zu diagnostizieren: Füge die Ausgabe ein oder hänge eine Datei an.
error-attachment-type = Nur .txt-, .log- und .json-Dateien sowie Screenshots im Format PNG, JPEG oder WebP können gelesen werden.
error-internal = Bei uns ist etwas schiefgelaufen; die Antwort konnte nicht erstellt werden. Bitte versuch es noch einmal.
error-rate-limited =
    { $seconds ->
        [one] Gerade kommen zu viele Anfragen; bitte warte { $seconds } Sekunde.
       *[other] Gerade kommen zu viele Anfragen; bitte warte { $seconds } Sekunden.
    }
web-title = clawmedic — OpenClaw-Ausgabe diagnostizieren
web-paste-label = OpenClaw-Ausgabe hier einfügen (Keys und Tokens werden geschwärzt, bevor irgendetwas angezeigt wird)
web-submit = Diagnostizieren
web-copy = Kopieren
web-copied = Kopiert
cmd-watch-description = Automatische Diagnose von OpenClaw-Ausgaben in diesem Channel ein- oder ausschalten
opt-watch-mode-description = on: auf hier eingefügte OpenClaw-Ausgaben antworten; off: aufhören
watch-on =
    { $seconds ->
        [one] { $channel } wird beobachtet: Nachrichten mit OpenClaw-Ausgabe bekommen eine Diagnose, höchstens eine Antwort pro Thread und Sekunde.
       *[other] { $channel } wird beobachtet: Nachrichten mit OpenClaw-Ausgabe bekommen eine Diagnose, höchstens eine Antwort pro Thread alle { $seconds } Sekunden.
    }
watch-off = { $channel } wird nicht mehr beobachtet.
watch-unavailable = Der Beobachtungsmodus ist in der Konfiguration dieses Bots ausgeschaltet.
error-permission = Dafür brauchst du die Berechtigung „Server verwalten“ (Manage Server).
error-guild-only = Dieser Befehl funktioniert nur in einem Server-Channel.
error-store = Die Einstellung konnte gerade nicht gespeichert werden; bitte versuch es in einer Minute noch einmal.
error-no-memory = Diese Diagnose ist nicht mehr gespeichert (sie ist abgelaufen oder der Speicher ist nicht erreichbar). Führe den Befehl noch einmal mit deiner Ausgabe aus.
error-download = Der Anhang { $path } konnte nicht heruntergeladen werden; füge stattdessen seinen Text ein.
error-bad-profile = { $profile } ist keine Auth-Profil-ID; IDs sehen aus wie provider:name, zum Beispiel openai:work.
pin-title = Der /model-Pin für deine OpenClaw-Unterhaltung
pin-model-placeholder = Ersetze <model> durch ein Modell, das { $provider } anbietet; /models { $provider } in dieser Unterhaltung listet sie auf.
status-title = Dein /model status – erklärt
status-current = Die Unterhaltung, in der du es ausgeführt hast, nutzt { $model }.
status-current-selected = Die Unterhaltung, in der du es ausgeführt hast, nutzt { $model }, von Hand ausgewählt: Ein von Hand gewähltes Modell fällt nie auf andere zurück.
status-default = Das Standardmodell ist { $model }.
status-active = Die nächste Anfrage an { $provider } nutzt das Profil { $profile }.
status-auth-ok = { $profile }: angemeldet, gültig für { $remaining }.
status-auth-ok-plain = { $profile }: angemeldet.
status-auth-expiring = { $profile }: läuft in { $remaining } ab; erneuere den Login bald.
status-auth-expired = { $profile }: Der Login ist abgelaufen.
status-auth-missing = { $profile }: Es sind keine Zugangsdaten gespeichert.
status-auth-cooldown = { $profile }: nach Fehlern im Cooldown (noch { $remaining }).
status-auth-disabled = { $profile }: deaktiviert ({ $reason }).
status-not-recognized = Das ist keine Ausgabe von /model status oder models status. Führe /model status in der fehlschlagenden Unterhaltung aus oder openclaw models status auf dem Gateway-Host, und füge die komplette Ausgabe ein.
web-language-auto = Wie im Paste (erkannt)
web-privacy = Nichts, was du einfügst, wird gespeichert oder protokolliert; nur die Diagnose wird angezeigt.
web-image-label = Oder ein Screenshot des Terminals (PNG, JPEG oder WebP): hier auswählen oder in das Feld oben ziehen oder dort einfügen
step-unusable-name = Ein Name in deinem Paste enthält Zeichen, die kein OpenClaw-Name hat, deshalb steht er nicht in diesem Befehl: Ersetze `{ $placeholder }` durch den genauen Namen aus der Ausgabe von OpenClaw selbst.
step-uncertain-read = Ich habe `{ $read }` aus deinem Screenshot gelesen, bin mir aber nicht bei jedem Zeichen sicher, deshalb steht es nicht in diesem Befehl: Kopiere die genaue ID aus deinem Terminal (als Text) an die Stelle von `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Die angegebene Version „{ $given }“ ist kein OpenClaw-Release, das dieser Build kennt, und wurde daher nicht verwendet. `openclaw --version` auf dem Gateway-Host zeigt die genaue Version.
note-version-conflict = Du hast OpenClaw { $given } angegeben, dein Paste zeigt aber { $pasted }; diese Antwort verwendet { $given }, die angegebene Version.
error-file-is-dir = { $path } ist ein Ordner, keine Datei: Gib die Datei an, die die Ausgabe enthält.
error-file-permission = { $path } kann nicht gelesen werden: Dir fehlt die Berechtigung, diese Datei zu lesen.
error-malformed-json = Der Request-Body ist kein JSON, das diese API liest: Sende ein Objekt mit `paste` (Text) oder `messages` (eine Liste von Texten).
error-bad-thread = Die Thread-ID muss aus 16 bis 128 Zeichen aus A-Z, a-z, 0-9, _ und - bestehen; nimm eine zufällige ID.
error-too-many-messages = Höchstens { $limit } Nachrichten pro Anfrage; schick die übrigen in einer zweiten Anfrage.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = Der Login braucht ein Terminal, das er nicht bekommen hat
cause-oauth_profile_not_attached = Der ChatGPT/Codex-Login hängt nicht an der Anfrage
cause-agent_model_override = Das eigene Modell des Agenten überschreibt den Standard
cause-models_json_rejected = Ein Provider-Eintrag lässt OpenClaw die ganze Modellkonfiguration ablehnen
cause-custom_model_misrouted = Ein eigenes Modell wird an den Endpunkt eines anderen Providers geschickt
cause-auth_profile_wrong_type = Das Secret ist als falsche Art von Zugangsdaten gespeichert
cause-context_window_too_small = Das Kontextfenster des Modells liegt unter dem Minimum von OpenClaw
cause-profile_param_ignored = params.authProfileId wählt das Konto nicht aus
cause-default_model_not_set = Das eingebaute Standardmodell ist noch aktiv
cause-ssrf_blocked = Der Schutz vor privaten Netzen in OpenClaw hat die Provider-Adresse blockiert
cause-context_overflow = Die Unterhaltung passt nicht mehr in den Kontext des Modells
cause-oauth_refresh_transient = Eine Login-Erneuerung ist einmal fehlgeschlagen, ohne dass der Login abgelaufen ist
cause-env_key_not_bound = Der Key steht in der Umgebung, ist aber nicht an den Provider gebunden
cause-turn_timeout = Der Turn hat sein Zeitlimit überschritten
cause-directive_syntax = Der /model-Befehl wurde in einer Form eingegeben, die OpenClaw nicht annimmt
login_requires_tty-summary = Der Login lief ohne interaktives Terminal (ein Skript, eine Pipe oder docker exec ohne -t) und hat deshalb abgebrochen, bevor er etwas fragen konnte. Leite das Secret stattdessen per Pipe in einen paste-Befehl, oder starte den Login in einem echten Terminal.
oauth_profile_not_attached-summary = Anfragen gehen ohne Zugangsdaten an die OpenAI Platform API, obwohl es ein ChatGPT/Codex-OAuth-Profil gibt: Der Turn läuft nicht über die Codex-Runtime. Es gibt keinen Key, den du rotieren müsstest.
agent_model_override-summary = Der Agent { $agent } hat ein eigenes Modell ({ $model }), und das gewinnt gegen den Standard, den du geändert hast. Ändere oder entferne das Modell des Agenten.
agent_model_override-summary-plain = Ein Agent hat ein eigenes Modell, und das gewinnt gegen den Standard, den du geändert hast. Ändere oder entferne das Modell dieses Agenten.
models_json_rejected-summary = OpenClaw hat seine erzeugte Modellliste abgelehnt, weil der Eintrag für { $provider } ungültig ist; solange das so ist, wirken auch Modelle anderer Provider unbekannt oder nicht erlaubt.
custom_model_misrouted-summary = Der Eintrag für das eigene Modell von { $provider } hat kein eigenes api und keine eigene baseUrl, daher gehen die Anfragen an den Endpunkt eines anderen Providers, der den Key ablehnt. Der Key selbst ist in Ordnung.
auth_profile_wrong_type-summary = Das Secret für { $provider } ist gültig, aber als falsche Art von Zugangsdaten für diesen Provider gespeichert, daher sendet OpenClaw es falsch. Speichere es erneut mit dem Befehl für seine Art.
context_window_too_small-summary = { $model } ist mit einem Kontextfenster von { $ctx } Tokens konfiguriert, unter dem Minimum von { $min } in OpenClaw, deshalb verweigert OpenClaw das Modell. Meist ist der konfigurierte Wert ein kopierter Standardwert, nicht das echte Fenster des Modells.
context_window_too_small-summary-plain = Das Modell ist mit einem Kontextfenster unter dem Minimum von OpenClaw konfiguriert, deshalb verweigert OpenClaw es. Meist ist der konfigurierte Wert ein kopierter Standardwert, nicht das echte Fenster des Modells.
profile_param_ignored-summary = params.authProfileId in einem Modelleintrag wählt das Konto nicht aus: OpenClaw nimmt weiterhin das erste Profil der Auth-Reihenfolge. Pinne das Profil in der Unterhaltung oder setze es in der Reihenfolge an die erste Stelle.
default_model_not_set-summary = OpenClaw nutzt noch sein eingebautes Standardmodell ({ $provider }), das du nie eingerichtet hast. Setze das Modell, das du gewählt hast, als Standard; einen Key für { $provider } brauchst du nicht.
ssrf_blocked-summary = OpenClaw hat die Verbindung verweigert, weil die Adresse des Providers auf eine private oder speziell reservierte IP zeigt (das passiert mit einem Fake-IP-Proxy oder Split-DNS). Korrigiere DNS oder den Proxy-Modus, oder erlaube private Adressen für einen bewusst lokalen Server.
context_overflow-summary = Die Unterhaltung ist größer als das Kontextfenster des Modells. Komprimiere sie oder starte eine neue Session; ein Modell mit größerem Kontext hilft auch.
oauth_refresh_transient-summary = Das Erneuern des Logins für { $provider } ist einmal fehlgeschlagen, ohne dass es hieß, der Login sei abgelaufen (ein Netzwerk-Aussetzer oder ein ausgelasteter Token-Endpunkt). Versuch es zuerst noch einmal; melde dich nur neu an, wenn es sich wiederholt.
env_key_not_bound-summary = { $env } ist in der Umgebung des Gateways gesetzt, aber dieser Build nutzt die Variable nur, wenn die Provider-Konfiguration auf sie verweist. Lass doctor sie binden oder verweise in models.providers.{ $provider }.apiKey auf sie.
turn_timeout-summary = Der Turn hat das Gesamtzeitlimit überschritten und wurde abgebrochen; der Provider selbst hat geantwortet. Erhöhe das Limit für lange Aufgaben oder nutze einen Sub-Agenten.
directive_syntax-summary = Der /model-Befehl braucht das Modell vor dem Profil: /model provider/model@profile.
step-paste-api-key-stdin = Leite den Key per Pipe in den paste-Befehl (kein Terminal nötig); setze vorher KEY, er wird nicht angezeigt.
step-paste-token-stdin = Für einen Token oder Setup-Token leite ihn stattdessen per Pipe in paste-token.
step-docker-tty = Oder starte den Login in einem interaktiven Terminal im Container.
step-codex-runtime-inspect = Prüfe, ob das Plugin der Codex-Runtime geladen und aktuell ist.
step-edit-agent-model = Ändere oder entferne das eigene Modell des Agenten (agents.list → model) in der Konfigurationsdatei, damit der Standard gilt.
step-check-agent-model = Prüfe, welches Modell dieser Agent wirklich nutzt.
step-fix-provider-entry = Gib models.providers.{ $provider } einen apiKey (einen Verweis auf eine Umgebungsvariable oder für einen lokalen Server einen beliebigen Platzhalter), oder entferne seine eigene Modellliste.
step-list-models-after-fix = Liste die Modelle erneut auf, sobald das Gateway seine Modellliste neu erzeugt hat.
step-set-api-baseurl = Setze api und baseUrl in models.providers.{ $provider }, damit Anfragen an den Endpunkt dieses Providers gehen (oder entferne den eigenen Eintrag und nimm ein Modell aus dem Katalog).
step-set-context-window = Trage das echte contextWindow des Modells in models.providers.{ $provider }.models ein (der konfigurierte Wert liegt unter dem Minimum).
step-choose-bigger-model = Oder wähle ein Modell mit größerem Kontextfenster.
step-pin-profile = Pinne das Profil im fehlschlagenden OpenClaw-Chat.
step-order-first = Oder setze das Profil in der Auth-Reihenfolge von { $provider } an die erste Stelle.
step-set-default-model = Setze das Modell, das du wirklich nutzt, als Standard.
step-ssrf-allow-private = Nur für einen bewusst lokalen oder privaten Modellserver: Erlaube private Adressen für diesen Provider.
step-check-dns-proxy = Prüfe auf dem Gateway-Host, worauf der Host des Providers auflöst (ein Proxy im Fake-IP-Modus liefert 198.18.x.x).
step-compact = Komprimiere die Unterhaltung im fehlschlagenden Chat.
step-login-if-repeats = Nur wenn es weiter fehlschlägt: Melde dich erneut bei { $provider } an.
step-raise-timeout = Erhöhe das Gesamtlimit pro Turn (in Sekunden) für lange Aufgaben.
step-doctor-bind-env = Lass doctor den Key aus der Umgebung an den Provider binden.
step-env-ref = Oder verweise im apiKey des Providers auf die Variable.
step-store-right-type = Speichere das Secret erneut mit dem Befehl für seine Art.
step-update-fixed = Aktualisiere OpenClaw: Spätere Releases beheben das.
ask-logs-one-turn = Die Log-Zeilen eines fehlgeschlagenen Turns zeigen den Fehler, den OpenClaw bekommen hat.
reply-candidates = Das sieht nach „{ $first }“ oder „{ $second }“ aus; der Befehl unten unterscheidet die beiden.
status_display_mismatch-runs-work-summary = Eine Statusanzeige meldet ein Problem, aber laut dir funktionieren die Läufe selbst: Die Warnung betrifft, wie der Status die Einrichtung liest, nicht die Anfragen. Für die Läufe muss nichts repariert werden.
not_model_auth-session-lock-summary = Die Session-Datei ist von einem anderen Prozess gesperrt (oft ein zweites Gateway oder ein hängender Lauf), daher scheitert jedes Modell auf dieselbe Weise. Das sind keine Modell-Zugangsdaten: Sorg dafür, dass nur ein Gateway läuft, und starte es dann neu.
not_model_auth-plugin-registry-summary = Die Plugin-Registry hat den Download abgelehnt (Rate-Limit oder Fehler), nicht ein Modell-Provider. Versuch die Installation später noch einmal; deine Modelleinrichtung ist nicht betroffen.
step-retry-plugin-later = Prüfe, was installiert ist, und starte die Installation in ein paar Minuten erneut.
version_regression-live-switch-summary = Die Session markiert den /model-Wechsel als ausstehend, wendet ihn aber nie an, daher kommen die Antworten weiter vom alten Modell. Spätere Releases beheben das.
step-check-switch = Wechsle nach dem Update erneut und prüfe, ob die Session wirklich das neue Modell nutzt.
model_not_allowed-picker-summary = Der Wechsel wurde als { $model } abgelehnt: Ältere Auswahllisten der Control UI setzen den Provider der Session vor das Modell eines anderen Providers. Wähle die vollständige Ref selbst aus oder aktualisiere.
step-pick-full-ref = Wähle das Modell im fehlschlagenden OpenClaw-Chat mit seiner vollständigen provider/model-Ref aus.
step-set-suggested-model = Nutze das Modell, das die Meldung von OpenClaw für deinen Login vorschlägt.
step-onboard-codex = Füge den Codex-Login über das Onboarding hinzu (ältere Builds haben dafür kein Provider-Plugin).
step-enable-plugin = Aktiviere das Plugin des Providers, starte dann das Gateway neu und melde dich erneut an.
step-order-read = Lies die Auth-Reihenfolge, die für diesen Provider gilt.
session_pin_stale-order-summary = Die Session behält ihren eigenen Profil-Override und ignoriert daher die Auth-Reihenfolge, die { $profile } an die erste Stelle setzt. Pinne das Profil im fehlschlagenden OpenClaw-Chat oder starte eine neue Session.
auth_order_not_applied-running-summary = Das laufende Gateway hält eine eigene Kopie der Auth-Reihenfolge und schreibt sie zurück, daher wird deine Änderung rückgängig gemacht. Stoppe das Gateway, setze die Reihenfolge und starte es dann.
step-stop-gateway-first = Stoppe zuerst das Gateway, damit es seine alte Reihenfolge nicht zurückschreiben kann.
step-order-again = Setze die Reihenfolge erneut, solange das Gateway gestoppt ist.
fallback_not_triggered-not-tried-summary = Der Fehler hat den Turn beendet, ohne zu deinen Fallback-Modellen zu wechseln, obwohl bei dieser Art von Fehler hätte gewechselt werden sollen. Prüfe, ob die Fallbacks wirklich gelten, und aktualisiere: Mehrere Releases haben den Fallback bei dieser Art von Fehler behoben.
fallbacks_stripped-effective-summary = Die Failover-Entscheidung sagt, für das fehlgeschlagene Modell sei kein Fallback konfiguriert, obwohl du Fallbacks gesetzt hast: Die wirksame Konfiguration für diesen Agenten oder dieses Modell hat keine.
step-watch-one-turn = Beobachte das Log, während du eine Nachricht sendest, um den Fehler dieses Turns zu sehen.
step-find-full-ref = Liste die konfigurierten Modelle auf, um die vollständige provider/model-Ref zum Auswählen zu sehen.
catalogue-unnamed-summary = OpenClaw hat diese Meldung selbst ausgegeben, und sie bedeutet die Ursache im Titel. Sie sagt nicht, um welchen Provider, welches Modell oder welches Profil es geht, deshalb zeigt der erste Schritt genau das.
session_pin_stale-foreign-summary = Die Unterhaltung ist auf { $profile } gepinnt, ein Profil eines anderen Providers, während sie ein Modell von { $provider } nutzt. Wähle das Modell erneut ohne Profil aus, um den Pin zu entfernen.
unknown_model-unregistered-summary = { $model } ist in der Konfiguration erlaubt, aber nicht unter models.providers.{ $provider }.models registriert, daher findet OpenClaw es nicht. Registriere es und gib einem eigenen Provider sein api und seine baseUrl.
step-register-model = Registriere das Modell unter seinem Provider.
auth_profile_provider_mismatch-app-server-summary = Die Codex-Runtime hat { $profile } bekommen, aber das ist kein ChatGPT/Codex-Login, den sie akzeptiert. Melde dich erneut bei ChatGPT/Codex an, damit sie ein passendes Profil bekommt, und aktualisiere: Die Migration, die dieses Profil erzeugt hat, wurde später behoben.
unknown-provider = den Provider
unknown-model = das Modell
unknown-profile = das Profil
unknown-agent = der Agent
unknown-env = die Key-Variable
unknown-working = ein anderes Profil
ask-doctor = doctor listet auf, was er nach einem Update reparieren würde (Stores, IDs, Routen), ohne etwas zu ändern.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } konnte nicht als Screenshot im Format PNG, JPEG oder WebP gelesen werden. Füge stattdessen den Text aus deinem Terminal ein.
error-image-pixels = { $path } hat { $width }×{ $height } Pixel; gelesen werden Screenshots bis { $limit } Pixel. Schneide ihn auf das Terminalfenster zu oder füge den Text ein.
error-image-timeout = Das Lesen des Screenshots { $path } hat zu lange gedauert. Füge stattdessen den Text aus deinem Terminal ein.
error-image-unavailable = Screenshots können hier gerade nicht gelesen werden. Füge stattdessen den Text aus deinem Terminal ein.
error-image-no-text = In { $path } wurde kein Terminaltext gefunden. Füge stattdessen den Text aus deinem Terminal ein.
