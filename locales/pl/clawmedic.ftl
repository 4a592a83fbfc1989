# clawmedic — polski (pl).
# Polecenia, id, nazwy profili i odwołania do modeli nie są częścią tych komunikatów: są
# przekazywane jako zmienne ($provider, $profile, $model, …) albo wypisywane przez układ w blokach kodu.

## Układ odpowiedzi

reply-title = Diagnoza clawmedic
reply-version-seen = OpenClaw { $version } (odczytane z wklejonego tekstu).
reply-version-flag = OpenClaw { $version } (podane przez Ciebie).
reply-version-unknown = Wersja OpenClaw nieznana: poniższe kroki działają w każdym wydaniu, chyba że zaznaczono inaczej.
reply-version-floor = Nie podano wersji OpenClaw; wklejony tekst wygląda na { $version } lub nowszą (ścieżka magazynu i identyfikatory).
reply-top-finding = Najbardziej prawdopodobna przyczyna: { $title }
reply-next-finding = Jeśli to nie pomoże: { $title }
reply-evidence = Dowody
reply-evidence-line = wiadomość { $message }, wiersz { $line }
reply-ruled-out = Wykluczone przyczyny
reply-steps = Kolejne kroki
reply-asks =
    { $count ->
        [one] Uruchom to polecenie i wklej jego wynik
       *[other] Uruchom te polecenia i wklej ich wynik
    }
reply-need-more-info = Nic w tym wątku nie przesądza jeszcze sprawy. Uruchom poniższe polecenia i wklej ich wynik (zamaskuj klucze i tokeny).
reply-mask-reminder = Przed wklejeniem zamaskuj klucze i tokeny.
where-cli = powłoka na hoście gatewaya
where-chat = problematyczna rozmowa w OpenClaw
where-config = plik konfiguracyjny
where-config-cli = powłoka na hoście gatewaya (zmienia plik konfiguracyjny)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
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

cause-oauth_expired = logowanie OAuth wygasło
cause-refresh_token_reused = refresh token został użyty dwa razy
cause-oauth_scope_missing = logowaniu brakuje wymaganego scope
cause-missing_api_key = brak danych uwierzytelniających dla tego dostawcy
cause-invalid_api_key = klucz API jest odrzucany
cause-external_cli_credential_stale = dane uwierzytelniające skopiowane z innego CLI są nieaktualne
cause-pinned_profile_missing_credential = przypięty profil nie ma danych uwierzytelniających
cause-auth_provider_not_loaded = logowanie wskazuje dostawcę, który nie jest załadowany
cause-per_agent_auth_store = dane uwierzytelniające są w magazynie innego agenta
cause-auth_store_migration_required = magazyn uwierzytelniania wymaga migracji
cause-profile_excluded_by_auth_order = kolejność uwierzytelniania pomija działające profile
cause-auth_order_not_applied = nowa kolejność uwierzytelniania nie została zastosowana
cause-session_pin_stale = problematyczna rozmowa nadal używa starego profilu
cause-wrong_provider_prefix = odwołanie do modelu i profil należą do różnych dostawców
cause-auth_profile_provider_mismatch = profil jest przypisany do innego dostawcy
cause-legacy_codex_ids = stare id openai-codex w wersji, która je zmieniła
cause-unknown_model = dostawca ani konfiguracja nie znają tego modelu
cause-model_not_allowed = modelu nie ma na allowliście
cause-rate_limit_cooldown = dostawca ogranicza zapytania albo jest w cooldownie
cause-billing_disabled = na koncie skończyły się środki
cause-provider_unreachable = nie udało się połączyć z dostawcą
cause-fallbacks_stripped = fallbacki zniknęły z efektywnej konfiguracji
cause-ollama_fallback_dropped = fallback na Ollama nie może odpowiadać
cause-fallback_not_triggered = tura się nie powiodła, a fallbacku nawet nie spróbowano
cause-runtime_unavailable = środowisko uruchomieniowe Codex nie może wykonać tury
cause-cloudflare_403 = zapytania do ChatGPT trafiają na challenge Cloudflare
cause-version_regression = znany błąd w tej wersji OpenClaw
cause-gateway_not_reloaded = działający gateway nadal serwuje stary stan
cause-request_rejected = dostawca odrzucił samo zapytanie
cause-status_display_mismatch = ekran statusu ostrzega, ale uruchomienia działają
cause-not_model_auth = to nie jest problem z uwierzytelnianiem modelu
cause-all_ok = wszystko wygląda dobrze
cause-need_more_info = potrzeba więcej danych wyjściowych

