# clawmedic — polski (pl).
# Polecenia, id, nazwy profili i odwołania do modeli nie są częścią tych komunikatów: są
# przekazywane jako zmienne ($provider, $profile, $model, …) albo wypisywane przez układ w blokach kodu.

## Układ odpowiedzi

reply-title = Diagnoza clawmedic
reply-version-seen = OpenClaw { $version } (odczytane z wklejonego tekstu).
reply-version-flag = OpenClaw { $version } (podane przez Ciebie).
reply-version-unknown = Wersja OpenClaw nieznana: poniższe kroki działają w każdym wydaniu, chyba że zaznaczono inaczej.
reply-version-floor = Nie podano wersji OpenClaw; wklejony tekst wygląda na { $version } lub nowszą (ścieżka magazynu i identyfikatory).
reply-top-finding = Najbardziej prawdopodobne: { $title }
reply-next-finding = Jeśli to nie pomoże: { $title }
reply-evidence = Dowody
reply-evidence-line = wiadomość { $message }, wiersz { $line }
reply-ruled-out = Wykluczone
reply-steps = Kolejne kroki
reply-asks = Uruchom to i wklej wynik
reply-need-more-info = Nic w tym wątku nie przesądza jeszcze sprawy. Uruchom poniższe polecenia i wklej ich wynik (zamaskuj klucze i tokeny).
reply-mask-reminder = Przed wklejeniem zamaskuj klucze i tokeny.
where-cli = powłoka na hoście gatewaya
where-chat = ten czat
where-config = konfiguracja
secret-warning =
    { $count ->
        [one] Wklejony tekst zawierał sekret (klucz API lub token). Nie powtarzamy go tutaj. Usuń teraz tamtą wiadomość i wygeneruj nowy sekret u jego dostawcy.
        [few] Wklejony tekst zawierał { $count } sekrety (klucze API lub tokeny). Nie powtarzamy ich tutaj. Usuń teraz tamtą wiadomość i wygeneruj każdy z nich na nowo u jego dostawcy.
        [many] Wklejony tekst zawierał { $count } sekretów (kluczy API lub tokenów). Nie powtarzamy ich tutaj. Usuń teraz tamtą wiadomość i wygeneruj każdy z nich na nowo u jego dostawcy.
       *[other] Wklejony tekst zawierał { $count } sekretu (klucze API lub tokeny). Nie powtarzamy ich tutaj. Usuń teraz tamtą wiadomość i wygeneruj każdy z nich na nowo u jego dostawcy.
    }
mojibake-note = Część znaków we wklejonym tekście dotarła w złym kodowaniu; naprawiliśmy je przed analizą.

## Uwagi

note-flag-too-new = Twój OpenClaw nie zna jeszcze { $flag } (pojawiło się w { $since }). Bez tej opcji: `{ $command }`
note-flag-too-new-plain = Twój OpenClaw nie zna jeszcze { $flag } (pojawiło się w { $since }): uruchom to samo polecenie bez tej opcji.

## Nazwy przyczyn

