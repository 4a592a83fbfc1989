# clawmedic — Türkçe (tr).
# Komutlar, id'ler, profil adları ve model ref'leri bu mesajların parçası değildir: bunlar
# değişken olarak ($provider, $profile, $model, …) geçirilir ya da düzen tarafından kod bloğunda yazdırılır.

## Yanıt düzeni

reply-title = clawmedic teşhisi
reply-version-seen = OpenClaw { $version } (yapıştırdığınız çıktıdan okundu).
reply-version-flag = OpenClaw { $version } (sizin belirttiğiniz).
reply-version-unknown = OpenClaw sürümü bilinmiyor: aksi belirtilmedikçe aşağıdaki adımlar her sürümde çalışır.
reply-version-floor = OpenClaw sürümü belirtilmemiş; yapıştırdığınız çıktı { $version } veya daha yeni görünüyor (depo yolu ve kimlikler).
reply-top-finding = En olası neden: { $title }
reply-next-finding = Bu düzeltmezse: { $title }
reply-evidence = Kanıtlar
reply-evidence-line = mesaj { $message }, satır { $line }
reply-ruled-out = Elenen nedenler
reply-steps = Sonraki adımlar
reply-asks =
    { $count ->
        [one] Lütfen bu komutu çalıştırıp çıktısını yapıştırın
       *[other] Lütfen bu komutları çalıştırıp çıktılarını yapıştırın
    }
reply-need-more-info = Bu başlıkta (thread) henüz kesin bir şey yok. Aşağıdaki komutları çalıştırıp çıktılarını yapıştırın (anahtarları ve token'ları maskeleyin).
reply-mask-reminder = Yapıştırmadan önce anahtarları ve token'ları maskeleyin.
where-cli = gateway sunucusundaki kabuk
where-chat = sorunlu OpenClaw konuşması
where-config = yapılandırma dosyası
where-config-cli = gateway sunucusundaki kabuk (yapılandırma dosyasını değiştirir)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Yapıştırdığınız metinde bir gizli bilgi (API anahtarı veya token) vardı. Burada tekrarlanmıyor. O mesajı hemen silin ve bu bilgiyi sağlayıcısında yenileyin.
       *[other] Yapıştırdığınız metinde { $count } gizli bilgi (API anahtarı veya token) vardı. Burada tekrarlanmıyorlar. O mesajı hemen silin ve her birini kendi sağlayıcısında yenileyin.
    }
mojibake-note = Yapıştırdığınız metindeki bazı karakterler yanlış kodlamayla gelmişti; okunmadan önce düzeltildiler.

## Notlar

note-flag-too-new = OpenClaw sürümünüz { $flag } seçeneğini henüz tanımıyor ({ $since } ile geldi). Onsuz: `{ $command }`
note-flag-too-new-plain = OpenClaw sürümünüz { $flag } seçeneğini henüz tanımıyor ({ $since } ile geldi): aynı komutu bu seçenek olmadan çalıştırın.

## Neden başlıkları

cause-oauth_expired = OAuth girişinin süresi dolmuş
cause-refresh_token_reused = Refresh token iki kez kullanılmış
cause-oauth_scope_missing = Girişte gerekli bir scope eksik
cause-missing_api_key = Bu sağlayıcı için kimlik bilgisi yok
cause-invalid_api_key = API anahtarı reddediliyor
cause-external_cli_credential_stale = Başka bir CLI'dan kopyalanan kimlik bilgisi güncel değil
cause-pinned_profile_missing_credential = Sabitlenen profilin kimlik bilgisi yok
cause-auth_provider_not_loaded = Giriş, yüklenmemiş bir sağlayıcıyı gösteriyor
cause-per_agent_auth_store = Kimlik bilgisi başka bir agent'ın deposunda
cause-auth_store_migration_required = Kimlik doğrulama deposunun taşınması gerekiyor
cause-profile_excluded_by_auth_order = Kimlik doğrulama sırası çalışan profilleri dışarıda bırakıyor
cause-auth_order_not_applied = Yeni kimlik doğrulama sırası uygulanmamış
cause-session_pin_stale = Sorunlu konuşma hâlâ eski bir profili kullanıyor
cause-wrong_provider_prefix = Model ref'i ile profil farklı sağlayıcılara ait
cause-auth_profile_provider_mismatch = Bir profil başka bir sağlayıcıya bağlı
cause-legacy_codex_ids = Eski openai-codex id'leri, bunları yeniden adlandıran bir derlemede kullanılıyor
cause-unknown_model = Model, sağlayıcı veya yapılandırma tarafından bilinmiyor
cause-model_not_allowed = Model izin listesinde (allowlist) değil
cause-rate_limit_cooldown = Sağlayıcı hız sınırında ya da bekleme süresinde (cooldown)
cause-billing_disabled = Hesabın kredisi bitmiş
cause-provider_unreachable = Sağlayıcıya ulaşılamadı
cause-fallbacks_stripped = Fallback'ler geçerli yapılandırmadan kaldırılmış
cause-ollama_fallback_dropped = Ollama fallback'i yanıt veremiyor
cause-fallback_not_triggered = Tur, hiçbir fallback denenmeden başarısız oldu
cause-runtime_unavailable = Codex çalışma ortamı bu turu çalıştıramıyor
cause-cloudflare_403 = ChatGPT istekleri Cloudflare doğrulamasına takılıyor
cause-version_regression = Bu OpenClaw derlemesinde bilinen bir hata
cause-gateway_not_reloaded = Çalışan gateway hâlâ eski durumu sunuyor
cause-request_rejected = Sağlayıcı isteğin kendisini reddetti
cause-status_display_mismatch = Bir durum ekranı uyarı veriyor ama çalıştırmalar sorunsuz
cause-not_model_auth = Model kimlik doğrulaması sorunu değil
cause-all_ok = Her şey sağlıklı görünüyor
cause-need_more_info = Daha fazla çıktı gerekiyor