## Podsumowania ustaleń

oauth_expired-summary = Zapisane logowanie dla { $provider } nie może już odświeżyć tokenu dostępu, więc każde zapytanie z nim kończy się błędem. Zaloguj się ponownie na hoście gatewaya, a potem zrestartuj gateway.
refresh_token_reused-summary = Refresh token { $provider } został zużyty przez dwóch odbiorców (dwa gatewaye, kopie dla poszczególnych agentów albo zaimportowany token z CLI) i dostawca go teraz odrzuca. Zaloguj się ponownie, ale tylko raz; zostaw jeden gateway i ustaw nowy profil jako pierwszy.
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
session_pin_stale-summary = Problematyczna rozmowa jest przypięta do { $profile }, który wygasł lub nie istnieje, a { $working } działa. Przypnij tę rozmowę na nowo do działającego profilu.
session_pin_stale-override-summary = Problematyczna rozmowa ma własne nadpisanie profilu ({ $profile }), którego zmiany w CLI nie dotykają. Przypnij profil na nowo w tej rozmowie.
session_pin_stale-cli-healthy-summary = Test w CLI pokazuje, że { $working } działa, ale rozmowa nadal się wysypuje: trzyma się starego profilu. Przypnij działający profil w problematycznej rozmowie; wykluczenie starego profilu z kolejności jest zamierzone, więc nie czyść kolejności.
wrong_provider_prefix-summary = Przy przypinaniu dostawca w odwołaniu do modelu musi być taki sam jak dostawca profilu. { $profile } należy do { $provider }, więc w tym wydaniu odwołanie musi zaczynać się od tego dostawcy.
wrong_provider_prefix-default-summary = W tym wydaniu model openai/… nie ma danych uwierzytelniających, jeśli jest tylko logowanie Codex OAuth; model domyślny musi używać dostawcy openai-codex.
auth_profile_provider_mismatch-summary = { $profile } należy do innego dostawcy i nie może być w kolejności dla { $provider }. W kolejności każdego dostawcy trzymaj tylko jego własne profile; dla drugiego dostawcy użyj fallbacku modelu.
legacy_codex_ids-summary = Konfiguracja albo profile nadal używają starych id openai-codex, które to wydanie zmieniło lub odrzuca. Niech doctor je zmigruje.
unknown_model-summary = Modelu { $model } nie ma w katalogu dostawcy ani w konfiguracji. Wybierz id modelu z listy dostawcy.
model_not_allowed-summary = Model { $model } jest poza allowlistą modeli agenta. Dodaj go, a potem wybierz ponownie.
rate_limit_cooldown-summary = { $provider } jest w cooldownie po błędach rate limitu lub limitu użycia; ponowne logowanie nie pomoże. Poczekaj albo dodaj kolejny profil lub fallback.
billing_disabled-summary = Dostawca odmówił z powodu płatności lub limitu i profil jest wyłączony na kilka godzin. Doładuj konto u dostawcy albo tymczasem przełącz się na innego.
provider_unreachable-summary = Od { $provider } nie wróciła żadna użyteczna odpowiedź (timeout, sieć, TLS albo błąd serwera). Sprawdź łączność z hosta gatewaya.
fallbacks_stripped-summary = Agent { $agent } ustawia model jako zwykły string, co zastępuje domyślne fallbacki pustą listą. Użyj formy obiektowej z listą fallbacks.
ollama_fallback_dropped-summary = Fallback na Ollama nie ma wpisu dostawcy ani klucza zastępczego, więc pada, gdy tylko łańcuch do niego dojdzie.
fallback_not_triggered-summary = Niepowodzenie zakończyło turę bez próby użycia fallbacków; ta wersja ma tu bug (pętla lub limit użycia).
fallback_not_triggered-selected-summary = W problematycznej rozmowie model { $model } wybrano ręcznie. Model wybrany ręcznie jest używany dokładnie tak, jak go wybrano: nigdy nie przechodzi na inny. Wróć do modelu domyślnego.
runtime_unavailable-summary = Środowisko uruchomieniowe Codex (app-server lub plugin) nie może wykonać tury, często dlatego, że nieaktualny zewnętrzny plugin codex jest starszy niż rdzeń.
cloudflare_403-summary = Zapytania ChatGPT/Codex dostają stronę challenge od Cloudflare, którą ta wersja zgłasza jako błąd DNS lub rate limit.
version_regression-summary = Ta wersja ma znany błąd: świeże logowanie do Codex przechodzi test, ale odświeżanie w trakcie działania się nie udaje.
version_regression-known-summary = OpenClaw { $version } ma znany błąd z dokładnie takimi objawami; naprawiono go w { $fixed }. Zaktualizuj do nowszej wersji (nigdy nie cofaj wersji przez migrację magazynu).
gateway_not_reloaded-summary = CLI widzi dane uwierzytelniające { $provider }, ale działający gateway nie został zrestartowany i nadal serwuje stary stan.
request_rejected-summary = Dostawca odrzucił treść zapytania (schemat lub rozmiar kontekstu), a nie dane uwierzytelniające. Zacznij nową sesję; ponowne logowanie nie jest potrzebne.
status_display_mismatch-summary = { $profile } jest pokazany na ekranie statusu jako wygasły, choć uruchomienia nadal działają; nic nie jest zepsute. Odśwież go tylko po to, żeby usunąć ostrzeżenie.
not_model_auth-summary = To uwierzytelnianie gatewaya lub urządzenia, a nie dane uwierzytelniające modelu; polecenia models auth tego nie zmienią.
not_model_auth-channel-summary = To token kanału czatu (konto bota), a nie dane uwierzytelniające modelu; polecenia models auth tego nie zmienią.
all_ok-summary = Każdy sprawdzony profil odpowiada i nic we wklejonym tekście nie zgłasza błędu. Jeśli czat nadal nie działa, wklej jego błąd i wynik /model status.

