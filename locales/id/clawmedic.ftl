# clawmedic — Bahasa Indonesia.
# Perintah, id, nama profil, dan ref model tidak pernah menjadi bagian pesan ini: semuanya
# dikirim sebagai variabel ($provider, $profile, $model, …) atau dicetak oleh layout dalam code span.

## Reply layout

reply-title = Diagnosis clawmedic
reply-version-seen = OpenClaw { $version } (dibaca dari tempelan Anda).
reply-version-flag = OpenClaw { $version } (sesuai yang diberikan).
reply-version-unknown = Versi OpenClaw tidak diketahui: langkah di bawah berlaku untuk semua rilis kecuali jika ditandai.
reply-version-floor = Versi OpenClaw tidak disebutkan; tempelan Anda tampaknya dari { $version } atau lebih baru (path store dan id).
reply-top-finding = Kemungkinan besar: { $title }
reply-next-finding = Jika itu belum memperbaikinya: { $title }
reply-evidence = Bukti
reply-evidence-line = pesan { $message }, baris { $line }
reply-ruled-out = Penyebab yang sudah dikesampingkan
reply-steps = Langkah berikutnya
reply-asks =
    { $count ->
        [1] Jalankan perintah ini dan tempelkan output-nya
       *[other] Jalankan perintah-perintah ini dan tempelkan output-nya
    }
reply-need-more-info = Belum ada yang pasti di thread ini. Jalankan perintah di bawah dan tempelkan output-nya (samarkan key dan token).
reply-mask-reminder = Samarkan key dan token sebelum menempel.
where-cli = shell host gateway
where-chat = percakapan OpenClaw yang gagal
where-config = file config
where-config-cli = shell host gateway (mengubah file config)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [1] Tempelan Anda berisi 1 rahasia (API key atau token). Rahasia itu tidak ditampilkan ulang di sini. Hapus pesan tersebut sekarang dan rotasikan rahasia itu di provider-nya.
       *[other] Tempelan Anda berisi { $count } rahasia (API key atau token). Rahasia-rahasia itu tidak ditampilkan ulang di sini. Hapus pesan tersebut sekarang dan rotasikan setiap rahasia di provider-nya.
    }
mojibake-note = Beberapa karakter di tempelan Anda rusak encoding-nya; karakter itu sudah diperbaiki sebelum dibaca.

## Notes

note-flag-too-new = OpenClaw Anda belum mengenal { $flag } (baru ada sejak { $since }). Tanpa opsi itu: `{ $command }`
note-flag-too-new-plain = OpenClaw Anda belum mengenal { $flag } (baru ada sejak { $since }): jalankan perintah yang sama tanpa opsi itu.

## Cause titles

cause-oauth_expired = Login OAuth sudah kedaluwarsa
cause-refresh_token_reused = Refresh token dipakai dua kali
cause-oauth_scope_missing = Login tidak memiliki scope yang diperlukan
cause-missing_api_key = Tidak ada kredensial untuk provider ini
cause-invalid_api_key = API key ditolak
cause-external_cli_credential_stale = Kredensial yang disalin dari CLI lain sudah usang
cause-pinned_profile_missing_credential = Profil yang di-pin tidak punya kredensial
cause-auth_provider_not_loaded = Login menyebut provider yang tidak dimuat
cause-per_agent_auth_store = Kredensial ada di store milik agent lain
cause-auth_store_migration_required = Store auth perlu dimigrasi
cause-profile_excluded_by_auth_order = Urutan auth mengecualikan profil yang berfungsi
cause-auth_order_not_applied = Urutan auth yang baru belum diterapkan
cause-session_pin_stale = Percakapan yang gagal masih memakai profil lama
cause-wrong_provider_prefix = Ref model dan profil berasal dari provider yang berbeda
cause-auth_profile_provider_mismatch = Sebuah profil terikat ke provider lain
cause-legacy_codex_ids = Id openai-codex lama di build yang sudah mengganti namanya
cause-unknown_model = Model tidak dikenal oleh provider atau config
cause-model_not_allowed = Model tidak ada di allowlist
cause-rate_limit_cooldown = Provider sedang kena rate limit atau cooldown
cause-billing_disabled = Kredit akun sudah habis
cause-provider_unreachable = Provider tidak dapat dihubungi
cause-fallbacks_stripped = Fallback hilang dari config efektif
cause-ollama_fallback_dropped = Fallback Ollama tidak bisa melayani
cause-fallback_not_triggered = Giliran ini gagal tanpa mencoba fallback
cause-runtime_unavailable = Runtime Codex tidak bisa menjalankan giliran ini
cause-cloudflare_403 = Request ChatGPT terkena challenge Cloudflare
cause-version_regression = Bug yang sudah diketahui di build OpenClaw ini
cause-gateway_not_reloaded = Gateway yang berjalan masih memakai state lama
cause-request_rejected = Provider menolak request itu sendiri
cause-status_display_mismatch = Layar status memberi peringatan, tetapi run tetap berjalan
cause-not_model_auth = Bukan masalah auth model
cause-all_ok = Semuanya terlihat sehat
cause-need_more_info = Perlu output tambahan