cause-oauth_expired = Logowanie OAuth wygasło
cause-refresh_token_reused = Refresh token został użyty dwa razy
cause-oauth_scope_missing = Logowaniu brakuje wymaganego scope
cause-missing_api_key = Brak danych uwierzytelniających dla tego dostawcy
cause-invalid_api_key = Klucz API jest odrzucany
cause-external_cli_credential_stale = Dane uwierzytelniające skopiowane z innego CLI są nieaktualne
cause-pinned_profile_missing_credential = Przypięty profil nie ma danych uwierzytelniających
cause-auth_provider_not_loaded = Logowanie wskazuje dostawcę, który nie jest załadowany
cause-per_agent_auth_store = Dane uwierzytelniające są w magazynie innego agenta
cause-auth_store_migration_required = Magazyn uwierzytelniania wymaga migracji
cause-profile_excluded_by_auth_order = Kolejność uwierzytelniania pomija działające profile
cause-auth_order_not_applied = Nowa kolejność uwierzytelniania nie została zastosowana
cause-session_pin_stale = Ta rozmowa nadal używa starego profilu
cause-wrong_provider_prefix = Odwołanie do modelu i profil należą do różnych dostawców
cause-auth_profile_provider_mismatch = Profil jest przypisany do innego dostawcy
cause-legacy_codex_ids = Stare id openai-codex w wersji, która je zmieniła
cause-unknown_model = Dostawca ani konfiguracja nie znają tego modelu
cause-model_not_allowed = Modelu nie ma na allowliście
cause-rate_limit_cooldown = Dostawca ogranicza zapytania albo trwa cooldown
cause-billing_disabled = Na koncie skończyły się środki
cause-provider_unreachable = Nie udało się połączyć z dostawcą
cause-fallbacks_stripped = Fallbacki zniknęły z efektywnej konfiguracji
cause-ollama_fallback_dropped = Fallback na Ollama nie może odpowiadać
cause-fallback_not_triggered = Błąd nigdy nie przeszedł na fallback
cause-runtime_unavailable = Środowisko uruchomieniowe Codex nie może wykonać tury
cause-cloudflare_403 = Zapytania do ChatGPT trafiają na challenge Cloudflare
cause-version_regression = Znany błąd w tej wersji OpenClaw
cause-gateway_not_reloaded = Działający gateway nadal serwuje stary stan
cause-request_rejected = Dostawca odrzucił samo zapytanie
cause-status_display_mismatch = Ekran statusu ostrzega, ale uruchomienia działają
cause-not_model_auth = To nie jest problem z uwierzytelnianiem modelu
cause-all_ok = Wszystko wygląda dobrze
cause-need_more_info = Potrzeba więcej danych wyjściowych

## Podsumowania ustaleń