## Opisy kroków

step-login = Zaloguj się ponownie dla { $provider } na hoście gatewaya (otworzy się przeglądarka albo pojawi się kod).
step-restart = Zrestartuj gateway, żeby działający proces ponownie wczytał uwierzytelnianie.
step-verify = Sprawdź testem na żywo, czy dane uwierzytelniające działają.
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
step-login-renamed-codex = W tym wydaniu OAuth ChatGPT/Codex loguje się w ramach dostawcy openai.
step-check-profiles-back = Sprawdź, czy profile znów są na liście; jeśli lista jest pusta, zaloguj się ponownie.
step-order-clear = Usuń nadpisanie kolejności dla agenta.
step-order-set-alternative = Albo ustaw kolejność na istniejące profile.
step-release-lock = Zatrzymaj gateway, żeby zwolnił blokadę magazynu.
step-pin = Przypnij { $profile } w problematycznej rozmowie, a potem wyślij zwykłą wiadomość testową.
step-cross-provider-fallback = Żeby mieć innego dostawcę w zapasie, dodaj zamiast tego fallback modelu.
step-new-drops-auto = Nowa sesja usuwa automatyczne nadpisanie.
step-find-current-id = Znajdź aktualne id profilu (nowe logowanie mogło utworzyć nowe).
step-pin-current-id = Potem przypnij to id w problematycznej rozmowie.
step-undo-5-5-rewrite = Cofnij zmianę modelu domyślnego wprowadzoną przez wydanie 5.5.
step-set-unified-ref = Albo ustaw ręcznie aktualne odwołanie do modelu.
step-ollama-model-entry = Dodaj model do listy modeli dostawcy ollama.
step-list-models = Wyświetl id modeli, które oferuje ten dostawca.
step-set-listed-model = Ustaw jako domyślne id z tej listy.
step-allow-model = Dodaj model do allowlisty (poleceniem, które wypisał błąd).
step-see-cooldowns = Zobacz, które profile są w cooldownie i jak długo (Unavailable auth profiles).
step-add-fallback = Dodaj fallback u innego dostawcy, żeby tury w międzyczasie nadal działały.
step-after-top-up = Po doładowaniu wyczyść zapisany stan wyłączenia.
step-object-form-model = Zapisz model agenta w formie obiektowej, razem z jego fallbackami.
step-check-fallbacks = Sprawdź, czy Fallbacks (N) teraz je wymienia.
step-reset-selection = Przywróć w problematycznej rozmowie model domyślny.
step-inspect-codex-plugin = Porównaj wersję runtime pluginu codex z wersją rdzenia.
step-find-stale-plugin = Zaktualizuj albo usuń nieaktualną zewnętrzną kopię pluginu codex.
step-step-back-same-era = Albo cofnij się do ostatniego dobrego wydania z tym samym formatem magazynu.
step-codex-backend-url = Jeśli zostajesz na tym wydaniu: kieruj zapytania Codex do backendu ChatGPT.
step-new-session = Zacznij nową sesję w problematycznej rozmowie.
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
error-too-large =
    { $limit ->
        [one] { $path } ma więcej niż { $limit } bajt; wklej tylko istotny fragment wyniku.
        [few] { $path } ma więcej niż { $limit } bajty; wklej tylko istotny fragment wyniku.
       *[other] { $path } ma więcej niż { $limit } bajtów; wklej tylko istotny fragment wyniku.
    }