## Bulgu özetleri

oauth_expired-summary = { $provider } için kayıtlı giriş artık access token'ını yenileyemiyor, bu yüzden onunla yapılan her istek başarısız oluyor. Gateway sunucusunda yeniden giriş yapın, ardından gateway'i yeniden başlatın.
refresh_token_reused-summary = { $provider } refresh token'ı iki ayrı yer tarafından kullanıldı (iki gateway, agent başına kopyalar veya içe aktarılmış bir CLI token'ı) ve sağlayıcı artık onu reddediyor. Yeniden giriş yapın, ama yalnızca bir kez; tek bir gateway bırakın ve yeni profili en başa koyun.
oauth_scope_missing-summary = { $provider } token'ında isteğin ihtiyaç duyduğu scope yok ya da giriş sırasında bu derlemenin kullanamayacağı bir scope istendi.
missing_api_key-summary = Turu çalıştıran agent'ın { $provider } için kimlik bilgisi yok. O agent'a bir kimlik bilgisi verin, ardından gateway'i yeniden başlatın.
invalid_api_key-summary = { $provider } için bir API anahtarı gönderiliyor ve reddediliyor. Hangi anahtarın geçerli olduğunu bulun (kayıtlı bir profil, kabuk ortamından önce gelir) ve tam olarak onu değiştirin.
external_cli_credential_stale-summary = OpenClaw, başka bir CLI'dan kopyalanmış bir { $provider } kimlik bilgisi kullanıyor ve bu kopya güncel değil. Önce kaynağı yenileyin, sonra yeniden giriş yapın.
pinned_profile_missing_credential-summary = Sabitlenen { $profile } profilinde kullanılabilir bir gizli bilgi yok. Şimdi çalışan bir profili sabitleyin ya da { $profile } profiline bir kimlik bilgisi verin.
auth_provider_not_loaded-summary = Yüklü hiçbir eklenti { $provider } sağlayıcısını kaydetmiyor, bu yüzden giriş başlayamıyor.
per_agent_auth_store-summary = { $agent } agent'ı kendi kimlik doğrulama deposunu okuyor ve bu depoda { $provider } için kimlik bilgisi yok; yaptığınız giriş başka bir agent'a gitti. { $agent } için giriş yapın.
auth_store_migration_required-summary = Bu derleme kimlik bilgilerini yeni bir depo biçiminde tutuyor ve doctor taşıyana kadar eskisini yok sayıyor. Gateway'i durdurun, doctor'ı çalıştırın, profillerin geri geldiğini kontrol edin ve gateway'i yeniden başlatın.
profile_excluded_by_auth_order-summary = Kullanılabilir tüm { $provider } profilleri kimlik doğrulama sırası tarafından dışlanıyor, bu yüzden hiçbiri denenmiyor. Sırayı temizleyin ya da var olan profillere ayarlayın.
auth_order_not_applied-summary = Sıra değişikliği agent'ın okuduğu depoya ulaşmadı, bu yüzden eski sıra hâlâ geçerli.
session_pin_stale-summary = Sorunlu konuşma, süresi dolmuş veya eksik olan { $profile } profiline sabitlenmiş, oysa { $working } çalışıyor. O konuşmayı çalışan profile yeniden sabitleyin.
session_pin_stale-override-summary = Sorunlu konuşmanın kendi profil geçersiz kılması ({ $profile }) var ve CLI değişiklikleri buna dokunmuyor. Profili o konuşmanın içinde yeniden sabitleyin.
session_pin_stale-cli-healthy-summary = CLI testi { $working } profilinin çalıştığını gösteriyor ama konuşma hâlâ başarısız: eski profilini koruyor. Çalışan profili sorunlu konuşmada sabitleyin; eski profilin sıradan çıkarılması bilinçli bir tercih, bu yüzden sırayı temizlemeyin.
wrong_provider_prefix-summary = Sabitlemede model ref'indeki sağlayıcı, profilin sağlayıcısıyla aynı olmalıdır. { $profile } profili { $provider } sağlayıcısına ait, bu yüzden bu sürümde ref o sağlayıcıyla başlamalıdır.
wrong_provider_prefix-default-summary = Bu sürümde yalnızca Codex OAuth girişi varsa bir openai/… modelinin kimlik bilgisi olmaz; varsayılan model openai-codex sağlayıcısını kullanmalıdır.
auth_profile_provider_mismatch-summary = { $profile } başka bir sağlayıcıya ait ve { $provider } sırasına konamaz. Her sağlayıcının sırasında yalnızca kendi profillerini tutun; ikinci bir sağlayıcı için model fallback'i kullanın.
legacy_codex_ids-summary = Yapılandırma veya profiller hâlâ bu sürümün yeniden adlandırdığı ya da reddettiği eski openai-codex id'lerini kullanıyor. Bunları doctor taşısın.
unknown_model-summary = { $model } ne sağlayıcının kataloğunda ne de yapılandırmada var. Sağlayıcının listelediği bir model id'si seçin.
model_not_allowed-summary = { $model } agent'ın model izin listesinin dışında. Listeye ekleyin, sonra yeniden seçin.
rate_limit_cooldown-summary = { $provider } hız sınırı veya kullanım sınırı hatalarından sonra bekleme süresinde (cooldown); yeniden giriş yapmak işe yaramaz. Bekleyin ya da başka bir profil veya fallback ekleyin.
billing_disabled-summary = Sağlayıcı faturalama veya kota nedeniyle reddetti ve profil saatlerce devre dışı. Sağlayıcıda bakiye yükleyin ya da bu arada başka bir sağlayıcıya geçin.
provider_unreachable-summary = { $provider } sağlayıcısından kullanılabilir bir yanıt gelmedi (zaman aşımı, ağ, TLS veya sunucu hatası). Gateway sunucusundan erişilebilirliği kontrol edin.
fallbacks_stripped-summary = { $agent } agent'ı modelini düz bir string olarak ayarlıyor; bu da varsayılan fallback'lerin yerine hiçbir şey koymuyor. Fallbacks listesi içeren nesne biçimini kullanın.
ollama_fallback_dropped-summary = Ollama fallback'inin sağlayıcı girdisi veya yer tutucu anahtarı yok, bu yüzden zincir ona ulaştığı anda başarısız oluyor.
fallback_not_triggered-summary = Başarısızlık, fallback'ler denenmeden turu bitirdi; bu derlemede orada bir döngü veya kullanım sınırı bug'ı var.
fallback_not_triggered-selected-summary = Sorunlu konuşmada { $model } elle seçilmiş. Elle seçilen bir model olduğu gibi kullanılır: asla başka bir modele geçmez. Varsayılan modele geri dönün.
runtime_unavailable-summary = Codex çalışma ortamı (app-server veya eklenti) turu çalıştıramıyor; bunun nedeni çoğu zaman eski bir harici codex eklentisinin çekirdekten daha eski olmasıdır.
cloudflare_403-summary = ChatGPT/Codex istekleri bir Cloudflare doğrulama sayfası alıyor ve bu derleme bunu DNS hatası veya hız sınırı olarak bildiriyor.
version_regression-summary = Bu derlemede bilinen bir hata var: yeni bir Codex girişi testi geçiyor ama çalışma sırasındaki yenilemede başarısız oluyor.
version_regression-known-summary = OpenClaw { $version } sürümünde tam olarak bu belirtilere sahip bilinen bir hata var; { $fixed } sürümünde düzeltildi. Daha yeni bir sürüme güncelleyin (bir depolama taşımasının öncesine asla sürüm düşürmeyin).
gateway_not_reloaded-summary = CLI { $provider } kimlik bilgisini görüyor, ancak çalışan gateway yeniden başlatılmadı ve hâlâ eski durumu sunuyor.
request_rejected-summary = Sağlayıcı kimlik bilgisini değil, isteğin gövdesini (şema veya bağlam boyutu) reddetti. Yeni bir oturum başlatın; yeniden giriş gerekmez.
status_display_mismatch-summary = { $profile } bir durum ekranında süresi dolmuş görünüyor ama çalıştırmalar sorunsuz sürüyor; bozuk bir şey yok. Yalnızca uyarıyı kaldırmak için yenileyin.
not_model_auth-summary = Bu, model kimlik bilgisi değil, gateway veya cihaz kimlik doğrulaması; models auth komutları bunu değiştirmez.
not_model_auth-channel-summary = Bu, model kimlik bilgisi değil, bir sohbet kanalı token'ı (bot hesabı); models auth komutları bunu değiştirmez.
all_ok-summary = Test edilen her profil yanıt veriyor ve yapıştırdığınız metinde hata bildiren bir şey yok. Bir sohbet hâlâ başarısız oluyorsa, o sohbetin hatasını ve /model status çıktısını yapıştırın.