oauth_expired-summary = Zapisane logowanie dla { $provider } nie może już odświeżyć tokenu dostępu, więc każde zapytanie z nim kończy się błędem. Zaloguj się ponownie na hoście gatewaya, a potem zrestartuj gateway.
refresh_token_reused-summary = Refresh token { $provider } został zużyty przez dwóch odbiorców (dwa gatewaye, kopie dla poszczególnych agentów albo zaimportowany token z CLI) i dostawca go teraz odrzuca. Zaloguj się raz, zostaw jeden gateway i ustaw nowy profil jako pierwszy.
oauth_scope_missing-summary = Tokenowi { $provider } brakuje scope, którego wymaga zapytanie, albo przy logowaniu poproszono o scope, którego ta wersja nie może używać.
missing_api_key-summary = Agent, który wykonał turę, nie ma danych uwierzytelniających dla { $provider }. Daj temu agentowi dane, a potem zrestartuj gateway.
invalid_api_key-summary = Klucz API dla { $provider } jest wysyłany i odrzucany. Sprawdź, który klucz wygrywa (zapisany profil ma pierwszeństwo przed środowiskiem powłoki), i wymień właśnie ten.
external_cli_credential_stale-summary = OpenClaw używa danych uwierzytelniających { $provider } skopiowanych z innego CLI, a ta kopia jest nieaktualna. Odśwież źródło, a potem zaloguj się ponownie.
pinned_profile_missing_credential-summary = Przypięty profil { $profile } nie ma użytecznego sekretu. Przypnij teraz działający profil albo dodaj dane uwierzytelniające do { $profile }.
auth_provider_not_loaded-summary = Żaden załadowany plugin nie rejestruje dostawcy { $provider }, więc logowanie nie może wystartować.
per_agent_auth_store-summary = Agent { $agent } czyta własny magazyn uwierzytelniania, a w nim nie ma danych dla { $provider }; Twoje logowanie trafiło do innego agenta. Zaloguj się dla { $agent }.
auth_store_migration_required-summary = Ta wersja trzyma dane uwierzytelniające w nowym formacie magazynu i ignoruje stary, dopóki doctor go nie zmigruje. Zatrzymaj gateway, uruchom doctor, sprawdź, czy profile wróciły, i uruchom go ponownie.
profile_excluded_by_auth_order-summary = Każdy użyteczny profil { $provider } jest wykluczony przez kolejność uwierzytelniania, więc nic nie jest próbowane. Wyczyść kolejność albo ustaw w niej istniejące profile.
auth_order_not_applied-summary = Zmiana kolejności nie trafiła do magazynu, który czyta agent, więc nadal obowiązuje stara kolejność.
session_pin_stale-summary = Ta rozmowa jest przypięta do { $profile }, który wygasł lub nie istnieje, a { $working } działa. Przypnij rozmowę na nowo do działającego profilu.
session_pin_stale-override-summary = Rozmowa ma własne nadpisanie profilu ({ $profile }), którego zmiany w CLI nie dotykają. Przypnij profil na nowo w tej rozmowie.
session_pin_stale-cli-healthy-summary = Test w CLI pokazuje, że { $working } działa, ale rozmowa nadal się wysypuje: trzyma się starego profilu. Przypnij działający profil w problematycznej rozmowie; wykluczenie starego profilu z kolejności jest zamierzone, więc nie czyść kolejności.
wrong_provider_prefix-summary = Przy przypinaniu dostawca w odwołaniu do modelu musi być taki sam jak dostawca profilu. { $profile } należy do { $provider }, więc w tym wydaniu odwołanie musi zaczynać się od tego dostawcy.
wrong_provider_prefix-default-summary = W tym wydaniu model openai/… nie ma danych uwierzytelniających, jeśli jest tylko logowanie Codex OAuth; model domyślny musi używać dostawcy openai-codex.
auth_profile_provider_mismatch-summary = { $profile } należy do innego dostawcy i nie może być w kolejności dla { $provider }. W kolejności każdego dostawcy trzymaj tylko jego własne profile; dla drugiego dostawcy użyj fallbacku modelu.
legacy_codex_ids-summary = Konfiguracja albo profile nadal używają starych id openai-codex, które to wydanie zmieniło lub odrzuca. Niech doctor je zmigruje.
unknown_model-summary = Modelu { $model } nie ma w katalogu dostawcy ani w konfiguracji. Wybierz id modelu z listy dostawcy.
model_not_allowed-summary = Model { $model } jest poza allowlistą modeli agenta. Dodaj go, a potem wybierz ponownie.
rate_limit_cooldown-summary = { $provider } odpoczywa po błędach rate limitu lub limitu użycia; ponowne logowanie nie pomoże. Poczekaj albo dodaj kolejny profil lub fallback.
billing_disabled-summary = Dostawca odmówił z powodu płatności lub limitu i profil jest wyłączony na kilka godzin. Doładuj konto u dostawcy albo tymczasem przełącz się na innego.
provider_unreachable-summary = Od { $provider } nie wróciła żadna użyteczna odpowiedź (timeout, sieć, TLS albo błąd serwera). Sprawdź łączność z hosta gatewaya.
fallbacks_stripped-summary = Agent { $agent } ustawia model jako zwykły string, co zastępuje domyślne fallbacki pustą listą. Użyj formy obiektowej z listą fallbacks.
ollama_fallback_dropped-summary = Fallback na Ollama nie ma wpisu dostawcy ani klucza zastępczego, więc pada, gdy tylko łańcuch do niego dojdzie.
fallback_not_triggered-summary = Błąd zakończył turę bez próby użycia fallbacków; ta wersja ma w tym miejscu błąd z pętlą lub limitem użycia.
fallback_not_triggered-selected-summary = W tej rozmowie model { $model } wybrano ręcznie. Model wybrany przez użytkownika jest ścisły: nigdy nie przechodzi na fallback. Wróć do modelu domyślnego.
runtime_unavailable-summary = Środowisko uruchomieniowe Codex (app-server lub plugin) nie może wykonać tury, często dlatego, że nieaktualny zewnętrzny plugin codex jest starszy niż rdzeń.
cloudflare_403-summary = Zapytania ChatGPT/Codex dostają stronę challenge od Cloudflare, którą ta wersja zgłasza jako błąd DNS lub rate limit.
version_regression-summary = Ta wersja ma znany błąd: świeże logowanie do Codex przechodzi test, ale odświeżanie w trakcie działania się nie udaje.
version_regression-known-summary = OpenClaw { $version } ma znany błąd z dokładnie takimi objawami; naprawiono go w { $fixed }. Aktualizuj do przodu (nigdy nie cofaj wersji przez migrację magazynu).
gateway_not_reloaded-summary = CLI widzi dane uwierzytelniające { $provider }, ale działający gateway nie został zrestartowany i nadal serwuje stary stan.
request_rejected-summary = Dostawca odrzucił treść zapytania (schemat lub rozmiar kontekstu), a nie dane uwierzytelniające. Zacznij nową sesję; ponowne logowanie nie jest potrzebne.
status_display_mismatch-summary = { $profile } jest pokazany na ekranie statusu jako wygasły, choć uruchomienia nadal działają; nic nie jest zepsute. Odśwież go tylko po to, żeby usunąć ostrzeżenie.
not_model_auth-summary = To uwierzytelnianie gatewaya lub urządzenia, a nie dane uwierzytelniające modelu; polecenia models auth tego nie zmienią.
not_model_auth-channel-summary = To token kanału czatu (konto bota), a nie dane uwierzytelniające modelu; polecenia models auth tego nie zmienią.
all_ok-summary = Każdy sprawdzony profil odpowiada i nic we wklejonym tekście nie zgłasza błędu. Jeśli czat nadal nie działa, wklej jego błąd i wynik /model status.