error-unknown-lang = Nieznany język { $lang }; użyj jednego z: { $list }.
error-bad-version = Nie można odczytać wersji OpenClaw { $version }; użyj formatu 2026.6.9.

## Discord i strona WWW

cmd-diagnose-description = Zdiagnozuj wklejony wynik OpenClaw i poznaj następny krok
opt-paste-description = Wynik do diagnozy (zostaw puste, by otworzyć formularz na długi tekst)
opt-file-description = Plik .txt, .log lub .json z wynikiem albo zrzut ekranu wyniku
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
error-attachment-type = Można odczytać tylko pliki .txt, .log i .json oraz zrzuty ekranu PNG, JPEG lub WebP.
error-internal = Coś poszło nie tak po naszej stronie i nie udało się przygotować odpowiedzi. Spróbuj ponownie.
error-rate-limited =
    { $seconds ->
        [one] Za dużo zapytań w tej chwili; poczekaj { $seconds } sekundę.
        [few] Za dużo zapytań w tej chwili; poczekaj { $seconds } sekundy.
       *[other] Za dużo zapytań w tej chwili; poczekaj { $seconds } sekund.
    }
web-title = clawmedic — diagnoza wyniku OpenClaw
web-paste-label = Wklej tutaj wynik OpenClaw (klucze i tokeny są ukrywane, zanim cokolwiek zostanie pokazane)
web-submit = Zdiagnozuj
web-copy = Kopiuj
web-copied = Skopiowano
cmd-watch-description = Włącz lub wyłącz automatyczną diagnozę wyników OpenClaw wklejanych na tym kanale
opt-watch-mode-description = on: odpowiadaj na wyniki OpenClaw wklejane tutaj; off: przestań
watch-on =
    { $seconds ->
        [one] Obserwuję { $channel }: wiadomości z wynikiem OpenClaw dostaną diagnozę, najwyżej jedna odpowiedź na wątek co sekundę.
        [few] Obserwuję { $channel }: wiadomości z wynikiem OpenClaw dostaną diagnozę, najwyżej jedna odpowiedź na wątek co { $seconds } sekundy.
       *[other] Obserwuję { $channel }: wiadomości z wynikiem OpenClaw dostaną diagnozę, najwyżej jedna odpowiedź na wątek co { $seconds } sekund.
    }