## Finding summaries

oauth_expired-summary = Login tersimpan untuk { $provider } tidak bisa lagi memperbarui access token-nya, jadi setiap request yang memakainya gagal. Login ulang di host gateway, lalu restart gateway.
refresh_token_reused-summary = Refresh token { $provider } sudah dipakai oleh dua pihak (dua gateway, salinan per agent, atau token CLI yang diimpor), dan sekarang provider menolaknya. Login ulang satu kali saja, pertahankan satu gateway, dan taruh profil baru di urutan pertama.
oauth_scope_missing-summary = Token { $provider } tidak memiliki scope yang dibutuhkan request, atau login meminta scope yang mungkin tidak boleh dipakai build ini.
missing_api_key-summary = Agent yang menjalankan giliran ini tidak punya kredensial untuk { $provider }. Berikan kredensial ke agent itu, lalu restart gateway.
invalid_api_key-summary = Sebuah API key untuk { $provider } dikirim lalu ditolak. Cari tahu key mana yang dipakai (profil tersimpan mengalahkan environment shell) dan ganti key tersebut.
external_cli_credential_stale-summary = OpenClaw memakai kredensial { $provider } yang disalin dari CLI lain, dan salinan itu sudah usang. Perbarui sumbernya, lalu login ulang.
pinned_profile_missing_credential-summary = Profil yang di-pin, { $profile }, tidak berisi rahasia yang bisa dipakai. Pin profil yang berfungsi sekarang, atau berikan kredensial ke { $profile }.
auth_provider_not_loaded-summary = Tidak ada plugin termuat yang mendaftarkan provider { $provider }, jadi login tidak bisa dimulai.
per_agent_auth_store-summary = Agent { $agent } membaca store auth miliknya sendiri, dan store itu tidak punya kredensial { $provider }; login yang Anda lakukan masuk ke agent lain. Login untuk { $agent }.
auth_store_migration_required-summary = Build ini menyimpan kredensial dalam format store baru dan mengabaikan format lama sampai doctor memigrasinya. Hentikan gateway, jalankan doctor, pastikan profil sudah kembali, lalu jalankan lagi.
profile_excluded_by_auth_order-summary = Semua profil { $provider } yang bisa dipakai dikecualikan oleh urutan auth, jadi tidak ada yang dicoba. Kosongkan urutannya atau isi dengan profil yang memang ada.
auth_order_not_applied-summary = Perubahan urutan tidak sampai ke store yang dibaca agent, jadi urutan lama masih berlaku.
session_pin_stale-summary = Percakapan yang gagal di-pin ke { $profile }, yang sudah kedaluwarsa atau tidak ada, padahal { $working } berfungsi. Pin ulang percakapan itu ke profil yang berfungsi.
session_pin_stale-override-summary = Percakapan yang gagal punya override profil sendiri ({ $profile }), yang tidak tersentuh oleh perubahan lewat CLI. Pin ulang di percakapan itu.
session_pin_stale-cli-healthy-summary = Probe CLI menunjukkan { $working } berfungsi, tetapi percakapan tetap gagal karena masih memakai profil lamanya. Pin profil yang berfungsi di percakapan yang gagal; profil lama memang sengaja dikecualikan dari urutan, jadi jangan kosongkan urutannya.
wrong_provider_prefix-summary = Saat pin, provider pada ref model harus sama dengan provider profil. { $profile } milik { $provider }, jadi di rilis ini ref harus diawali dengan provider tersebut.
wrong_provider_prefix-default-summary = Di rilis ini, model openai/… yang hanya punya login OAuth Codex tidak memiliki kredensial; model default harus memakai provider openai-codex.
auth_profile_provider_mismatch-summary = { $profile } milik provider lain dan tidak bisa dimasukkan ke urutan { $provider }. Isi urutan setiap provider hanya dengan profilnya sendiri; untuk provider kedua, pakai fallback model.
legacy_codex_ids-summary = Config atau profil masih memakai id openai-codex lama, yang di rilis ini sudah diganti namanya atau ditolak. Biarkan doctor memigrasinya.
unknown_model-summary = { $model } tidak ada di katalog provider maupun di config. Pilih id model yang tercantum di daftar provider.
model_not_allowed-summary = { $model } berada di luar allowlist model milik agent. Tambahkan, lalu pilih lagi.
rate_limit_cooldown-summary = { $provider } sedang cooldown setelah error rate limit atau batas pemakaian; login ulang tidak membantu. Tunggu, atau tambahkan profil lain atau fallback.
billing_disabled-summary = Provider menolak karena masalah tagihan atau kuota, dan profil dinonaktifkan selama beberapa jam. Isi ulang saldo di provider, atau ganti provider untuk sementara.
provider_unreachable-summary = Tidak ada jawaban yang bisa dipakai dari { $provider } (timeout, jaringan, TLS, atau error server). Periksa konektivitas dari host gateway.
fallbacks_stripped-summary = Agent { $agent } menetapkan modelnya sebagai string biasa, sehingga fallback default hilang semua. Pakai bentuk objek dengan daftar fallbacks.
ollama_fallback_dropped-summary = Fallback Ollama tidak punya entri provider maupun key placeholder, jadi langsung gagal begitu rantai sampai ke sana.
fallback_not_triggered-summary = Kegagalan mengakhiri giliran tanpa mencoba fallback; build ini punya bug loop atau batas pemakaian di bagian itu.
fallback_not_triggered-selected-summary = Percakapan yang gagal memilih { $model } secara manual. Model yang dipilih manual dipakai apa adanya: tidak pernah berpindah ke model lain. Kembali ke model default.
runtime_unavailable-summary = Runtime Codex (app-server atau plugin) tidak bisa menjalankan giliran ini, sering karena plugin codex eksternal yang usang lebih lama dari core.
cloudflare_403-summary = Request ChatGPT/Codex mendapat halaman challenge Cloudflare, yang dilaporkan build ini sebagai kegagalan DNS atau rate limit.
version_regression-summary = Build ini punya bug yang sudah diketahui: login Codex yang baru lolos probe tetapi gagal saat refresh di runtime.
version_regression-known-summary = OpenClaw { $version } punya bug yang sudah diketahui dengan tanda persis seperti ini; sudah diperbaiki di { $fixed }. Perbarui ke versi yang lebih baru (jangan pernah downgrade melewati migrasi storage).
gateway_not_reloaded-summary = CLI melihat kredensial { $provider }, tetapi gateway yang berjalan belum di-restart dan masih memakai state lama.
request_rejected-summary = Provider menolak body request (skema atau ukuran konteks), bukan kredensialnya. Mulai sesi baru; tidak perlu login ulang.
status_display_mismatch-summary = { $profile } tampil kedaluwarsa di layar status padahal run tetap berjalan; tidak ada yang rusak. Perbarui hanya jika ingin menghilangkan peringatannya.
not_model_auth-summary = Ini autentikasi gateway atau perangkat, bukan kredensial model; perintah models auth tidak akan mengubahnya.
not_model_auth-channel-summary = Ini token channel chat (akun bot), bukan kredensial model; perintah models auth tidak akan mengubahnya.
all_ok-summary = Semua profil yang diprobe menjawab dan tidak ada kegagalan di tempelan Anda. Jika sebuah chat masih gagal, tempelkan error-nya dan /model status-nya.