## Opisy kroków

step-login = Zaloguj się ponownie dla { $provider } na hoście gatewaya (otworzy się przeglądarka albo pojawi się kod).
step-restart = Zrestartuj gateway, żeby działający proces ponownie wczytał uwierzytelnianie.
step-verify = Sprawdź testem na żywo, czy logowanie działa.
step-upgrade = Zaktualizuj OpenClaw do najnowszego wydania.
step-doctor-fix = Niech doctor zmigruje konfigurację i profile.
step-claude-setup-token = Utwórz nowy setup token Claude, a potem zapisz go w OpenClaw.
step-one-gateway = Upewnij się, że dla tego katalogu stanu działa tylko jeden gateway.
step-order-new-id = Ustaw nowo utworzony profil jako pierwszy (skopiuj jego id z wyniku logowania).
step-drop-baseurl = Usuń baseUrl wskazujący na Platform API, żeby token ChatGPT nie był tam wysyłany.
step-local-placeholder-key = Lokalni dostawcy potrzebują tylko klucza zastępczego.
step-configure-key = Wpisz klucz { $provider } interaktywnie (nigdy nie wklejaj kluczy na czat).
step-env-file = Albo wpisz klucz do pliku env gatewaya: usługa ignoruje eksporty z powłoki.
step-read-effective = Odczytaj źródło effective= dla dostawcy: to właśnie ten klucz jest wysyłany.
step-refresh-external-cli = Najpierw odśwież logowanie w tamtym drugim CLI.
step-pin-working = Przypnij działający profil { $profile } w problematycznej rozmowie, a potem wyślij zwykłą wiadomość testową.
step-login-renamed-codex = W tym wydaniu OAuth ChatGPT/Codex loguje się jako dostawca openai.
step-check-profiles-back = Sprawdź, czy profile znów są na liście; jeśli lista jest pusta, zaloguj się ponownie.
step-order-clear = Usuń nadpisanie kolejności dla agenta.
step-order-set-alternative = Albo ustaw kolejność na istniejące profile.
step-release-lock = Zatrzymaj gateway, żeby zwolnił blokadę magazynu.
step-pin = Przypnij { $profile } w problematycznej rozmowie, a potem wyślij zwykłą wiadomość testową.
step-cross-provider-fallback = Żeby mieć innego dostawcę w zapasie, dodaj zamiast tego fallback modelu.
step-new-drops-auto = Nowa sesja usuwa automatyczne nadpisanie.
step-find-current-id = Znajdź aktualne id profilu (nowe logowanie mogło utworzyć nowe).
step-pin-current-id = Potem przypnij to id w rozmowie.
step-undo-5-5-rewrite = Cofnij zmianę modelu domyślnego wprowadzoną przez wydanie 5.5.
step-set-unified-ref = Albo ustaw ręcznie aktualne odwołanie do modelu.
step-ollama-model-entry = Dodaj model do listy modeli dostawcy ollama.
step-list-models = Wyświetl id modeli, które oferuje ten dostawca.
step-set-listed-model = Ustaw jako domyślne id z tej listy.
step-allow-model = Dodaj model do allowlisty (poleceniem, które wypisał błąd).
step-see-cooldowns = Zobacz, które profile odpoczywają i jak długo (Unavailable auth profiles).
step-add-fallback = Dodaj fallback u innego dostawcy, żeby tury w międzyczasie nadal działały.
step-after-top-up = Po doładowaniu wyczyść zapisany stan wyłączenia.
step-object-form-model = Zapisz model agenta w formie obiektowej, razem z jego fallbackami.
step-check-fallbacks = Sprawdź, czy Fallbacks (N) teraz je wymienia.
step-reset-selection = Przywróć w tej rozmowie model domyślny.
step-inspect-codex-plugin = Porównaj wersję runtime pluginu codex z wersją rdzenia.
step-find-stale-plugin = Zaktualizuj albo usuń nieaktualną zewnętrzną kopię pluginu codex.
step-step-back-same-era = Albo cofnij się do ostatniego dobrego wydania z tym samym formatem magazynu.
step-codex-backend-url = Jeśli zostajesz na tym wydaniu: kieruj zapytania Codex do backendu ChatGPT.
step-new-session = Zacznij nową sesję w tamtej rozmowie.
step-check-api = Sprawdź, czy pokazane api: pasuje do modelu.
step-clear-display = Tylko żeby usunąć ostrzeżenie: odśwież logowanie w Claude CLI i połącz je ponownie.
step-channel-status = Sprawdź, który kanał nie startuje.
step-channel-token = Wpisz nowy token bota dla tego kanału.