watch-off = Nie obserwuję już { $channel }.
watch-unavailable = Tryb obserwowania jest wyłączony w konfiguracji tego bota.
error-permission = Aby to zmienić, potrzebujesz uprawnienia „Zarządzanie serwerem” (Manage Server).
error-guild-only = To polecenie działa tylko na kanale serwera.
error-store = Nie udało się teraz zapisać ustawienia; spróbuj ponownie za minutę.
error-no-memory = Ta diagnoza nie jest już pamiętana (wygasła albo pamięć jest niedostępna). Uruchom polecenie ponownie ze swoim wynikiem.
error-download = Nie udało się pobrać załącznika { $path }; wklej zamiast tego jego tekst.
error-bad-profile = { $profile } nie jest id profilu uwierzytelniania; id wyglądają jak provider:name, na przykład openai:work.
pin-title = /model pin dla Twojej rozmowy w OpenClaw
pin-model-placeholder = Zastąp <model> modelem, który oferuje { $provider }; /models { $provider } w tej rozmowie wyświetla listę.
status-title = Twój /model status z objaśnieniem
status-current = Rozmowa, w której to uruchomiono, używa modelu { $model }.
status-current-selected = Rozmowa, w której to uruchomiono, używa modelu { $model }, wybranego ręcznie: model wybrany ręcznie nigdy nie przechodzi na inne.
status-default = Model domyślny to { $model }.
status-active = Następne zapytanie do { $provider } użyje profilu { $profile }.
status-auth-ok = { $profile }: zalogowano, ważne jeszcze przez { $remaining }.
status-auth-ok-plain = { $profile }: zalogowano.
status-auth-expiring = { $profile }: wygasa za { $remaining }; wkrótce odśwież logowanie.
status-auth-expired = { $profile }: logowanie wygasło.
status-auth-missing = { $profile }: brak zapisanych danych uwierzytelniających.
status-auth-cooldown = { $profile }: w cooldownie po błędach (zostało { $remaining }).
status-auth-disabled = { $profile }: wyłączony ({ $reason }).
status-not-recognized = To nie jest wynik /model status ani models status. Uruchom /model status w problematycznej rozmowie albo openclaw models status na hoście gatewaya i wklej całość.
web-language-auto = Jak we wklejonym tekście (wykryty)
web-privacy = Nic z tego, co wkleisz, nie jest zapisywane ani logowane; wyświetlana jest tylko diagnoza.
web-image-label = Albo zrzut ekranu terminala (PNG, JPEG lub WebP): wybierz go tutaj albo przeciągnij lub wklej do pola powyżej
step-unusable-name = Nazwa we wklejonym tekście zawiera znaki, których nie ma żadna nazwa w OpenClaw, więc nie została skopiowana do tego polecenia: zastąp `{ $placeholder }` dokładną nazwą z wyjścia samego OpenClaw.
step-uncertain-read = Odczytałem `{ $read }` ze zrzutu ekranu, ale nie mam pewności co do każdego znaku, więc nie ma go w tym poleceniu: skopiuj dokładny identyfikator z terminala (jako tekst) w miejsce `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Podana wersja, „{ $given }”, nie jest wydaniem OpenClaw znanym tej kompilacji, więc nie została użyta. `openclaw --version` na hoście gatewaya pokazuje dokładną wersję.
note-version-conflict = Podano OpenClaw { $given }, ale wklejony tekst pokazuje { $pasted }; ta odpowiedź używa { $given }, czyli podanej wersji.
error-file-is-dir = { $path } to folder, a nie plik: wskaż plik, który zawiera wynik.
error-file-permission = Nie można odczytać { $path }: brak uprawnień do odczytu tego pliku.
error-malformed-json = Treść żądania nie jest JSON-em, który czyta to API: wyślij obiekt z `paste` (tekst) albo `messages` (lista tekstów).
error-bad-thread = Identyfikator wątku musi mieć od 16 do 128 znaków z A-Z, a-z, 0-9, _ i -; użyj losowego identyfikatora.
error-too-many-messages = Najwyżej { $limit } wiadomości na żądanie; resztę wyślij w drugim żądaniu.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = logowanie potrzebuje terminala, którego nie dostało
cause-oauth_profile_not_attached = logowanie ChatGPT/Codex nie jest dołączone do zapytania
cause-agent_model_override = własny model agenta ma pierwszeństwo przed domyślnym
cause-models_json_rejected = jeden wpis dostawcy sprawia, że OpenClaw odrzuca całą konfigurację modeli
cause-custom_model_misrouted = własny model jest wysyłany do endpointu innego dostawcy
cause-auth_profile_wrong_type = sekret zapisano jako niewłaściwy rodzaj danych uwierzytelniających
cause-context_window_too_small = okno kontekstu modelu jest poniżej minimum OpenClaw
cause-profile_param_ignored = params.authProfileId nie wybiera konta
cause-default_model_not_set = nadal działa wbudowany model domyślny
cause-ssrf_blocked = ochrona OpenClaw przed sieciami prywatnymi zablokowała adres dostawcy
cause-context_overflow = rozmowa nie mieści się już w kontekście modelu
cause-oauth_refresh_transient = odświeżenie logowania raz się nie udało, choć logowanie nie wygasło
cause-env_key_not_bound = klucz jest w środowisku, ale nie jest powiązany z dostawcą
cause-turn_timeout = tura przekroczyła swój limit czasu
cause-directive_syntax = polecenie /model wpisano w formie, której OpenClaw nie przyjmuje
login_requires_tty-summary = Logowanie uruchomiono bez interaktywnego terminala (skrypt, potok albo docker exec bez -t), więc zatrzymało się, zanim o cokolwiek zapytało. Zamiast tego przekaż sekret potokiem do polecenia paste albo uruchom logowanie w prawdziwym terminalu.
oauth_profile_not_attached-summary = Zapytania trafiają do OpenAI Platform API bez żadnych danych uwierzytelniających, chociaż istnieje profil OAuth ChatGPT/Codex: tura nie przechodzi przez środowisko uruchomieniowe Codex. Nie ma klucza do wymiany.
agent_model_override-summary = Agent { $agent } ma własny model ({ $model }), który ma pierwszeństwo przed zmienionym przez Ciebie modelem domyślnym. Zmień albo usuń model agenta.
agent_model_override-summary-plain = Agent ma własny model, który ma pierwszeństwo przed zmienionym przez Ciebie modelem domyślnym. Zmień albo usuń model tego agenta.
models_json_rejected-summary = OpenClaw odrzucił wygenerowaną przez siebie listę modeli, bo wpis dla { $provider } jest nieprawidłowy; dopóki jest odrzucona, modele innych dostawców też wyglądają na nieznane albo niedozwolone.
custom_model_misrouted-summary = Wpis własnego modelu dla { $provider } nie ma własnych api ani baseUrl, więc zapytania trafiają do endpointu innego dostawcy, który odrzuca klucz. Sam klucz jest w porządku.
auth_profile_wrong_type-summary = Sekret dla { $provider } jest prawidłowy, ale zapisano go jako niewłaściwy rodzaj danych uwierzytelniających dla tego dostawcy, więc OpenClaw wysyła go w zły sposób. Zapisz go ponownie poleceniem dla jego rodzaju.
context_window_too_small-summary = Model { $model } ma skonfigurowane okno kontekstu { $ctx } tokenów, poniżej minimum OpenClaw ({ $min }), więc OpenClaw odmawia jego użycia. Zwykle skonfigurowana wartość to skopiowana wartość domyślna, a nie prawdziwe okno modelu.
context_window_too_small-summary-plain = Model ma skonfigurowane okno kontekstu poniżej minimum OpenClaw, więc OpenClaw odmawia jego użycia. Zwykle skonfigurowana wartość to skopiowana wartość domyślna, a nie prawdziwe okno modelu.
profile_param_ignored-summary = params.authProfileId we wpisie modelu nie wybiera konta: OpenClaw nadal używa pierwszego profilu z kolejności uwierzytelniania. Przypnij profil w rozmowie albo ustaw go jako pierwszy w kolejności.
default_model_not_set-summary = OpenClaw nadal używa wbudowanego modelu domyślnego ({ $provider }), którego nigdy nie konfigurowano. Ustaw wybrany przez siebie model jako domyślny; klucz do { $provider } nie jest potrzebny.
ssrf_blocked-summary = OpenClaw odmówił połączenia, bo adres dostawcy wskazuje na prywatny lub specjalny adres IP (tak działa proxy w trybie fake-IP albo split DNS). Popraw DNS albo tryb proxy, albo zezwól na adresy prywatne dla celowo lokalnego serwera.
context_overflow-summary = Rozmowa jest większa niż okno kontekstu modelu. Skompaktuj ją albo zacznij nową sesję; pomoże też model z większym kontekstem.
oauth_refresh_transient-summary = Odświeżenie logowania do { $provider } raz się nie udało bez informacji, że logowanie wygasło (chwilowy problem z siecią albo przeciążony endpoint tokenów). Najpierw spróbuj ponownie; zaloguj się od nowa tylko wtedy, gdy to się powtarza.
env_key_not_bound-summary = { $env } jest ustawiona w środowisku gatewaya, ale ta wersja używa jej tylko wtedy, gdy konfiguracja dostawcy się do niej odwołuje. Niech doctor ją powiąże albo odwołaj się do niej w models.providers.{ $provider }.apiKey.
turn_timeout-summary = Tura przekroczyła łączny limit czasu i została przerwana; sam dostawca odpowiedział. Zwiększ limit dla długich zadań albo użyj subagenta.
directive_syntax-summary = Polecenie /model wymaga modelu przed profilem: /model provider/model@profile.
step-paste-api-key-stdin = Przekaż klucz potokiem do polecenia paste (terminal nie jest potrzebny); najpierw ustaw KEY, nie jest wyświetlany.
step-paste-token-stdin = Token albo setup token przekaż zamiast tego potokiem do paste-token.
step-docker-tty = Albo uruchom logowanie w interaktywnym terminalu wewnątrz kontenera.
step-codex-runtime-inspect = Sprawdź, czy plugin środowiska uruchomieniowego Codex jest załadowany i aktualny.
step-edit-agent-model = Zmień albo usuń własny model agenta (agents.list → model) w pliku konfiguracyjnym, żeby obowiązywał model domyślny.
step-check-agent-model = Sprawdź, jakiego modelu ten agent naprawdę używa.
step-fix-provider-entry = Nadaj models.providers.{ $provider } apiKey (odwołanie do zmiennej środowiskowej albo dowolny placeholder dla lokalnego serwera) albo usuń jego listę własnych modeli.
step-list-models-after-fix = Wyświetl modele ponownie, gdy gateway wygeneruje od nowa swoją listę modeli.
step-set-api-baseurl = Ustaw api i baseUrl w models.providers.{ $provider }, żeby zapytania trafiały do endpointu tego dostawcy (albo usuń własny wpis i użyj modelu z katalogu).
step-set-context-window = Ustaw prawdziwe contextWindow modelu w models.providers.{ $provider }.models (skonfigurowana wartość jest poniżej minimum).
step-choose-bigger-model = Albo wybierz model z większym oknem kontekstu.
step-pin-profile = Przypnij profil w problematycznej rozmowie w OpenClaw.
step-order-first = Albo ustaw profil jako pierwszy w kolejności uwierzytelniania dla { $provider }.
step-set-default-model = Ustaw jako domyślny model, którego naprawdę używasz.
step-ssrf-allow-private = Tylko dla celowo lokalnego lub prywatnego serwera modeli: zezwól na adresy prywatne dla tego dostawcy.
step-check-dns-proxy = Sprawdź na hoście gatewaya, na co rozwiązuje się host dostawcy (proxy w trybie fake-IP daje 198.18.x.x).
step-compact = Skompaktuj problematyczną rozmowę.
step-login-if-repeats = Tylko jeśli dalej się nie udaje: zaloguj się ponownie do { $provider }.
step-raise-timeout = Zwiększ łączny limit na turę (w sekundach) dla długich zadań.
step-doctor-bind-env = Niech doctor powiąże klucz ze środowiska z dostawcą.
step-env-ref = Albo odwołaj się do zmiennej w apiKey dostawcy.
step-store-right-type = Zapisz sekret ponownie poleceniem dla jego rodzaju.
step-update-fixed = Zaktualizuj OpenClaw: późniejsze wydania to naprawiają.
ask-logs-one-turn = Wiersze logu jednej nieudanej tury pokazują błąd, który dostał OpenClaw.
reply-candidates = To wygląda na „{ $first }” albo „{ $second }”; polecenie poniżej pozwala je odróżnić.
status_display_mismatch-runs-work-summary = Ekran statusu zgłasza problem, ale piszesz, że same uruchomienia działają: ostrzeżenie dotyczy tego, jak status odczytuje konfigurację, a nie zapytań. Dla uruchomień nie trzeba niczego naprawiać.
not_model_auth-session-lock-summary = Plik sesji jest zablokowany przez inny proces (często drugi gateway albo zawieszone uruchomienie), więc każdy model zawodzi tak samo. To nie są dane uwierzytelniające modelu: upewnij się, że działa jeden gateway, a potem go zrestartuj.
not_model_auth-plugin-registry-summary = Pobieranie odrzucił rejestr pluginów (limit zapytań albo błąd), a nie dostawca modeli. Spróbuj instalacji ponownie później; Twoja konfiguracja modeli nie ma tu znaczenia.
step-retry-plugin-later = Sprawdź, co jest zainstalowane, a potem uruchom instalację ponownie za kilka minut.
version_regression-live-switch-summary = Sesja oznacza przełączenie /model jako oczekujące, ale nigdy go nie stosuje, więc odpowiedzi dalej przychodzą ze starego modelu. Późniejsze wydania to naprawiają.
step-check-switch = Po aktualizacji przełącz ponownie i sprawdź, czy sesja naprawdę używa nowego modelu.
model_not_allowed-picker-summary = Przełączenie odrzucono jako { $model }: starsze selektory w Control UI wstawiają dostawcę sesji przed model innego dostawcy. Wybierz pełny ref samodzielnie albo zaktualizuj.
step-pick-full-ref = Wybierz model z pełnym refem provider/model w problematycznej rozmowie w OpenClaw.
step-set-suggested-model = Użyj modelu, który komunikat OpenClaw podpowiada dla Twojego logowania.
step-onboard-codex = Dodaj logowanie Codex przez onboarding (starsze wersje nie mają do tego pluginu dostawcy).
step-enable-plugin = Włącz plugin dostawcy, potem zrestartuj gateway i zaloguj się ponownie.
step-order-read = Odczytaj kolejność uwierzytelniania obowiązującą dla tego dostawcy.
session_pin_stale-order-summary = Sesja zachowuje własne nadpisanie profilu, więc ignoruje kolejność uwierzytelniania, która stawia { $profile } na pierwszym miejscu. Przypnij profil w problematycznej rozmowie w OpenClaw albo zacznij nową sesję.
auth_order_not_applied-running-summary = Działający gateway trzyma własną kopię kolejności uwierzytelniania i zapisuje ją z powrotem, więc Twoja zmiana jest cofana. Zatrzymaj gateway, ustaw kolejność, a potem go uruchom.
step-stop-gateway-first = Najpierw zatrzymaj gateway, żeby nie mógł zapisać z powrotem starej kolejności.
step-order-again = Ustaw kolejność ponownie, gdy gateway jest zatrzymany.
fallback_not_triggered-not-tried-summary = Błąd zakończył turę bez przejścia do Twoich modeli fallback, choć przy tym rodzaju błędu powinno nastąpić przejście. Sprawdź, czy fallbacki naprawdę obowiązują, i zaktualizuj: kilka wydań naprawiło fallback przy tym rodzaju błędu.
fallbacks_stripped-effective-summary = Decyzja o failoverze mówi, że dla modelu, który zawiódł, nie skonfigurowano fallbacku, choć fallbacki są ustawione: efektywna konfiguracja tego agenta lub modelu nie ma żadnego.
step-watch-one-turn = Obserwuj log, wysyłając jedną wiadomość, żeby zobaczyć błąd tej tury.
step-find-full-ref = Wyświetl skonfigurowane modele, żeby zobaczyć pełny ref provider/model do wybrania.
catalogue-unnamed-summary = OpenClaw sam wypisał ten komunikat i oznacza on przyczynę z tytułu. Nie mówi, którego dostawcy, modelu ani profilu dotyczy, więc pierwszy krok to pokazuje.
session_pin_stale-foreign-summary = Rozmowa jest przypięta do { $profile }, profilu innego dostawcy, a używa modelu { $provider }. Wybierz model ponownie bez profilu, żeby usunąć przypięcie.
unknown_model-unregistered-summary = { $model } jest dozwolony w konfiguracji, ale nie jest zarejestrowany w models.providers.{ $provider }.models, więc OpenClaw go nie znajduje. Zarejestruj go i daj własnemu dostawcy jego api i baseUrl.
step-register-model = Zarejestruj model pod jego dostawcą.
auth_profile_provider_mismatch-app-server-summary = Środowisko uruchomieniowe Codex dostało { $profile }, a to nie jest logowanie ChatGPT/Codex, które ono akceptuje. Zaloguj się ponownie do ChatGPT/Codex, żeby dostało pasujący profil, i zaktualizuj: migrację, która utworzyła ten profil, później naprawiono.
unknown-provider = dostawcy
unknown-model = ten model
unknown-profile = ten profil
unknown-agent = (bez nazwy)
unknown-env = zmienna z kluczem
unknown-working = inny profil
ask-doctor = doctor pokazuje, co naprawiłby po aktualizacji (magazyny, id, trasy), niczego nie zmieniając.

## Zrzuty ekranu (issue 15): obraz, którego nie udało się odczytać. Zbyt duży plik obsługuje error-too-large.
error-image-unreadable = Nie udało się odczytać { $path } jako zrzutu ekranu PNG, JPEG lub WebP. Wklej zamiast tego tekst z terminala.
error-image-pixels = { $path } ma { $width }×{ $height } pikseli; odczytywane są zrzuty ekranu do { $limit } pikseli. Przytnij go do okna terminala albo wklej tekst.
error-image-timeout = Odczytywanie zrzutu ekranu { $path } trwało zbyt długo. Wklej zamiast tego tekst z terminala.
error-image-unavailable = Zrzutów ekranu nie da się tu teraz odczytać. Wklej zamiast tego tekst z terminala.
error-image-no-text = W { $path } nie znaleziono tekstu z terminala. Wklej zamiast tego tekst z terminala.