## Step notes

step-login = Login ulang untuk { $provider } di host gateway (akan membuka browser atau menampilkan kode).
step-restart = Restart gateway agar proses yang berjalan memuat ulang auth.
step-verify = Pastikan kredensial berfungsi dengan probe langsung.
step-upgrade = Perbarui OpenClaw ke rilis terbaru.
step-doctor-fix = Biarkan doctor memigrasi config dan profil.
step-claude-setup-token = Buat setup token Claude baru, lalu simpan di OpenClaw.
step-one-gateway = Pastikan hanya satu gateway yang berjalan untuk direktori state ini.
step-order-new-id = Letakkan profil yang baru dibuat di urutan pertama (salin id-nya dari output login).
step-drop-baseurl = Hapus baseUrl Platform API agar token ChatGPT tidak dikirim ke sana.
step-local-placeholder-key = Provider lokal hanya butuh key placeholder.
step-configure-key = Masukkan key { $provider } secara interaktif (jangan pernah menempelkan key di chat).
step-env-file = Atau taruh key di file env gateway: service mengabaikan export dari shell.
step-read-effective = Baca sumber effective= untuk provider tersebut: itulah key yang dikirim.
step-refresh-external-cli = Perbarui dulu login di CLI lain itu sendiri.
step-pin-working = Pin profil yang berfungsi, { $profile }, di percakapan yang gagal, lalu kirim pesan uji biasa.
step-login-renamed-codex = Di rilis ini, OAuth ChatGPT/Codex login di bawah provider openai.
step-check-profiles-back = Pastikan profil sudah muncul lagi di daftar; jika daftarnya kosong, login ulang.
step-order-clear = Hapus override urutan per agent.
step-order-set-alternative = Atau isi urutan dengan profil yang memang ada.
step-release-lock = Hentikan gateway agar lock store dilepas.
step-pin = Pin { $profile } di percakapan yang gagal, lalu kirim pesan uji biasa.
step-cross-provider-fallback = Untuk memakai provider lain sebagai cadangan, tambahkan fallback model saja.
step-new-drops-auto = Sesi baru membuang override otomatis.
step-find-current-id = Cari id profil saat ini (login baru mungkin membuat id baru).
step-pin-current-id = Lalu pin id itu di percakapan yang gagal.
step-undo-5-5-rewrite = Batalkan penulisan ulang 5.5 pada model default.
step-set-unified-ref = Atau atur ref model saat ini secara manual.
step-ollama-model-entry = Tambahkan model ke daftar model provider ollama.
step-list-models = Tampilkan id model yang disediakan provider ini.
step-set-listed-model = Jadikan salah satu id dari daftar itu sebagai default.
step-allow-model = Tambahkan model ke allowlist (pakai perintah yang dicetak oleh error-nya).
step-see-cooldowns = Lihat profil mana yang sedang cooldown dan berapa lama (Unavailable auth profiles).
step-add-fallback = Tambahkan fallback di provider lain agar giliran tetap berjalan sementara itu.
step-after-top-up = Setelah isi ulang, hapus status nonaktif yang tersimpan.
step-object-form-model = Tulis model agent dalam bentuk objek, beserta fallback-nya.
step-check-fallbacks = Pastikan Fallbacks (N) sekarang mencantumkannya.
step-reset-selection = Kembalikan percakapan yang gagal ke model default.
step-inspect-codex-plugin = Bandingkan versi runtime plugin codex dengan versi core.
step-find-stale-plugin = Perbarui atau hapus salinan eksternal plugin codex yang usang.
step-step-back-same-era = Atau mundur ke rilis terakhir yang baik dengan format storage yang sama.
step-codex-backend-url = Jika tetap di rilis ini: kirim request Codex ke backend ChatGPT.
step-new-session = Mulai sesi baru di percakapan yang gagal.
step-check-api = Pastikan api: yang ditampilkan cocok dengan modelnya.
step-clear-display = Hanya untuk menghilangkan peringatan: perbarui login Claude CLI lalu tautkan ulang.
step-channel-status = Periksa channel mana yang gagal dimulai.
step-channel-token = Masukkan token bot baru untuk channel itu.