## Prośby o dane

ask-version = Następny krok zależy od wydania OpenClaw.
ask-model-status-if-chat-fails = Tylko jeśli czat nadal nie działa: uruchom to w tamtej rozmowie.
ask-models-status = Pokazuje model domyślny, fallbacki, efektywne dane uwierzytelniające każdego dostawcy i cooldowny.
ask-probe = Testuje na żywo każdy profil i pokazuje, który zawodzi i dlaczego.
ask-order = Pokazuje, które profile przepuszcza kolejność.
ask-model-status = Uruchom w problematycznej rozmowie: pokazuje profil, którego używa ta rozmowa.
ask-auth-list = Pokazuje dokładne id profili do przypięcia.
ask-decision-lines = Skopiuj wiersze [model-fallback/decision] z jednej nieudanej tury.

## Błędy (wiersz poleceń i boty)

error-file-missing = Nie można odczytać { $path }: plik nie istnieje.
error-file-unreadable = Nie można odczytać { $path }: { $reason }
error-binary = { $path } wygląda na dane binarne, a nie wklejony tekst.
error-too-large = { $path } ma więcej niż { $limit } bajtów; wklej tylko istotny fragment wyniku.
error-unknown-lang = Nieznany język { $lang }; użyj jednego z: { $list }.
error-bad-version = Nie można odczytać wersji OpenClaw { $version }; użyj formatu 2026.6.9.

## Discord i strona WWW