## Adım notları

step-login = Gateway sunucusunda { $provider } için yeniden giriş yapın (bir tarayıcı açılır veya bir kod gösterilir).
step-restart = Çalışan sürecin kimlik doğrulamayı yeniden yüklemesi için gateway'i yeniden başlatın.
step-verify = Kimlik bilgisinin çalıştığını canlı bir testle kontrol edin.
step-upgrade = OpenClaw'ı en yeni sürüme güncelleyin.
step-doctor-fix = Yapılandırmayı ve profilleri doctor taşısın.
step-claude-setup-token = Yeni bir Claude setup token'ı oluşturun, ardından OpenClaw'a kaydedin.
step-one-gateway = Bu durum dizini için yalnızca bir gateway'in çalıştığından emin olun.
step-order-new-id = Yeni oluşturulan profili en başa koyun (id'sini giriş çıktısından kopyalayın).
step-drop-baseurl = ChatGPT token'ının oraya gönderilmemesi için Platform API baseUrl'ini kaldırın.
step-local-placeholder-key = Yerel sağlayıcılar için yalnızca bir yer tutucu anahtar yeterli.
step-configure-key = { $provider } anahtarını etkileşimli olarak girin (anahtarları asla sohbete yapıştırmayın).
step-env-file = Ya da anahtarı gateway'in env dosyasına koyun: servis kabuktaki export'ları yok sayar.
step-read-effective = Sağlayıcının effective= kaynağına bakın: gönderilen anahtar odur.
step-refresh-external-cli = Önce diğer CLI'ın kendi girişini yenileyin.
step-pin-working = Çalışan { $profile } profilini sorunlu konuşmada sabitleyin, ardından normal bir test mesajı gönderin.
step-login-renamed-codex = Bu sürümde ChatGPT/Codex OAuth girişi openai sağlayıcısı altında yapılır.
step-check-profiles-back = Profillerin yeniden listelendiğini kontrol edin; liste boşsa yeniden giriş yapın.
step-order-clear = Agent'a özel sıra geçersiz kılmasını kaldırın.
step-order-set-alternative = Ya da sırayı var olan profillere ayarlayın.
step-release-lock = Depo kilidini bırakması için gateway'i durdurun.
step-pin = { $profile } profilini sorunlu konuşmada sabitleyin, ardından normal bir test mesajı gönderin.
step-cross-provider-fallback = Yedek olarak başka bir sağlayıcı kullanmak için bunun yerine bir model fallback'i ekleyin.
step-new-drops-auto = Yeni bir oturum otomatik geçersiz kılmayı düşürür.
step-find-current-id = Profilin güncel id'sini bulun (yeni bir giriş yeni bir id oluşturmuş olabilir).
step-pin-current-id = Ardından o id'yi sorunlu konuşmada sabitleyin.
step-undo-5-5-rewrite = 5.5 sürümünün varsayılan modelde yaptığı yeniden yazmayı geri alın.
step-set-unified-ref = Ya da güncel model ref'ini elle ayarlayın.
step-ollama-model-entry = Modeli ollama sağlayıcısının model listesine ekleyin.
step-list-models = Bu sağlayıcının sunduğu model id'lerini listeleyin.
step-set-listed-model = Varsayılanı bu listedeki bir id'ye ayarlayın.
step-allow-model = Modeli izin listesine ekleyin (hata mesajının yazdırdığı komutla).
step-see-cooldowns = Hangi profillerin ne kadar süreyle bekleme süresinde (cooldown) olduğuna bakın (Unavailable auth profiles).
step-add-fallback = Bu arada turların çalışmaya devam etmesi için başka bir sağlayıcıda fallback ekleyin.
step-after-top-up = Bakiye yükledikten sonra kayıtlı devre dışı durumunu temizleyin.
step-object-form-model = Agent'ın modelini fallback'leriyle birlikte nesne biçiminde yazın.
step-check-fallbacks = Fallbacks (N) satırının artık bunları listelediğini kontrol edin.
step-reset-selection = Sorunlu konuşmayı varsayılan modele sıfırlayın.
step-inspect-codex-plugin = codex eklentisinin çalışma ortamı sürümünü çekirdekle karşılaştırın.
step-find-stale-plugin = Eski bir harici codex eklentisi kopyasını güncelleyin veya kaldırın.
step-step-back-same-era = Ya da aynı depolama dönemindeki son sağlam sürüme geri dönün.
step-codex-backend-url = Bu sürümde kalacaksanız: Codex isteklerini ChatGPT backend'ine gönderin.
step-new-session = Sorunlu konuşmada yeni bir oturum başlatın.
step-check-api = Gösterilen api: değerinin modele uyduğunu kontrol edin.
step-clear-display = Yalnızca uyarıyı kaldırmak için: Claude CLI girişini yenileyip yeniden bağlayın.
step-channel-status = Hangi kanalın başlatılamadığını kontrol edin.
step-channel-token = O kanal için yeni bot token'ını girin.

## İstekler

ask-version = Sonraki adım OpenClaw sürümüne bağlı.
ask-model-status-if-chat-fails = Yalnızca bir sohbet hâlâ başarısız oluyorsa: bunu o konuşmada çalıştırın.
ask-models-status = Varsayılan modeli, fallback'leri, her sağlayıcının geçerli kimlik bilgisini ve bekleme sürelerini gösterir.
ask-probe = Her profili canlı test eder ve hangisinin neden başarısız olduğunu gösterir.
ask-order = Sıranın hangi profillere izin verdiğini gösterir.
ask-model-status = Sorunlu konuşmada çalıştırın: o konuşmanın kullandığı profili gösterir.
ask-auth-list = Sabitlenecek profillerin tam id'lerini gösterir.
ask-decision-lines = Başarısız bir turun [model-fallback/decision] satırlarını kopyalayın.

## Hatalar (komut satırı ve botlar)

error-file-missing = { $path } okunamıyor: dosya mevcut değil.
error-file-unreadable = { $path } okunamıyor: { $reason }
error-binary = { $path } yapıştırılmış metin değil, ikili veri gibi görünüyor.
error-too-large = { $path } boyutu { $limit } bayttan büyük; yalnızca ilgili çıktıyı yapıştırın.
error-unknown-lang = Bilinmeyen dil: { $lang }; şunlardan birini kullanın: { $list }.
error-bad-version = OpenClaw sürümü okunamıyor: { $version }; 2026.6.9 biçimini kullanın.

## Discord ve web arayüzü

cmd-diagnose-description = Yapıştırılan OpenClaw çıktısını teşhis eder ve sonraki adımı söyler
opt-paste-description = Teşhis edilecek çıktı (uzun metinler için form açmak üzere boş bırakın)
opt-file-description = Çıktıyı içeren bir .txt, .log veya .json dosyası ya da çıktının ekran görüntüsü
opt-version-description = OpenClaw sürümünüz, ör. 2026.6.9
opt-language-description = Yanıt dili
cmd-model-description = /model status çıktısını açıklar veya doğru bir /model pin oluşturur
cmd-model-status-description = Yapıştırılan /model status veya models status çıktısını açıklar
cmd-model-pin-description = Bir profil için /model pin oluşturur
opt-profile-description = Kimlik doğrulama profilinin id'si, ör. openai:work
opt-model-description = Model, ör. openai/gpt-5.5
ctx-diagnose-name = Teşhis et
modal-title = OpenClaw çıktısını yapıştırın
modal-field-label = Çıktı (anahtarları ve token'ları maskeleyin)
button-worked = İşe yaradı
button-still-failing = Hâlâ çalışmıyor
button-show-in = Şu dilde göster: { $language }
reply-thanks = Onayladığınız için teşekkürler. Çalışmasına sevindik.
reply-still-failing = Üzgünüz. Sonraki çıktıyı buraya yapıştırın; önceki mesajlarla birlikte okunacak.
pin-explain = { $profile } profili { $provider } sağlayıcısına ait, bu yüzden bu sürümde model ref'i { $provider }/ ile başlamalıdır.
pin-explain-renamed = Bu sürümde ChatGPT/Codex profillerinin adı openai:… biçimindedir; { $profile } profilinin oluşması için önce doctor'ı çalıştırın.
error-no-input = Teşhis edilecek bir şey yok: çıktıyı yapıştırın veya bir dosya ekleyin.
error-attachment-type = Yalnızca .txt, .log ve .json dosyaları ile PNG, JPEG veya WebP ekran görüntüleri okunabilir.
error-internal = Bizim tarafımızda bir sorun oluştu; yanıt hazırlanamadı. Lütfen tekrar deneyin.
error-rate-limited = Şu anda çok fazla istek var; lütfen { $seconds } saniye bekleyin.
web-title = clawmedic — OpenClaw çıktısını teşhis et
web-paste-label = OpenClaw çıktısını buraya yapıştırın (bir şey gösterilmeden önce anahtarlar ve token'lar gizlenir)
web-submit = Teşhis et
web-copy = Kopyala
web-copied = Kopyalandı
cmd-watch-description = Bu kanala yapıştırılan OpenClaw çıktısının otomatik teşhisini açar veya kapatır
opt-watch-mode-description = on: buraya yapıştırılan OpenClaw çıktısına yanıt ver; off: durdur
watch-on = { $channel } izleniyor: OpenClaw çıktısı içeren mesajlar bir teşhis alır; her başlık (thread) için en fazla { $seconds } saniyede bir yanıt verilir.
watch-off = { $channel } artık izlenmiyor.
watch-unavailable = İzleme modu bu botun yapılandırmasında kapalı.
error-permission = Bunu değiştirmek için Sunucuyu Yönet (Manage Server) iznine ihtiyacınız var.
error-guild-only = Bu komut yalnızca bir sunucu kanalında çalışır.
error-store = Ayar şu anda kaydedilemedi; lütfen bir dakika sonra tekrar deneyin.
error-no-memory = Bu teşhis artık hatırlanmıyor (süresi doldu ya da belleğe ulaşılamıyor). Komutu çıktınızla birlikte yeniden çalıştırın.
error-download = { $path } eki indirilemedi; bunun yerine metnini yapıştırın.
error-bad-profile = { $profile } bir kimlik doğrulama profili id'si değil; id'ler provider:name biçimindedir, örneğin openai:work.
pin-title = OpenClaw konuşmanız için /model pin
pin-model-placeholder = <model> yerine { $provider } sağlayıcısının sunduğu bir modeli yazın; o konuşmada /models { $provider } bunları listeler.
status-title = /model status çıktınızın açıklaması
status-current = Bunu çalıştırdığınız konuşma { $model } modelini kullanıyor.
status-current-selected = Bunu çalıştırdığınız konuşma elle seçilmiş { $model } modelini kullanıyor: elle seçilen bir model asla diğerlerine geçmez.
status-default = Varsayılan model: { $model }.
status-active = { $provider } için bir sonraki istek { $profile } profilini kullanır.
status-auth-ok = { $profile }: giriş yapılmış, { $remaining } daha geçerli.
status-auth-ok-plain = { $profile }: giriş yapılmış.
status-auth-expiring = { $profile }: { $remaining } içinde sona eriyor; girişi yakında yenileyin.
status-auth-expired = { $profile }: girişin süresi doldu.
status-auth-missing = { $profile }: kayıtlı kimlik bilgisi yok.
status-auth-cooldown = { $profile }: hatalardan sonra bekleme süresinde (kalan süre: { $remaining }).
status-auth-disabled = { $profile }: devre dışı ({ $reason }).
status-not-recognized = Bu bir /model status veya models status çıktısı değil. Sorunlu konuşmada /model status ya da gateway sunucusunda openclaw models status çalıştırın ve çıktının tamamını yapıştırın.
web-language-auto = Yapıştırılanla aynı (otomatik algılanır)
web-privacy = Yapıştırdığınız hiçbir şey saklanmaz veya kaydedilmez; yalnızca teşhis gösterilir.
web-image-label = Ya da terminalin ekran görüntüsü (PNG, JPEG veya WebP): buradan seçin ya da yukarıdaki kutuya sürükleyip bırakın veya yapıştırın
step-unusable-name = Yapıştırdığınız metindeki bir ad, hiçbir OpenClaw adında olmayan karakterler içeriyor; bu yüzden bu komuta kopyalanmadı: `{ $placeholder }` yerine OpenClaw'un kendi çıktısındaki tam adı yazın.
step-uncertain-read = Ekran görüntünüzden `{ $read }` okudum ama her karakterden emin değilim, bu yüzden bu komutta yok: `{ $placeholder }` yerine terminalinizdeki tam kimliği (metin olarak) kopyalayın.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = Belirttiğiniz sürüm, “{ $given }”, bu derlemenin bildiği bir OpenClaw sürümü değil, bu yüzden kullanılmadı. Gateway sunucusunda `openclaw --version` tam sürümü gösterir.
note-version-conflict = OpenClaw { $given } belirttiniz, ancak yapıştırdığınız çıktı { $pasted } gösteriyor; bu yanıt sizin belirttiğiniz sürümü, { $given } sürümünü kullanıyor.
error-file-is-dir = { $path } bir klasör, dosya değil: çıktıyı içeren dosyayı belirtin.
error-file-permission = { $path } okunamıyor: bu dosyayı okuma izniniz yok.
error-malformed-json = İstek gövdesi bu API'nin okuduğu bir JSON değil: `paste` (metin) veya `messages` (metin listesi) içeren bir nesne gönderin.
error-bad-thread = Thread kimliği A-Z, a-z, 0-9, _ ve - karakterlerinden oluşan 16 ila 128 karakter olmalı; rastgele bir kimlik kullanın.
error-too-many-messages = İstek başına en fazla { $limit } mesaj; kalanları ikinci bir istekle gönderin.
cause-login_requires_tty = Giriş, almadığı bir terminale ihtiyaç duyuyor
cause-oauth_profile_not_attached = ChatGPT/Codex girişi isteğe eklenmiyor
cause-agent_model_override = Agent'ın kendi modeli varsayılanın önüne geçiyor
cause-models_json_rejected = Tek bir sağlayıcı girdisi yüzünden OpenClaw tüm model yapılandırmasını reddediyor
cause-custom_model_misrouted = Özel bir model başka bir sağlayıcının uç noktasına gönderiliyor
cause-auth_profile_wrong_type = Gizli bilgi yanlış türde bir kimlik bilgisi olarak saklanmış
cause-context_window_too_small = Modelin bağlam penceresi OpenClaw'ın alt sınırının altında
cause-profile_param_ignored = params.authProfileId hesabı seçmiyor
cause-default_model_not_set = Yerleşik varsayılan model hâlâ kullanılıyor
cause-ssrf_blocked = OpenClaw'ın özel ağ koruması sağlayıcı adresini engelledi
cause-context_overflow = Konuşma artık modelin bağlamına sığmıyor
cause-oauth_refresh_transient = Bir giriş yenilemesi, süresi dolmadığı hâlde bir kez başarısız oldu
cause-env_key_not_bound = Anahtar ortamda var ama sağlayıcıya bağlı değil
cause-turn_timeout = Tur, süre sınırını aştı
cause-directive_syntax = /model komutu OpenClaw'ın kabul etmediği bir biçimde yazıldı
login_requires_tty-summary = Giriş etkileşimli bir terminal olmadan çalıştı (bir betik, bir pipe ya da -t olmadan docker exec), bu yüzden bir şey sormadan durdu. Bunun yerine gizli bilgiyi pipe ile bir paste komutuna verin ya da girişi gerçek bir terminalden çalıştırın.
oauth_profile_not_attached-summary = Bir ChatGPT/Codex OAuth profili olmasına rağmen istekler hiçbir kimlik bilgisi olmadan OpenAI Platform API'ye gidiyor: tur, Codex çalışma zamanı üzerinden geçmiyor. Yenilenecek bir anahtar yok.
agent_model_override-summary = { $agent } agent'ının kendi modeli var ({ $model }) ve bu, değiştirdiğiniz varsayılanın önüne geçiyor. Agent'ın modelini düzenleyin ya da kaldırın.
agent_model_override-summary-plain = Bir agent'ın kendi modeli var ve bu, değiştirdiğiniz varsayılanın önüne geçiyor. O agent'ın modelini düzenleyin ya da kaldırın.
models_json_rejected-summary = { $provider } girdisi geçersiz olduğu için OpenClaw kendi ürettiği model listesini reddetti; reddedildiği sürece diğer sağlayıcıların modelleri de bilinmiyor ya da izin verilmemiş görünür.
custom_model_misrouted-summary = { $provider } için özel model girdisinin kendi api ve baseUrl değeri yok, bu yüzden istekler anahtarı reddeden başka bir sağlayıcının uç noktasına gidiyor. Anahtarın kendisinde sorun yok.
auth_profile_wrong_type-summary = { $provider } için gizli bilgi geçerli ama o sağlayıcı için yanlış türde bir kimlik bilgisi olarak saklanmış, bu yüzden OpenClaw onu yanlış şekilde gönderiyor. Türüne uygun komutla yeniden kaydedin.
context_window_too_small-summary = { $model } için bağlam penceresi { $ctx } token olarak ayarlanmış; bu, OpenClaw'ın alt sınırı olan { $min } değerinin altında, bu yüzden OpenClaw modeli kullanmayı reddediyor. Genellikle ayarlı değer kopyalanmış bir varsayılandır, modelin gerçek penceresi değildir.
context_window_too_small-summary-plain = Modelin bağlam penceresi OpenClaw'ın alt sınırının altında ayarlanmış, bu yüzden OpenClaw modeli kullanmayı reddediyor. Genellikle ayarlı değer kopyalanmış bir varsayılandır, modelin gerçek penceresi değildir.
profile_param_ignored-summary = Bir model girdisindeki params.authProfileId hesabı seçmez: OpenClaw yine kimlik doğrulama sırasındaki ilk profili kullanır. Profili konuşmada sabitleyin ya da sırada en başa koyun.
default_model_not_set-summary = OpenClaw hâlâ hiç kurmadığınız yerleşik varsayılan modelini ({ $provider }) çalıştırıyor. Seçtiğiniz modeli varsayılan yapın; { $provider } için anahtar gerekmez.
ssrf_blocked-summary = Sağlayıcının adresi özel ya da özel amaçlı bir IP'ye çözümlendiği için OpenClaw bağlanmayı reddetti (fake-IP proxy ya da split DNS buna yol açar). DNS'i ya da proxy modunu düzeltin veya bilerek yerel tuttuğunuz bir sunucu için özel adreslere izin verin.
context_overflow-summary = Konuşma, modelin bağlam penceresinden büyük. Konuşmayı sıkıştırın (compact) ya da yeni bir oturum başlatın; daha büyük bağlamlı bir model de işe yarar.
oauth_refresh_transient-summary = { $provider } girişinin yenilenmesi, girişin süresinin dolduğu söylenmeden bir kez başarısız oldu (kısa bir ağ kesintisi ya da yoğun bir token uç noktası). Önce tekrar deneyin; yalnızca tekrarlanırsa yeniden giriş yapın.
env_key_not_bound-summary = { $env } gateway'in ortamında tanımlı, ama bu derleme onu yalnızca sağlayıcı yapılandırması ona başvurduğunda kullanıyor. doctor'ın bağlamasına izin verin ya da models.providers.{ $provider }.apiKey içinde ona başvurun.
turn_timeout-summary = Tur, toplam süre sınırını aştı ve durduruldu; sağlayıcının kendisi yanıt verdi. Uzun işler için sınırı yükseltin ya da bir alt agent kullanın.
directive_syntax-summary = /model komutunda model, profilden önce gelmeli: /model provider/model@profile.
step-paste-api-key-stdin = Anahtarı pipe ile paste komutuna verin (terminal gerekmez); önce KEY değerini ayarlayın, ekranda gösterilmez.
step-paste-token-stdin = Bir token ya da setup token için bunun yerine pipe ile paste-token'a verin.
step-docker-tty = Ya da girişi konteynerin içindeki etkileşimli bir terminalden çalıştırın.
step-codex-runtime-inspect = Codex çalışma zamanı eklentisinin yüklü ve güncel olduğunu kontrol edin.
step-edit-agent-model = Varsayılanın geçerli olması için yapılandırma dosyasında agent'ın kendi modelini (agents.list → model) düzenleyin ya da kaldırın.
step-check-agent-model = O agent'ın gerçekte hangi modeli kullandığını kontrol edin.
step-fix-provider-entry = models.providers.{ $provider } için bir apiKey verin (bir ortam değişkenine başvuru ya da yerel bir sunucu için herhangi bir yer tutucu) veya özel model listesini kaldırın.
step-list-models-after-fix = Gateway model listesini yeniden ürettikten sonra modelleri tekrar listeleyin.
step-set-api-baseurl = İsteklerin o sağlayıcının uç noktasına gitmesi için models.providers.{ $provider } üzerinde api ve baseUrl ayarlayın (ya da özel girdiyi kaldırıp katalogdaki bir modeli kullanın).
step-set-context-window = Modelin gerçek contextWindow değerini models.providers.{ $provider }.models içinde ayarlayın (ayarlı değer alt sınırın altında).
step-choose-bigger-model = Ya da daha büyük bağlam pencereli bir model seçin.
step-pin-profile = Profili sorunlu OpenClaw konuşmasında sabitleyin.
step-order-first = Ya da profili { $provider } için kimlik doğrulama sırasında en başa koyun.
step-set-default-model = Gerçekten kullandığınız modeli varsayılan yapın.
step-ssrf-allow-private = Yalnızca bilerek yerel ya da özel tuttuğunuz bir model sunucusu için: o sağlayıcı için özel adreslere izin verin.
step-check-dns-proxy = Gateway sunucusunda sağlayıcının ana makinesinin neye çözümlendiğini kontrol edin (fake-IP modundaki bir proxy 198.18.x.x verir).
step-compact = Sorunlu konuşmayı sıkıştırın (compact).
step-login-if-repeats = Yalnızca başarısız olmaya devam ederse: { $provider } için yeniden giriş yapın.
step-raise-timeout = Uzun işler için tur başına toplam sınırı (saniye) yükseltin.
step-doctor-bind-env = doctor'ın ortamdaki anahtarı sağlayıcıya bağlamasına izin verin.
step-env-ref = Ya da sağlayıcının apiKey değerinde bu değişkene başvurun.
step-store-right-type = Gizli bilgiyi türüne uygun komutla yeniden kaydedin.
step-update-fixed = OpenClaw'ı güncelleyin: sonraki sürümler bunu düzeltiyor.
ask-logs-one-turn = Başarısız bir turun log satırları, OpenClaw'ın aldığı hatayı gösterir.
reply-candidates = Bu, “{ $first }” ya da “{ $second }” gibi görünüyor; aşağıdaki komut ikisini ayırt eder.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = Bir durum ekranı sorun bildiriyor, ancak siz çalıştırmaların kendisinin çalıştığını söylüyorsunuz: uyarı, durumun kurulumu nasıl okuduğuyla ilgili, isteklerle değil. Çalıştırmalar için düzeltilmesi gereken bir şey yok.
not_model_auth-session-lock-summary = Oturum dosyası başka bir süreç tarafından kilitlenmiş (çoğu zaman ikinci bir gateway veya takılmış bir çalıştırma), bu yüzden her model aynı şekilde başarısız oluyor. Bu bir model kimlik bilgisi sorunu değil: yalnızca bir gateway'in çalıştığından emin olun, sonra onu yeniden başlatın.
not_model_auth-plugin-registry-summary = İndirmeyi bir model sağlayıcısı değil, eklenti kayıt deposu reddetti (hız sınırı veya hata). Kurulumu daha sonra yeniden deneyin; model kurulumunuzla ilgisi yok.
step-retry-plugin-later = Nelerin kurulu olduğunu kontrol edin, ardından kurulumu birkaç dakika sonra yeniden çalıştırın.
version_regression-live-switch-summary = Oturum /model geçişini beklemede olarak işaretliyor ama hiç uygulamıyor, bu yüzden yanıtlar eski modelden gelmeye devam ediyor. Sonraki sürümler bunu düzeltiyor.
step-check-switch = Güncellemeden sonra yeniden geçiş yapın ve oturumun gerçekten yeni modeli kullandığını kontrol edin.
model_not_allowed-picker-summary = Geçiş { $model } olarak reddedildi: eski Control UI seçicileri, oturumun sağlayıcısını başka bir sağlayıcının modelinin önüne ekliyor. Tam ref'i kendiniz seçin ya da güncelleyin.
step-pick-full-ref = Sorunlu OpenClaw konuşmasında modeli tam provider/model ref'iyle seçin.
step-set-suggested-model = OpenClaw mesajının girişiniz için önerdiği modeli kullanın.
step-onboard-codex = Codex girişini onboarding üzerinden ekleyin (eski sürümlerde bunun için bir sağlayıcı eklentisi yok).
step-enable-plugin = Sağlayıcının eklentisini etkinleştirin, ardından gateway'i yeniden başlatıp tekrar giriş yapın.
step-order-read = O sağlayıcı için geçerli olan kimlik doğrulama sırasını okuyun.
session_pin_stale-order-summary = Oturum kendi profil geçersiz kılmasını koruyor, bu yüzden { $profile } profilini başa koyan kimlik doğrulama sırasını yok sayıyor. Profili sorunlu OpenClaw konuşmasında sabitleyin ya da yeni bir oturum başlatın.
auth_order_not_applied-running-summary = Çalışan gateway, kimlik doğrulama sırasının kendi kopyasını tutuyor ve onu geri yazıyor, bu yüzden değişikliğiniz geri alınıyor. Gateway'i durdurun, sırayı ayarlayın, ardından başlatın.
step-stop-gateway-first = Eski sırasını geri yazamaması için önce gateway'i durdurun.
step-order-again = Gateway durmuşken sırayı yeniden ayarlayın.
fallback_not_triggered-not-tried-summary = Hata, bu tür bir hatada geçilmesi gerektiği hâlde, fallback modellerinize geçmeden turu bitirdi. Fallback'lerin gerçekten geçerli olduğunu kontrol edin ve güncelleyin: birçok sürüm bu tür hatalarda fallback'i düzeltti.
fallbacks_stripped-effective-summary = Failover kararı, siz fallback ayarlamış olsanız da başarısız olan model için hiçbir fallback yapılandırılmadığını söylüyor: o agent'ın veya modelin etkin yapılandırmasında hiç yok.
step-watch-one-turn = O turun hatasını görmek için bir mesaj gönderirken log'u izleyin.
step-find-full-ref = Seçilecek tam provider/model ref'ini görmek için yapılandırılmış modelleri listeleyin.
catalogue-unnamed-summary = Bu mesajı OpenClaw kendisi yazdırdı ve başlıktaki nedeni ifade ediyor. Hangi sağlayıcı, model veya profille ilgili olduğunu söylemiyor, bu yüzden ilk adım bunu gösteriyor.
session_pin_stale-foreign-summary = Konuşma, başka bir sağlayıcının profili olan { $profile } profiline sabitlenmiş, oysa bir { $provider } modeli çalıştırıyor. Sabitlemeyi kaldırmak için modeli profil olmadan yeniden seçin.
unknown_model-unregistered-summary = { $model } yapılandırmada izinli ama models.providers.{ $provider }.models altında kayıtlı değil, bu yüzden OpenClaw onu bulamıyor. Onu kaydedin ve özel bir sağlayıcıya kendi api ve baseUrl değerlerini verin.
step-register-model = Modeli kendi sağlayıcısının altına kaydedin.
auth_profile_provider_mismatch-app-server-summary = Codex çalışma ortamına { $profile } verildi, ancak bu, kabul ettiği bir ChatGPT/Codex girişi değil. Uygun bir profil alması için ChatGPT/Codex'e yeniden giriş yapın ve güncelleyin: bu profili oluşturan geçiş daha sonra düzeltildi.
unknown-provider = sağlayıcı
unknown-model = model
unknown-profile = profil
unknown-agent = agent
unknown-env = anahtar değişkeni
unknown-working = başka bir profil
ask-doctor = doctor, bir güncellemeden sonra neleri onaracağını (depolar, id'ler, yönlendirmeler) hiçbir şeyi değiştirmeden listeler.

## Ekran görüntüleri (issue 15): okunamayan bir görüntü. Fazla büyük dosya için error-too-large kullanılır.
error-image-unreadable = { $path } bir PNG, JPEG veya WebP ekran görüntüsü olarak okunamadı. Bunun yerine terminalinizdeki metni yapıştırın.
error-image-pixels = { $path } boyutu { $width }×{ $height } piksel; en fazla { $limit } piksellik ekran görüntüleri okunur. Görüntüyü terminal penceresine göre kırpın veya metni yapıştırın.
error-image-timeout = { $path } ekran görüntüsünü okumak çok uzun sürdü. Bunun yerine terminalinizdeki metni yapıştırın.
error-image-unavailable = Ekran görüntüleri şu anda burada okunamıyor. Bunun yerine terminalinizdeki metni yapıştırın.
error-image-no-text = { $path } içinde terminal metni bulunamadı. Bunun yerine terminalinizdeki metni yapıştırın.