## Asks

ask-version = Langkah berikutnya bergantung pada rilis OpenClaw.
ask-model-status-if-chat-fails = Hanya jika chat masih gagal: jalankan di percakapan itu.
ask-models-status = Menampilkan model default, fallback, kredensial efektif setiap provider, dan cooldown.
ask-probe = Menguji setiap profil secara langsung dan menunjukkan mana yang gagal serta alasannya.
ask-order = Menunjukkan profil mana yang diloloskan oleh urutan.
ask-model-status = Jalankan di percakapan yang gagal: menampilkan profil yang dipakai percakapan itu.
ask-auth-list = Menampilkan id profil yang tepat untuk di-pin.
ask-decision-lines = Salin baris [model-fallback/decision] dari satu giliran yang gagal.

## Errors (command line and bots)

error-file-missing = Tidak bisa membaca { $path }: file tidak ada.
error-file-unreadable = Tidak bisa membaca { $path }: { $reason }
error-binary = { $path } tampaknya data biner, bukan teks yang ditempel.
error-too-large = { $path } lebih besar dari { $limit } byte; tempelkan hanya output yang relevan.
error-unknown-lang = Bahasa { $lang } tidak dikenal; gunakan salah satu dari: { $list }.
error-bad-version = Tidak bisa membaca versi OpenClaw { $version }; gunakan format 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnosis output OpenClaw yang ditempel dan dapatkan langkah berikutnya
opt-paste-description = Output yang akan didiagnosis (kosongkan untuk membuka formulir bagi tempelan panjang)
opt-file-description = File .txt, .log, atau .json berisi output, atau tangkapan layar output
opt-version-description = Versi OpenClaw Anda, mis. 2026.6.9
opt-language-description = Bahasa balasan
cmd-model-description = Jelaskan output /model status atau buat perintah /model yang benar untuk pin
cmd-model-status-description = Jelaskan output /model status atau models status yang ditempel
cmd-model-pin-description = Buat /model untuk pin sebuah profil
opt-profile-description = Id profil auth, mis. openai:work
opt-model-description = Modelnya, mis. openai/gpt-5.5
ctx-diagnose-name = Diagnosis
modal-title = Tempel output OpenClaw
modal-field-label = Output (samarkan key dan token)
button-worked = Berhasil
button-still-failing = Masih gagal
button-show-in = Tampilkan dalam { $language }
reply-thanks = Terima kasih sudah mengonfirmasi. Senang sudah berfungsi.
reply-still-failing = Maaf. Tempelkan output berikutnya di sini dan akan dibaca bersama pesan-pesan sebelumnya.
pin-explain = Profil { $profile } milik { $provider }, jadi di rilis ini ref model harus diawali dengan { $provider }/.
pin-explain-renamed = Di rilis ini, profil ChatGPT/Codex bernama openai:…; jalankan doctor dulu agar { $profile } ada.
error-no-input = Tidak ada yang bisa didiagnosis: tempelkan output atau lampirkan file.
error-attachment-type = Hanya file .txt, .log, dan .json serta tangkapan layar PNG, JPEG, atau WebP yang bisa dibaca.
error-internal = Terjadi masalah di pihak kami; balasan tidak bisa dibuat. Silakan coba lagi.
error-rate-limited = Terlalu banyak request saat ini; tunggu { $seconds } detik.
web-title = clawmedic — diagnosis output OpenClaw
web-paste-label = Tempel output OpenClaw di sini (key dan token disamarkan sebelum apa pun ditampilkan)
web-submit = Diagnosis
web-copy = Salin
web-copied = Tersalin
cmd-watch-description = Aktifkan atau matikan diagnosis otomatis untuk output OpenClaw yang ditempel di channel ini
opt-watch-mode-description = on: balas output OpenClaw yang ditempel di sini; off: berhenti
watch-on = Memantau { $channel }: pesan berisi output OpenClaw akan mendapat diagnosis, paling banyak satu balasan per thread setiap { $seconds } detik.
watch-off = Tidak lagi memantau { $channel }.
watch-unavailable = Mode pantau dimatikan di konfigurasi bot ini.
error-permission = Anda perlu izin Kelola Server (Manage Server) untuk mengubah ini.
error-guild-only = Perintah ini hanya berfungsi di channel server.
error-store = Pengaturan tidak bisa disimpan saat ini; coba lagi dalam satu menit.
error-no-memory = Diagnosis ini sudah tidak tersimpan (sudah kedaluwarsa, atau memori tidak dapat diakses). Jalankan perintahnya lagi dengan output Anda.
error-download = Lampiran { $path } tidak bisa diunduh; tempelkan teksnya saja.
error-bad-profile = { $profile } bukan id profil auth; id berbentuk provider:name, misalnya openai:work.
pin-title = Perintah /model untuk pin di percakapan OpenClaw Anda
pin-model-placeholder = Ganti <model> dengan model yang disediakan { $provider }; /models { $provider } di percakapan itu menampilkan daftarnya.
status-title = Penjelasan /model status Anda
status-current = Percakapan tempat Anda menjalankannya memakai { $model }.
status-current-selected = Percakapan tempat Anda menjalankannya memakai { $model }, yang dipilih manual: model yang dipilih manual tidak pernah berpindah ke model lain.
status-default = Model default adalah { $model }.
status-active = Request berikutnya ke { $provider } memakai profil { $profile }.
status-auth-ok = { $profile }: sudah login, berlaku { $remaining } lagi.
status-auth-ok-plain = { $profile }: sudah login.
status-auth-expiring = { $profile }: kedaluwarsa dalam { $remaining }; segera perbarui login.
status-auth-expired = { $profile }: login sudah kedaluwarsa.
status-auth-missing = { $profile }: tidak ada kredensial tersimpan.
status-auth-cooldown = { $profile }: sedang cooldown setelah error (sisa { $remaining }).
status-auth-disabled = { $profile }: dinonaktifkan ({ $reason }).
status-not-recognized = Ini bukan output /model status atau models status. Jalankan /model status di percakapan yang gagal, atau openclaw models status di host gateway, lalu tempelkan seluruhnya.
web-language-auto = Sama dengan tempelan (terdeteksi)
web-privacy = Apa pun yang Anda tempel tidak disimpan atau dicatat; hanya diagnosisnya yang ditampilkan.
web-image-label = Atau tangkapan layar terminal (PNG, JPEG, atau WebP): pilih di sini, atau seret atau tempelkan ke kotak di atas
step-unusable-name = Sebuah nama di tempelan Anda berisi karakter yang tidak dimiliki nama OpenClaw mana pun, jadi nama itu tidak disalin ke perintah ini: ganti `{ $placeholder }` dengan nama persis dari output OpenClaw sendiri.
step-uncertain-read = Saya membaca `{ $read }` dari tangkapan layar Anda tetapi tidak yakin setiap karakternya, jadi tidak dimasukkan ke perintah ini: salin id yang tepat dari terminal Anda (sebagai teks) untuk menggantikan `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Versi yang Anda berikan, “{ $given }”, bukan rilis OpenClaw yang dikenal build ini, jadi tidak dipakai. `openclaw --version` di host gateway menampilkan versi yang tepat.
note-version-conflict = Anda memberikan OpenClaw { $given }, tetapi tempelan Anda menunjukkan { $pasted }; balasan ini memakai { $given }, versi yang Anda berikan.
error-file-is-dir = { $path } adalah folder, bukan file: sebutkan file yang berisi output.
error-file-permission = Tidak bisa membaca { $path }: Anda tidak punya izin membaca file ini.
error-malformed-json = Body request bukan JSON yang dibaca API ini: kirim objek dengan `paste` (teks) atau `messages` (daftar teks).
error-bad-thread = Id thread harus 16 sampai 128 karakter dari A-Z, a-z, 0-9, _ dan -; gunakan id acak.
error-too-many-messages = Paling banyak { $limit } pesan per request; kirim sisanya dalam request kedua.
cause-login_requires_tty = Login butuh terminal yang tidak didapatkannya
cause-oauth_profile_not_attached = Login ChatGPT/Codex tidak terpasang pada request
cause-agent_model_override = Model milik agent sendiri mengalahkan model default
cause-models_json_rejected = Satu entri provider membuat OpenClaw menolak seluruh config model
cause-custom_model_misrouted = Model kustom dikirim ke endpoint provider lain
cause-auth_profile_wrong_type = Rahasia tersimpan sebagai jenis kredensial yang salah
cause-context_window_too_small = Context window model di bawah batas minimum OpenClaw
cause-profile_param_ignored = params.authProfileId tidak memilih akun
cause-default_model_not_set = Model default bawaan masih dipakai
cause-ssrf_blocked = Pelindung jaringan privat OpenClaw memblokir alamat provider
cause-context_overflow = Percakapan tidak lagi muat di context model
cause-oauth_refresh_transient = Refresh login gagal sekali tanpa alasan kedaluwarsa
cause-env_key_not_bound = Key ada di environment tetapi tidak terhubung ke provider
cause-turn_timeout = Giliran ini melewati batas waktunya
cause-directive_syntax = Perintah /model diketik dalam bentuk yang tidak diterima OpenClaw
login_requires_tty-summary = Login berjalan tanpa terminal interaktif (script, pipe, atau docker exec tanpa -t), jadi berhenti sebelum menanyakan apa pun. Kirim rahasianya lewat pipe ke perintah paste, atau jalankan login dari terminal sungguhan.
oauth_profile_not_attached-summary = Request dikirim ke OpenAI Platform API tanpa kredensial apa pun padahal ada profil OAuth ChatGPT/Codex: giliran ini tidak melewati runtime Codex. Tidak ada key yang perlu dirotasi.
agent_model_override-summary = Agent { $agent } punya model sendiri ({ $model }), yang mengalahkan model default yang Anda ubah. Edit atau hapus model agent itu.
agent_model_override-summary-plain = Sebuah agent punya model sendiri, yang mengalahkan model default yang Anda ubah. Edit atau hapus model agent itu.
models_json_rejected-summary = OpenClaw menolak daftar model yang dibuatnya sendiri karena entri { $provider } tidak valid; selama masih ditolak, model dari provider lain juga terlihat tidak dikenal atau tidak diizinkan.
custom_model_misrouted-summary = Entri model kustom untuk { $provider } tidak punya api dan baseUrl sendiri, jadi request dikirim ke endpoint provider lain, yang menolak key-nya. Key-nya sendiri tidak bermasalah.
auth_profile_wrong_type-summary = Rahasia untuk { $provider } valid, tetapi tersimpan sebagai jenis kredensial yang salah untuk provider itu, jadi OpenClaw mengirimnya dengan cara yang salah. Simpan lagi dengan perintah untuk jenisnya.
context_window_too_small-summary = { $model } dikonfigurasi dengan context window { $ctx } token, di bawah minimum OpenClaw yaitu { $min }, jadi OpenClaw menolak memakainya. Biasanya nilai itu hanya default yang disalin, bukan window asli model.
context_window_too_small-summary-plain = Model dikonfigurasi dengan context window di bawah minimum OpenClaw, jadi OpenClaw menolak memakainya. Biasanya nilai itu hanya default yang disalin, bukan window asli model.
profile_param_ignored-summary = params.authProfileId pada entri model tidak memilih akun: OpenClaw tetap memakai profil pertama di urutan auth. Pin profil itu di percakapan, atau taruh di urutan pertama.
default_model_not_set-summary = OpenClaw masih menjalankan model default bawaannya ({ $provider }), yang tidak pernah Anda siapkan. Jadikan model pilihan Anda sebagai default; tidak perlu key untuk { $provider }.
ssrf_blocked-summary = OpenClaw menolak terhubung karena alamat provider mengarah ke IP privat atau IP khusus (proxy fake-IP atau split DNS menyebabkan ini). Perbaiki DNS atau mode proxy, atau izinkan alamat privat untuk server yang memang lokal.
context_overflow-summary = Percakapan lebih besar dari context window model. Padatkan (compact) atau mulai sesi baru; model dengan context lebih besar juga membantu.
oauth_refresh_transient-summary = Refresh login { $provider } gagal sekali tanpa menyebut login kedaluwarsa (gangguan jaringan sesaat atau endpoint token yang sibuk). Coba lagi dulu; login ulang hanya kalau terus terjadi.
env_key_not_bound-summary = { $env } diset di environment gateway, tetapi build ini hanya memakainya jika config provider merujuk ke sana. Biarkan doctor menghubungkannya, atau rujuk variabel itu di models.providers.{ $provider }.apiKey.
turn_timeout-summary = Giliran ini melewati batas waktu total dan dihentikan; provider sendiri sudah menjawab. Naikkan batasnya untuk pekerjaan panjang, atau pakai sub-agent.
directive_syntax-summary = Perintah /model butuh model sebelum profil: /model provider/model@profile.
step-paste-api-key-stdin = Kirim key lewat pipe ke perintah paste (tidak perlu terminal); set KEY dulu, nilainya tidak ditampilkan.
step-paste-token-stdin = Untuk token atau setup token, kirim lewat pipe ke paste-token.
step-docker-tty = Atau jalankan login dari terminal interaktif di dalam container.
step-codex-runtime-inspect = Pastikan plugin runtime Codex sudah dimuat dan versinya terbaru.
step-edit-agent-model = Edit atau hapus model milik agent (agents.list → model) di file config, supaya model default berlaku.
step-check-agent-model = Cek model mana yang benar-benar dipakai agent itu.
step-fix-provider-entry = Beri models.providers.{ $provider } sebuah apiKey (rujukan ke variabel environment, atau placeholder apa saja untuk server lokal), atau hapus daftar model kustomnya.
step-list-models-after-fix = Tampilkan lagi daftar model setelah gateway membuat ulang daftar modelnya.
step-set-api-baseurl = Set api dan baseUrl di models.providers.{ $provider } supaya request dikirim ke endpoint provider itu (atau hapus entri kustom dan pakai model dari katalog).
step-set-context-window = Set contextWindow asli model di models.providers.{ $provider }.models (nilai yang dikonfigurasi di bawah minimum).
step-choose-bigger-model = Atau pilih model dengan context window lebih besar.
step-pin-profile = Pin profil itu di percakapan OpenClaw yang gagal.
step-order-first = Atau taruh profil itu di urutan pertama urutan auth untuk { $provider }.
step-set-default-model = Jadikan model yang benar-benar Anda pakai sebagai default.
step-ssrf-allow-private = Hanya untuk server model yang memang lokal atau privat: izinkan alamat privat untuk provider itu.
step-check-dns-proxy = Cek di host gateway ke mana host provider di-resolve (proxy dalam mode fake-IP memberi 198.18.x.x).
step-compact = Padatkan (compact) percakapan yang gagal.
step-login-if-repeats = Hanya jika terus gagal: login ulang ke { $provider }.
step-raise-timeout = Naikkan batas total per giliran (dalam detik) untuk pekerjaan panjang.
step-doctor-bind-env = Biarkan doctor menghubungkan key dari environment ke provider.
step-env-ref = Atau rujuk variabel itu di apiKey provider.
step-store-right-type = Simpan lagi rahasianya dengan perintah untuk jenisnya.
step-update-fixed = Perbarui OpenClaw: rilis berikutnya sudah memperbaiki ini.
ask-logs-one-turn = Baris log dari satu giliran yang gagal menunjukkan error yang diterima OpenClaw.
reply-candidates = Ini tampaknya “{ $first }” atau “{ $second }”; perintah di bawah membedakan keduanya.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = Layar status melaporkan masalah, tetapi menurut Anda run-nya sendiri berjalan: peringatan itu soal cara status membaca pengaturan, bukan soal request. Tidak ada yang perlu diperbaiki untuk run-nya.
not_model_auth-session-lock-summary = File sesi dikunci oleh proses lain (sering gateway kedua atau run yang macet), jadi setiap model gagal dengan cara yang sama. Ini bukan kredensial model: pastikan hanya satu gateway yang berjalan, lalu restart gateway itu.
not_model_auth-plugin-registry-summary = Registry plugin menolak unduhan (rate limit atau error), bukan provider model. Coba instal lagi nanti; pengaturan model Anda tidak terlibat.
step-retry-plugin-later = Periksa apa yang sudah terinstal, lalu jalankan instalasi lagi beberapa menit kemudian.
version_regression-live-switch-summary = Sesi menandai peralihan /model sebagai tertunda tetapi tidak pernah menerapkannya, jadi balasan tetap datang dari model lama. Rilis yang lebih baru memperbaikinya.
step-check-switch = Setelah update, beralih lagi dan pastikan sesi benar-benar memakai model baru.
model_not_allowed-picker-summary = Peralihan ditolak sebagai { $model }: pemilih Control UI versi lama menaruh provider sesi di depan model milik provider lain. Pilih sendiri ref lengkapnya, atau update.
step-pick-full-ref = Pilih model dengan ref provider/model lengkapnya di percakapan OpenClaw yang gagal.
step-set-suggested-model = Pakai model yang disarankan pesan OpenClaw untuk login Anda.
step-onboard-codex = Tambahkan login Codex lewat onboarding (build lama tidak punya plugin provider untuknya).
step-enable-plugin = Aktifkan plugin provider, lalu restart gateway dan login lagi.
step-order-read = Baca urutan auth yang berlaku untuk provider itu.
session_pin_stale-order-summary = Sesi menyimpan override profil miliknya sendiri, jadi mengabaikan urutan auth yang menaruh { $profile } di depan. Pin profil di percakapan OpenClaw yang gagal, atau mulai sesi baru.
auth_order_not_applied-running-summary = Gateway yang sedang berjalan menyimpan salinan urutan auth sendiri dan menuliskannya kembali, jadi perubahan Anda dibatalkan. Hentikan gateway, atur urutannya, lalu jalankan lagi.
step-stop-gateway-first = Hentikan gateway dulu agar tidak bisa menulis kembali urutan lamanya.
step-order-again = Atur urutannya lagi selagi gateway berhenti.
fallback_not_triggered-not-tried-summary = Kegagalan itu mengakhiri giliran tanpa pindah ke model fallback Anda, padahal jenis error ini seharusnya pindah. Periksa bahwa fallback benar-benar berlaku, lalu update: beberapa rilis memperbaiki fallback pada jenis error ini.
fallbacks_stripped-effective-summary = Keputusan failover menyatakan tidak ada fallback yang dikonfigurasi untuk model yang gagal, padahal Anda mengatur fallback: config efektif untuk agent atau model itu tidak punya satu pun.
step-watch-one-turn = Pantau log sambil mengirim satu pesan, untuk melihat error giliran itu.
step-find-full-ref = Tampilkan daftar model yang dikonfigurasi untuk melihat ref provider/model lengkap yang perlu dipilih.
catalogue-unnamed-summary = OpenClaw sendiri yang mencetak pesan ini, dan artinya adalah penyebab di judul. Pesan ini tidak menyebut provider, model, atau profil mana, jadi langkah pertama menunjukkannya.
session_pin_stale-foreign-summary = Percakapan ini di-pin ke { $profile }, profil milik provider lain, sementara yang dijalankan adalah model { $provider }. Pilih model lagi tanpa profil untuk melepas pin.
unknown_model-unregistered-summary = { $model } diizinkan di config tetapi tidak terdaftar di models.providers.{ $provider }.models, jadi OpenClaw tidak bisa menemukannya. Daftarkan, dan beri provider kustom api dan baseUrl miliknya.
step-register-model = Daftarkan model di bawah provider-nya.
auth_profile_provider_mismatch-app-server-summary = Runtime Codex diberi { $profile }, yang bukan login ChatGPT/Codex yang diterimanya. Login lagi ke ChatGPT/Codex agar runtime mendapat profil yang cocok, lalu update: migrasi yang membuat profil ini diperbaiki belakangan.
unknown-provider = provider tersebut
unknown-model = model tersebut
unknown-profile = profil tersebut
unknown-agent = agent tersebut
unknown-env = variabel kunci
unknown-working = profil lain
ask-doctor = doctor menampilkan apa saja yang akan diperbaikinya setelah update (store, id, rute) tanpa mengubah apa pun.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } tidak bisa dibaca sebagai tangkapan layar PNG, JPEG, atau WebP. Tempelkan saja teks dari terminal Anda.
error-image-pixels = { $path } berukuran { $width }×{ $height } piksel; tangkapan layar yang dibaca paling besar { $limit } piksel. Potong gambarnya sebatas jendela terminal, atau tempelkan teksnya.
error-image-timeout = Membaca tangkapan layar { $path } memakan waktu terlalu lama. Tempelkan saja teks dari terminal Anda.
error-image-unavailable = Tangkapan layar tidak bisa dibaca di sini untuk saat ini. Tempelkan saja teks dari terminal Anda.
error-image-no-text = Tidak ada teks terminal yang ditemukan di { $path }. Tempelkan saja teks dari terminal Anda.