cmd-diagnose-description = Zdiagnozuj wklejony wynik OpenClaw i poznaj następny krok
opt-paste-description = Wynik do diagnozy (zostaw puste, by otworzyć formularz na długi tekst)
opt-file-description = Plik .txt, .log lub .json z wynikiem
opt-version-description = Twoja wersja OpenClaw, np. 2026.6.9
opt-language-description = Język odpowiedzi
cmd-model-description = Wyjaśnij wynik /model status albo zbuduj poprawne /model pin
cmd-model-status-description = Wyjaśnij wklejony wynik /model status lub models status
cmd-model-pin-description = Zbuduj /model pin dla profilu
opt-profile-description = Id profilu uwierzytelniania, np. openai:work
opt-model-description = Model, np. openai/gpt-5.5
ctx-diagnose-name = Zdiagnozuj
modal-title = Wklej wynik OpenClaw
modal-field-label = Wynik (zamaskuj klucze i tokeny)
button-worked = Zadziałało
button-still-failing = Nadal nie działa
button-show-in = Pokaż w języku: { $language }
reply-thanks = Dzięki za potwierdzenie. Super, że działa.
reply-still-failing = Przykro nam. Wklej tutaj kolejny wynik, a przeczytamy go razem z wcześniejszymi wiadomościami.
pin-explain = Profil { $profile } należy do { $provider }, więc w tym wydaniu odwołanie do modelu musi zaczynać się od { $provider }/.
pin-explain-renamed = W tym wydaniu profile ChatGPT/Codex nazywają się openai:…; najpierw uruchom doctor, żeby { $profile } istniał.
error-no-input = Nie ma czego diagnozować: wklej wynik albo dołącz plik.
error-attachment-type = Można odczytać tylko pliki .txt, .log i .json.
error-internal = Coś poszło nie tak po naszej stronie i nie udało się przygotować odpowiedzi. Spróbuj ponownie.
error-rate-limited = Za dużo zapytań w tej chwili; poczekaj { $seconds } s.
web-title = clawmedic — diagnoza wyniku OpenClaw
web-paste-label = Wklej tutaj wynik OpenClaw (klucze i tokeny są ukrywane, zanim cokolwiek zostanie pokazane)
web-submit = Zdiagnozuj
web-copy = Kopiuj
web-copied = Skopiowano
cmd-watch-description = Włącz lub wyłącz automatyczną diagnozę wyników OpenClaw wklejanych na tym kanale
opt-watch-mode-description = on: odpowiadaj na wyniki OpenClaw wklejane tutaj; off: przestań
watch-on = Obserwuję { $channel }: wiadomości z wynikiem OpenClaw dostaną diagnozę, najwyżej jedna odpowiedź na wątek co { $seconds } s.
watch-off = Nie obserwuję już { $channel }.
watch-unavailable = Tryb obserwowania jest wyłączony w konfiguracji tego bota.
error-permission = Aby to zmienić, potrzebujesz uprawnienia „Zarządzanie serwerem” (Manage Server).
error-guild-only = To polecenie działa tylko na kanale serwera.
error-store = Nie udało się teraz zapisać ustawienia; spróbuj ponownie za minutę.
error-no-memory = Ta diagnoza nie jest już pamiętana (wygasła albo pamięć jest niedostępna). Uruchom polecenie ponownie ze swoim wynikiem.
error-download = Nie udało się pobrać załącznika { $path }; wklej zamiast tego jego tekst.
error-bad-profile = { $profile } nie jest id profilu uwierzytelniania; id wyglądają jak provider:name, na przykład openai:work.
pin-title = /model pin dla tej rozmowy
pin-model-placeholder = Zastąp <model> modelem, który oferuje { $provider }; /models { $provider } na czacie wyświetli ich listę.
status-title = Twój /model status z objaśnieniem
status-current = Ta rozmowa używa modelu { $model }.
status-current-selected = Ta rozmowa używa modelu { $model }, wybranego ręcznie: wybrany model nigdy nie przechodzi na inne.
status-default = Model domyślny to { $model }.
status-active = Następne zapytanie do { $provider } użyje profilu { $profile }.
status-auth-ok = { $profile }: zalogowano, ważne jeszcze przez { $remaining }.
status-auth-ok-plain = { $profile }: zalogowano.
status-auth-expiring = { $profile }: wygasa za { $remaining }; wkrótce odśwież logowanie.
status-auth-expired = { $profile }: logowanie wygasło.
status-auth-missing = { $profile }: brak zapisanych danych uwierzytelniających.
status-auth-cooldown = { $profile }: odpoczywa po błędach (zostało { $remaining }).
status-auth-disabled = { $profile }: wyłączony ({ $reason }).
status-not-recognized = To nie jest wynik /model status ani models status. Uruchom /model status w problematycznej rozmowie albo openclaw models status na hoście gatewaya i wklej całość.
web-language-auto = Jak we wklejonym tekście (wykryty)
web-privacy = Nic z tego, co wkleisz, nie jest zapisywane ani logowane; wyświetlana jest tylko diagnoza.
step-unusable-name = Nazwa we wklejonym tekście zawiera znaki, których nie ma żadna nazwa w OpenClaw, więc nie została skopiowana do tego polecenia: zastąp `{ $placeholder }` dokładną nazwą z wyjścia samego OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Podana wersja, „{ $given }”, nie jest wydaniem OpenClaw znanym tej kompilacji, więc nie została użyta. `openclaw --version` na hoście gatewaya pokazuje dokładną wersję.
note-version-conflict = Podano OpenClaw { $given }, ale wklejony tekst pokazuje { $pasted }; ta odpowiedź używa { $given }, czyli podanej wersji.
error-file-is-dir = { $path } to folder, a nie plik: wskaż plik, który zawiera wynik.
error-file-permission = Nie można odczytać { $path }: brak uprawnień do odczytu tego pliku.
error-malformed-json = Treść żądania nie jest JSON-em, który czyta to API: wyślij obiekt z `paste` (tekst) albo `messages` (lista tekstów).
error-bad-thread = Identyfikator wątku musi mieć od 16 do 128 znaków z A-Z, a-z, 0-9, _ i -; użyj losowego identyfikatora.
error-too-many-messages = Najwyżej { $limit } wiadomości na żądanie; resztę wyślij w drugim żądaniu.
