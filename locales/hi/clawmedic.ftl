# clawmedic — हिन्दी।
# कमांड, id, प्रोफ़ाइल के नाम और मॉडल रेफ़ इन मैसेज का हिस्सा कभी नहीं होते: वे वेरिएबल
# ($provider, $profile, $model, …) के रूप में आते हैं या लेआउट उन्हें कोड स्पैन में दिखाता है।

## Reply layout

reply-title = clawmedic निदान
reply-version-seen = OpenClaw { $version } (आपके पेस्ट से पढ़ा गया)।
reply-version-flag = OpenClaw { $version } (जैसा बताया गया)।
reply-version-unknown = OpenClaw का वर्ज़न पता नहीं है: नीचे दिए गए स्टेप हर रिलीज़ पर काम करते हैं, जब तक अलग से न बताया गया हो।
reply-version-floor = OpenClaw का वर्ज़न नहीं बताया गया; आपके पेस्ट से यह { $version } या नया लगता है (स्टोर पाथ और ids)।
reply-top-finding = सबसे संभावित कारण: { $title }
reply-next-finding = अगर इससे ठीक न हो: { $title }
reply-evidence = सबूत
reply-evidence-line = मैसेज { $message }, लाइन { $line }
reply-ruled-out = खारिज किए गए कारण
reply-steps = अगले स्टेप
reply-asks =
    { $count ->
        [one] कृपया यह कमांड चलाएँ और उसका आउटपुट पेस्ट करें
       *[other] कृपया ये कमांड चलाएँ और उनका आउटपुट पेस्ट करें
    }
reply-need-more-info = इस थ्रेड में अभी तक कुछ भी पक्का नहीं है। नीचे दिए गए कमांड चलाएँ और उनका आउटपुट पेस्ट करें (keys और टोकन छिपा दें)।
reply-mask-reminder = पेस्ट करने से पहले keys और टोकन छिपा दें।
where-cli = गेटवे होस्ट का शेल
where-chat = फ़ेल हो रही OpenClaw बातचीत
where-config = कॉन्फ़िग फ़ाइल
where-config-cli = गेटवे होस्ट का शेल (कॉन्फ़िग फ़ाइल बदलता है)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] आपके पेस्ट में एक सीक्रेट (API key या टोकन) था। उसे यहाँ दोहराया नहीं गया है। वह मैसेज अभी डिलीट करें और उसके प्रोवाइडर पर उस सीक्रेट को रोटेट करें।
       *[other] आपके पेस्ट में { $count } सीक्रेट (API keys या टोकन) थे। उन्हें यहाँ दोहराया नहीं गया है। वह मैसेज अभी डिलीट करें और हर सीक्रेट को उसके प्रोवाइडर पर रोटेट करें।
    }
mojibake-note = आपके पेस्ट के कुछ अक्षर गलत एन्कोडिंग में आए थे; पढ़ने से पहले उन्हें ठीक कर दिया गया।

## Notes

note-flag-too-new = आपका OpenClaw अभी { $flag } नहीं जानता (यह { $since } में आया)। इसके बिना: `{ $command }`
note-flag-too-new-plain = आपका OpenClaw अभी { $flag } नहीं जानता (यह { $since } में आया): वही कमांड इसके बिना चलाएँ।

## Cause titles

cause-oauth_expired = OAuth लॉगिन की समय-सीमा खत्म हो गई है
cause-refresh_token_reused = रिफ़्रेश टोकन दो बार इस्तेमाल हुआ
cause-oauth_scope_missing = लॉगिन में एक ज़रूरी स्कोप नहीं है
cause-missing_api_key = इस प्रोवाइडर के लिए कोई क्रेडेंशियल नहीं है
cause-invalid_api_key = API key रिजेक्ट हो रही है
cause-external_cli_credential_stale = दूसरे CLI से कॉपी किया गया क्रेडेंशियल पुराना है
cause-pinned_profile_missing_credential = पिन की गई प्रोफ़ाइल में कोई क्रेडेंशियल नहीं है
cause-auth_provider_not_loaded = लॉगिन जिस प्रोवाइडर के लिए है, वह लोड नहीं है
cause-per_agent_auth_store = क्रेडेंशियल किसी दूसरे एजेंट के स्टोर में है
cause-auth_store_migration_required = ऑथ स्टोर को माइग्रेट करना ज़रूरी है
cause-profile_excluded_by_auth_order = ऑथ ऑर्डर काम करने वाली प्रोफ़ाइलों को छोड़ देता है
cause-auth_order_not_applied = नया ऑथ ऑर्डर लागू नहीं हुआ
cause-session_pin_stale = फ़ेल हो रही बातचीत अब भी पुरानी प्रोफ़ाइल इस्तेमाल कर रही है
cause-wrong_provider_prefix = मॉडल रेफ़ और प्रोफ़ाइल अलग-अलग प्रोवाइडर के हैं
cause-auth_profile_provider_mismatch = एक प्रोफ़ाइल किसी दूसरे प्रोवाइडर से जुड़ी है
cause-legacy_codex_ids = पुराने openai-codex id, जबकि इस बिल्ड में उनके नाम बदल चुके हैं
cause-unknown_model = यह मॉडल न प्रोवाइडर को पता है, न कॉन्फ़िग को
cause-model_not_allowed = मॉडल अलाउलिस्ट में नहीं है
cause-rate_limit_cooldown = प्रोवाइडर रेट-लिमिट या कूलडाउन में है
cause-billing_disabled = अकाउंट का क्रेडिट खत्म हो गया है
cause-provider_unreachable = प्रोवाइडर तक पहुँचा नहीं जा सका
cause-fallbacks_stripped = इफ़ेक्टिव कॉन्फ़िग से फ़ॉलबैक हट गए हैं
cause-ollama_fallback_dropped = Ollama फ़ॉलबैक जवाब नहीं दे सकता
cause-fallback_not_triggered = टर्न फ़ॉलबैक आज़माए बिना ही फ़ेल हो गया
cause-runtime_unavailable = Codex रनटाइम यह टर्न नहीं चला सकता
cause-cloudflare_403 = ChatGPT रिक्वेस्ट Cloudflare चैलेंज में अटक रही हैं
cause-version_regression = इस OpenClaw बिल्ड का एक ज्ञात बग
cause-gateway_not_reloaded = चल रहा गेटवे अब भी पुरानी स्थिति पर चल रहा है
cause-request_rejected = प्रोवाइडर ने रिक्वेस्ट को ही अस्वीकार कर दिया
cause-status_display_mismatch = स्टेटस स्क्रीन चेतावनी दिखाती है, पर रन काम कर रहे हैं
cause-not_model_auth = यह मॉडल-ऑथ की समस्या नहीं है
cause-all_ok = सब कुछ ठीक दिख रहा है
cause-need_more_info = और आउटपुट चाहिए

## Finding summaries

oauth_expired-summary = { $provider } का सेव किया गया लॉगिन अब अपना एक्सेस टोकन रिफ़्रेश नहीं कर पा रहा, इसलिए उससे होने वाली हर रिक्वेस्ट फ़ेल हो रही है। गेटवे होस्ट पर दोबारा लॉगिन करें, फिर गेटवे रीस्टार्ट करें।
refresh_token_reused-summary = { $provider } का रिफ़्रेश टोकन दो जगहों से इस्तेमाल हुआ (दो गेटवे, हर एजेंट की अलग कॉपी या इम्पोर्ट किया गया CLI टोकन), और अब प्रोवाइडर उसे अस्वीकार कर रहा है। सिर्फ़ एक बार दोबारा लॉगिन करें, सिर्फ़ एक गेटवे रखें और नई प्रोफ़ाइल को सबसे ऊपर रखें।
oauth_scope_missing-summary = { $provider } टोकन में वह स्कोप नहीं है जिसकी रिक्वेस्ट को ज़रूरत है, या लॉगिन ने ऐसा स्कोप माँगा जिसे शायद यह बिल्ड इस्तेमाल नहीं कर सकता।
missing_api_key-summary = जिस एजेंट ने यह टर्न चलाया, उसके पास { $provider } का कोई क्रेडेंशियल नहीं है। उस एजेंट को क्रेडेंशियल दें, फिर गेटवे रीस्टार्ट करें।
invalid_api_key-summary = { $provider } के लिए एक API key भेजी जा रही है और अस्वीकार हो रही है। पता करें कि कौन-सी key लागू हो रही है (सेव की गई प्रोफ़ाइल शेल एनवायरनमेंट से ऊपर रहती है) और उसी को बदलें।
external_cli_credential_stale-summary = OpenClaw दूसरे CLI से कॉपी किया गया { $provider } क्रेडेंशियल इस्तेमाल कर रहा है, और वह कॉपी पुरानी हो चुकी है। पहले सोर्स को रिफ़्रेश करें, फिर दोबारा लॉगिन करें।
pinned_profile_missing_credential-summary = पिन की गई प्रोफ़ाइल { $profile } में कोई इस्तेमाल करने लायक सीक्रेट नहीं है। अभी कोई काम करने वाली प्रोफ़ाइल पिन करें, या { $profile } को क्रेडेंशियल दें।
auth_provider_not_loaded-summary = कोई भी लोड किया गया प्लगइन प्रोवाइडर { $provider } को रजिस्टर नहीं करता, इसलिए लॉगिन शुरू नहीं हो सकता।
per_agent_auth_store-summary = एजेंट { $agent } अपना अलग ऑथ स्टोर पढ़ता है, और उस स्टोर में { $provider } का कोई क्रेडेंशियल नहीं है; आपका लॉगिन किसी दूसरे एजेंट में चला गया। { $agent } के लिए लॉगिन करें।
auth_store_migration_required-summary = यह बिल्ड क्रेडेंशियल एक नए स्टोर फ़ॉर्मैट में रखता है और जब तक doctor पुराने फ़ॉर्मैट को माइग्रेट न करे, उसे नज़रअंदाज़ करता है। गेटवे रोकें, doctor चलाएँ, देखें कि प्रोफ़ाइलें वापस आ गई हैं, फिर गेटवे दोबारा शुरू करें।
profile_excluded_by_auth_order-summary = { $provider } की हर इस्तेमाल करने लायक प्रोफ़ाइल ऑथ ऑर्डर से बाहर है, इसलिए कुछ भी आज़माया नहीं जाता। ऑर्डर खाली करें या उसमें वे प्रोफ़ाइलें डालें जो मौजूद हैं।
auth_order_not_applied-summary = ऑर्डर में किया गया बदलाव उस स्टोर तक नहीं पहुँचा जिसे एजेंट पढ़ता है, इसलिए पुराना ऑर्डर ही लागू है।
session_pin_stale-summary = फ़ेल हो रही बातचीत { $profile } पर पिन है, जिसकी समय-सीमा खत्म हो चुकी है या जो मौजूद नहीं है, जबकि { $working } काम कर रही है। उस बातचीत को काम करने वाली प्रोफ़ाइल पर दोबारा पिन करें।
session_pin_stale-override-summary = फ़ेल हो रही बातचीत का अपना प्रोफ़ाइल ओवरराइड ({ $profile }) है, जिस पर CLI के बदलावों का असर नहीं होता। उसे उसी बातचीत में दोबारा पिन करें।
session_pin_stale-cli-healthy-summary = CLI प्रोब दिखाता है कि { $working } काम कर रही है, फिर भी बातचीत फ़ेल हो रही है: वह अपनी पुरानी प्रोफ़ाइल पर टिकी है। फ़ेल हो रही बातचीत में काम करने वाली प्रोफ़ाइल पिन करें; पुरानी प्रोफ़ाइल को ऑर्डर से बाहर रखना जानबूझकर किया गया है, इसलिए ऑर्डर खाली न करें।
wrong_provider_prefix-summary = पिन में मॉडल रेफ़ का प्रोवाइडर वही होना चाहिए जो प्रोफ़ाइल का है। { $profile } प्रोवाइडर { $provider } की प्रोफ़ाइल है, इसलिए इस रिलीज़ में रेफ़ उसी प्रोवाइडर से शुरू होना चाहिए।
wrong_provider_prefix-default-summary = इस रिलीज़ में, सिर्फ़ Codex OAuth लॉगिन होने पर openai/… मॉडल के पास कोई क्रेडेंशियल नहीं होता; डिफ़ॉल्ट मॉडल को openai-codex प्रोवाइडर इस्तेमाल करना होगा।
auth_profile_provider_mismatch-summary = { $profile } किसी दूसरे प्रोवाइडर की प्रोफ़ाइल है और उसे { $provider } के ऑर्डर में नहीं रखा जा सकता। हर प्रोवाइडर के ऑर्डर में सिर्फ़ उसी की प्रोफ़ाइलें रखें; दूसरे प्रोवाइडर के लिए मॉडल फ़ॉलबैक इस्तेमाल करें।
legacy_codex_ids-summary = कॉन्फ़िग या प्रोफ़ाइलें अब भी पुराने openai-codex id इस्तेमाल कर रही हैं, जिनके नाम इस रिलीज़ ने बदल दिए हैं या जिन्हें यह अस्वीकार करती है। doctor से उन्हें माइग्रेट करवाएँ।
unknown_model-summary = { $model } न प्रोवाइडर के कैटलॉग में है, न कॉन्फ़िग में। ऐसा मॉडल id चुनें जो प्रोवाइडर की सूची में हो।
model_not_allowed-summary = { $model } एजेंट की मॉडल अलाउलिस्ट से बाहर है। उसे जोड़ें, फिर दोबारा चुनें।
rate_limit_cooldown-summary = रेट-लिमिट या यूसेज-लिमिट एरर के बाद { $provider } अभी कूलडाउन में है; दोबारा लॉगिन करने से फ़ायदा नहीं होगा। इंतज़ार करें, या कोई दूसरी प्रोफ़ाइल या फ़ॉलबैक जोड़ें।
billing_disabled-summary = प्रोवाइडर ने बिलिंग या कोटा की वजह से मना कर दिया और प्रोफ़ाइल कुछ घंटों के लिए बंद कर दी गई है। प्रोवाइडर पर क्रेडिट टॉप-अप करें, या तब तक प्रोवाइडर बदल लें।
provider_unreachable-summary = { $provider } से कोई काम का जवाब नहीं आया (टाइमआउट, नेटवर्क, TLS या सर्वर एरर)। गेटवे होस्ट से कनेक्टिविटी जाँचें।
fallbacks_stripped-summary = एजेंट { $agent } अपना मॉडल एक सादी स्ट्रिंग के रूप में सेट करता है, जिससे डिफ़ॉल्ट फ़ॉलबैक पूरी तरह हट जाते हैं। fallbacks सूची के साथ ऑब्जेक्ट फ़ॉर्म इस्तेमाल करें।
ollama_fallback_dropped-summary = Ollama फ़ॉलबैक की न कोई प्रोवाइडर एंट्री है, न प्लेसहोल्डर key, इसलिए चेन के वहाँ पहुँचते ही वह फ़ेल हो जाता है।
fallback_not_triggered-summary = फ़ॉलबैक आज़माए बिना ही फ़ेलियर ने टर्न खत्म कर दिया; इस बिल्ड में उस जगह लूप या यूसेज-लिमिट का बग है।
fallback_not_triggered-selected-summary = फ़ेल हो रही बातचीत में { $model } हाथ से चुना गया है। हाथ से चुना गया मॉडल वैसे ही इस्तेमाल होता है: वह कभी किसी दूसरे मॉडल पर नहीं जाता। डिफ़ॉल्ट मॉडल पर वापस जाएँ।
runtime_unavailable-summary = Codex रनटाइम (app-server या प्लगइन) यह टर्न नहीं चला सकता, अक्सर इसलिए कि बाहर से लगाया गया codex प्लगइन कोर से पुराने वर्ज़न का है।
cloudflare_403-summary = ChatGPT/Codex रिक्वेस्ट को Cloudflare चैलेंज पेज मिल रहा है, जिसे यह बिल्ड DNS फ़ेलियर या रेट-लिमिट के रूप में दिखाता है।
version_regression-summary = इस बिल्ड में एक ज्ञात बग है: नया Codex लॉगिन प्रोब पास कर लेता है, पर रनटाइम रिफ़्रेश में फ़ेल हो जाता है।
version_regression-known-summary = OpenClaw { $version } में ठीक इसी लक्षण वाला एक ज्ञात बग है; यह { $fixed } में ठीक हो चुका है। किसी नए वर्ज़न पर अपडेट करें (स्टोरेज माइग्रेशन के पार कभी डाउनग्रेड न करें)।
gateway_not_reloaded-summary = CLI को { $provider } क्रेडेंशियल दिख रहा है, लेकिन चल रहे गेटवे को रीस्टार्ट नहीं किया गया और वह अब भी पुरानी स्थिति पर चल रहा है।
request_rejected-summary = प्रोवाइडर ने क्रेडेंशियल नहीं, बल्कि रिक्वेस्ट बॉडी (स्कीमा या कॉन्टेक्स्ट साइज़) अस्वीकार की है। नया सेशन शुरू करें; दोबारा लॉगिन की ज़रूरत नहीं है।
status_display_mismatch-summary = स्टेटस स्क्रीन पर { $profile } एक्सपायर दिख रही है, जबकि रन ठीक चल रहे हैं; कुछ भी टूटा नहीं है। सिर्फ़ चेतावनी हटाने के लिए उसे रिफ़्रेश करें।
not_model_auth-summary = यह गेटवे या डिवाइस ऑथेंटिकेशन है, मॉडल क्रेडेंशियल नहीं; models auth कमांड से इसमें कोई बदलाव नहीं होगा।
not_model_auth-channel-summary = यह चैट-चैनल टोकन (बॉट अकाउंट) है, मॉडल क्रेडेंशियल नहीं; models auth कमांड से इसमें कोई बदलाव नहीं होगा।
all_ok-summary = प्रोब की गई हर प्रोफ़ाइल जवाब दे रही है और पेस्ट में कहीं कोई फ़ेलियर नहीं दिखता। अगर कोई चैट फिर भी फ़ेल हो, तो उसका एरर और उसका /model status पेस्ट करें।

## Step notes

step-login = गेटवे होस्ट पर { $provider } के लिए दोबारा लॉगिन करें (ब्राउज़र खुलेगा या एक कोड दिखेगा)।
step-restart = गेटवे रीस्टार्ट करें ताकि चल रहा प्रोसेस ऑथ दोबारा लोड करे।
step-verify = लाइव प्रोब से जाँचें कि क्रेडेंशियल काम कर रहा है।
step-upgrade = OpenClaw को सबसे नई रिलीज़ पर अपडेट करें।
step-doctor-fix = doctor से कॉन्फ़िग और प्रोफ़ाइलें माइग्रेट करवाएँ।
step-claude-setup-token = नया Claude सेटअप टोकन बनाएँ, फिर उसे OpenClaw में सेव करें।
step-one-gateway = पक्का करें कि इस स्टेट डायरेक्टरी के लिए सिर्फ़ एक गेटवे चल रहा हो।
step-order-new-id = नई बनाई गई प्रोफ़ाइल को सबसे ऊपर रखें (उसका id लॉगिन आउटपुट से कॉपी करें)।
step-drop-baseurl = Platform API का baseUrl हटाएँ ताकि ChatGPT टोकन वहाँ न भेजा जाए।
step-local-placeholder-key = लोकल प्रोवाइडर को सिर्फ़ एक प्लेसहोल्डर key चाहिए।
step-configure-key = { $provider } की key इंटरैक्टिव तरीके से डालें (keys कभी चैट में पेस्ट न करें)।
step-env-file = या key गेटवे की env फ़ाइल में रखें: सर्विस शेल के export को नज़रअंदाज़ करती है।
step-read-effective = प्रोवाइडर का effective= सोर्स पढ़ें: वही key भेजी जा रही है।
step-refresh-external-cli = पहले दूसरे CLI का अपना लॉगिन रिफ़्रेश करें।
step-pin-working = फ़ेल हो रही बातचीत में काम करने वाली प्रोफ़ाइल { $profile } पिन करें, फिर एक सामान्य टेस्ट मैसेज भेजें।
step-login-renamed-codex = इस रिलीज़ में ChatGPT/Codex OAuth, openai प्रोवाइडर के तहत लॉगिन करता है।
step-check-profiles-back = जाँचें कि प्रोफ़ाइलें फिर से सूची में दिख रही हैं; अगर सूची खाली है, तो दोबारा लॉगिन करें।
step-order-clear = एजेंट-स्तर का ऑर्डर ओवरराइड हटाएँ।
step-order-set-alternative = या ऑर्डर में वे प्रोफ़ाइलें डालें जो मौजूद हैं।
step-release-lock = गेटवे रोकें ताकि वह स्टोर का लॉक छोड़ दे।
step-pin = फ़ेल हो रही बातचीत में { $profile } पिन करें, फिर एक सामान्य टेस्ट मैसेज भेजें।
step-cross-provider-fallback = किसी दूसरे प्रोवाइडर को बैकअप के रूप में इस्तेमाल करना हो, तो इसके बजाय मॉडल फ़ॉलबैक जोड़ें।
step-new-drops-auto = नया सेशन अपने-आप बने ओवरराइड को हटा देता है।
step-find-current-id = प्रोफ़ाइल का मौजूदा id ढूँढें (नए लॉगिन से नया id बन सकता है)।
step-pin-current-id = फिर उस id को फ़ेल हो रही बातचीत में पिन करें।
step-undo-5-5-rewrite = डिफ़ॉल्ट मॉडल में हुआ 5.5 वाला बदलाव वापस लें।
step-set-unified-ref = या मौजूदा मॉडल रेफ़ हाथ से सेट करें।
step-ollama-model-entry = मॉडल को ollama प्रोवाइडर की मॉडल सूची में जोड़ें।
step-list-models = यह प्रोवाइडर जो मॉडल id देता है, उनकी सूची देखें।
step-set-listed-model = उस सूची में से किसी id को डिफ़ॉल्ट सेट करें।
step-allow-model = मॉडल को अलाउलिस्ट में जोड़ें (एरर में दिखाया गया कमांड इस्तेमाल करें)।
step-see-cooldowns = देखें कि कौन-सी प्रोफ़ाइलें कूलडाउन में हैं और कितनी देर के लिए (Unavailable auth profiles)।
step-add-fallback = किसी दूसरे प्रोवाइडर पर फ़ॉलबैक जोड़ें ताकि तब तक टर्न चलते रहें।
step-after-top-up = टॉप-अप के बाद, सेव की गई डिसेबल स्थिति हटाएँ।
step-object-form-model = एजेंट का मॉडल ऑब्जेक्ट फ़ॉर्म में, उसके फ़ॉलबैक के साथ लिखें।
step-check-fallbacks = जाँचें कि अब Fallbacks (N) में वे दिख रहे हैं।
step-reset-selection = फ़ेल हो रही बातचीत को डिफ़ॉल्ट मॉडल पर रीसेट करें।
step-inspect-codex-plugin = codex प्लगइन का रनटाइम वर्ज़न कोर के वर्ज़न से मिलाएँ।
step-find-stale-plugin = codex प्लगइन की पुरानी बाहरी कॉपी को अपडेट करें या हटाएँ।
step-step-back-same-era = या उसी स्टोरेज फ़ॉर्मैट वाली आखिरी ठीक चलने वाली रिलीज़ पर वापस जाएँ।
step-codex-backend-url = अगर इसी रिलीज़ पर रहना है: Codex रिक्वेस्ट ChatGPT बैकएंड पर भेजें।
step-new-session = फ़ेल हो रही बातचीत में नया सेशन शुरू करें।
step-check-api = जाँचें कि दिखाया गया api: मॉडल से मेल खाता है।
step-clear-display = सिर्फ़ चेतावनी हटाने के लिए: Claude CLI का लॉगिन रिफ़्रेश करें और उसे दोबारा लिंक करें।
step-channel-status = जाँचें कि कौन-सा चैनल शुरू नहीं हो रहा।
step-channel-token = उस चैनल के लिए नया बॉट टोकन डालें।

## Asks

ask-version = अगला स्टेप OpenClaw की रिलीज़ पर निर्भर करता है।
ask-model-status-if-chat-fails = सिर्फ़ तभी जब कोई चैट अब भी फ़ेल हो: इसे उसी बातचीत में चलाएँ।
ask-models-status = डिफ़ॉल्ट मॉडल, फ़ॉलबैक, हर प्रोवाइडर का इफ़ेक्टिव क्रेडेंशियल और कूलडाउन दिखाता है।
ask-probe = हर प्रोफ़ाइल को लाइव टेस्ट करता है और दिखाता है कि कौन-सी फ़ेल हो रही है और क्यों।
ask-order = दिखाता है कि ऑर्डर किन प्रोफ़ाइलों को आगे जाने देता है।
ask-model-status = इसे फ़ेल हो रही बातचीत में चलाएँ: यह दिखाता है कि वह बातचीत कौन-सी प्रोफ़ाइल इस्तेमाल कर रही है।
ask-auth-list = पिन करने के लिए सटीक प्रोफ़ाइल id दिखाता है।
ask-decision-lines = किसी एक फ़ेल हुए टर्न की [model-fallback/decision] लाइनें कॉपी करें।

## Errors (command line and bots)

error-file-missing = { $path } पढ़ी नहीं जा सकती: फ़ाइल मौजूद नहीं है।
error-file-unreadable = { $path } पढ़ी नहीं जा सकती: { $reason }
error-binary = { $path } पेस्ट किया गया टेक्स्ट नहीं, बल्कि बाइनरी डेटा लगता है।
error-too-large = { $path } { $limit } बाइट से बड़ी है; सिर्फ़ काम का आउटपुट पेस्ट करें।
error-unknown-lang = अनजान भाषा { $lang }; इनमें से कोई एक इस्तेमाल करें: { $list }।
error-bad-version = OpenClaw वर्ज़न { $version } पढ़ा नहीं जा सका; 2026.6.9 जैसा फ़ॉर्मैट इस्तेमाल करें।

## Discord and web front doors

cmd-diagnose-description = पेस्ट किए गए OpenClaw आउटपुट का निदान करें और अगला स्टेप पाएँ
opt-paste-description = निदान के लिए आउटपुट (लंबे पेस्ट के लिए फ़ॉर्म खोलना हो तो खाली छोड़ें)
opt-file-description = आउटपुट वाली .txt, .log या .json फ़ाइल, या आउटपुट का स्क्रीनशॉट
opt-version-description = आपका OpenClaw वर्ज़न, जैसे 2026.6.9
opt-language-description = जवाब की भाषा
cmd-model-description = /model status आउटपुट समझें या सही /model पिन बनाएँ
cmd-model-status-description = पेस्ट किया गया /model status या models status आउटपुट समझें
cmd-model-pin-description = किसी प्रोफ़ाइल के लिए /model पिन बनाएँ
opt-profile-description = ऑथ प्रोफ़ाइल id, जैसे openai:work
opt-model-description = मॉडल, जैसे openai/gpt-5.5
ctx-diagnose-name = निदान करें
modal-title = OpenClaw आउटपुट पेस्ट करें
modal-field-label = आउटपुट (keys और टोकन छिपाएँ)
button-worked = काम कर गया
button-still-failing = अब भी फ़ेल
button-show-in = { $language } में दिखाएँ
reply-thanks = पुष्टि करने के लिए धन्यवाद। खुशी है कि यह काम कर गया।
reply-still-failing = माफ़ कीजिए। अगला आउटपुट यहाँ पेस्ट करें, उसे पिछले मैसेज के साथ मिलाकर पढ़ा जाएगा।
pin-explain = प्रोफ़ाइल { $profile } प्रोवाइडर { $provider } की है, इसलिए इस रिलीज़ में मॉडल रेफ़ { $provider }/ से शुरू होना चाहिए।
pin-explain-renamed = इस रिलीज़ में ChatGPT/Codex प्रोफ़ाइलों के नाम openai:… होते हैं; पहले doctor चलाएँ ताकि { $profile } मौजूद हो।
error-no-input = निदान के लिए कुछ नहीं है: आउटपुट पेस्ट करें या फ़ाइल अटैच करें।
error-attachment-type = सिर्फ़ .txt, .log और .json फ़ाइलें और PNG, JPEG या WebP स्क्रीनशॉट पढ़े जा सकते हैं।
error-internal = हमारी तरफ़ कुछ गड़बड़ हो गई; जवाब नहीं बन सका। कृपया फिर से कोशिश करें।
error-rate-limited = अभी बहुत ज़्यादा रिक्वेस्ट आ रही हैं; कृपया { $seconds } सेकंड रुकें।
web-title = clawmedic — OpenClaw आउटपुट का निदान
web-paste-label = OpenClaw आउटपुट यहाँ पेस्ट करें (कुछ भी दिखाने से पहले keys और टोकन छिपा दिए जाते हैं)
web-submit = निदान करें
web-copy = कॉपी करें
web-copied = कॉपी हो गया
cmd-watch-description = इस चैनल में पेस्ट किए गए OpenClaw आउटपुट का अपने-आप निदान चालू या बंद करें
opt-watch-mode-description = on: यहाँ पेस्ट किए गए OpenClaw आउटपुट का जवाब दें; off: बंद करें
watch-on = { $channel } पर नज़र रखी जा रही है: OpenClaw आउटपुट वाले मैसेज का निदान किया जाएगा, हर थ्रेड में { $seconds } सेकंड में ज़्यादा से ज़्यादा एक जवाब।
watch-off = अब { $channel } पर नज़र नहीं रखी जा रही।
watch-unavailable = इस बॉट के कॉन्फ़िगरेशन में वॉच मोड बंद है।
error-permission = इसे बदलने के लिए आपको "सर्वर प्रबंधित करें" (Manage Server) अनुमति चाहिए।
error-guild-only = यह कमांड सिर्फ़ किसी सर्वर चैनल में काम करता है।
error-store = सेटिंग अभी सेव नहीं हो सकी; कृपया एक मिनट बाद फिर कोशिश करें।
error-no-memory = यह निदान अब याद नहीं है (इसकी अवधि खत्म हो गई, या मेमोरी तक पहुँचा नहीं जा सका)। अपने आउटपुट के साथ कमांड फिर से चलाएँ।
error-download = अटैचमेंट { $path } डाउनलोड नहीं हो सका; उसकी जगह उसका टेक्स्ट पेस्ट करें।
error-bad-profile = { $profile } ऑथ प्रोफ़ाइल id नहीं है; id provider:name जैसे दिखते हैं, जैसे openai:work।
pin-title = आपकी OpenClaw बातचीत के लिए /model पिन
pin-model-placeholder = <model> की जगह ऐसा मॉडल डालें जो { $provider } देता हो; उसी बातचीत में /models { $provider } चलाने पर उनकी सूची दिखती है।
status-title = आपका /model status, आसान शब्दों में
status-current = जिस बातचीत में आपने इसे चलाया, वह { $model } इस्तेमाल कर रही है।
status-current-selected = जिस बातचीत में आपने इसे चलाया, वह { $model } इस्तेमाल कर रही है, जिसे हाथ से चुना गया है: हाथ से चुना गया मॉडल कभी दूसरे मॉडल पर फ़ॉलबैक नहीं करता।
status-default = डिफ़ॉल्ट मॉडल { $model } है।
status-active = { $provider } को अगली रिक्वेस्ट प्रोफ़ाइल { $profile } से जाएगी।
status-auth-ok = { $profile }: लॉगिन है, अभी { $remaining } और मान्य है।
status-auth-ok-plain = { $profile }: लॉगिन है।
status-auth-expiring = { $profile }: { $remaining } में एक्सपायर होगी; जल्द ही लॉगिन रिफ़्रेश करें।
status-auth-expired = { $profile }: लॉगिन एक्सपायर हो चुका है।
status-auth-missing = { $profile }: कोई क्रेडेंशियल सेव नहीं है।
status-auth-cooldown = { $profile }: एरर के बाद कूलडाउन में ({ $remaining } बाकी)।
status-auth-disabled = { $profile }: बंद ({ $reason })।
status-not-recognized = यह /model status या models status का आउटपुट नहीं है। फ़ेल हो रही बातचीत में /model status चलाएँ, या गेटवे होस्ट पर openclaw models status चलाएँ, और पूरा आउटपुट पेस्ट करें।
web-language-auto = पेस्ट जैसी ही (अपने-आप पहचानी गई)
web-privacy = आप जो पेस्ट करते हैं वह न सहेजा जाता है न लॉग होता है; सिर्फ़ निदान दिखाया जाता है।
web-image-label = या टर्मिनल का स्क्रीनशॉट (PNG, JPEG या WebP): उसे यहाँ चुनें, या ऊपर वाले बॉक्स में ड्रॉप या पेस्ट करें
step-unusable-name = आपके पेस्ट के एक नाम में ऐसे अक्षर हैं जो किसी OpenClaw नाम में नहीं होते, इसलिए उसे इस कमांड में कॉपी नहीं किया गया: `{ $placeholder }` की जगह OpenClaw के अपने आउटपुट से सटीक नाम लिखें।
step-uncertain-read = मैंने आपके स्क्रीनशॉट से `{ $read }` पढ़ा, पर हर अक्षर पर पक्का भरोसा नहीं है, इसलिए यह इस कमांड में नहीं है: `{ $placeholder }` की जगह अपने टर्मिनल से सटीक id (टेक्स्ट के रूप में) कॉपी करें।

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = आपका दिया वर्ज़न, “{ $given }”, OpenClaw की ऐसी कोई रिलीज़ नहीं है जिसे यह बिल्ड जानता हो, इसलिए इसका इस्तेमाल नहीं किया गया। गेटवे होस्ट पर `openclaw --version` सटीक वर्ज़न बताता है।
note-version-conflict = आपने OpenClaw { $given } बताया, लेकिन पेस्ट में { $pasted } दिखता है; यह जवाब { $given } इस्तेमाल करता है, यानी आपका बताया वर्ज़न।
error-file-is-dir = { $path } एक फ़ोल्डर है, फ़ाइल नहीं: वह फ़ाइल दें जिसमें आउटपुट है।
error-file-permission = { $path } पढ़ी नहीं जा सकती: आपको यह फ़ाइल पढ़ने की अनुमति नहीं है।
error-malformed-json = रिक्वेस्ट बॉडी ऐसा JSON नहीं है जिसे यह API पढ़ता है: `paste` (टेक्स्ट) या `messages` (टेक्स्ट की सूची) वाला ऑब्जेक्ट भेजें।
error-bad-thread = थ्रेड id में A-Z, a-z, 0-9, _ और - में से 16 से 128 अक्षर होने चाहिए; कोई रैंडम id इस्तेमाल करें।
error-too-many-messages = एक रिक्वेस्ट में ज़्यादा से ज़्यादा { $limit } मैसेज; बाकी दूसरी रिक्वेस्ट में भेजें।
cause-login_requires_tty = लॉगिन को एक टर्मिनल चाहिए था जो उसे नहीं मिला
cause-oauth_profile_not_attached = ChatGPT/Codex लॉगिन रिक्वेस्ट के साथ नहीं जुड़ रहा
cause-agent_model_override = एजेंट का अपना मॉडल डिफ़ॉल्ट मॉडल पर भारी पड़ रहा है
cause-models_json_rejected = एक प्रोवाइडर एंट्री की वजह से OpenClaw पूरा मॉडल कॉन्फ़िग अस्वीकार कर देता है
cause-custom_model_misrouted = एक कस्टम मॉडल किसी दूसरे प्रोवाइडर के एंडपॉइंट पर भेजा जा रहा है
cause-auth_profile_wrong_type = सीक्रेट गलत तरह के क्रेडेंशियल के रूप में सेव है
cause-context_window_too_small = मॉडल की कॉन्टेक्स्ट विंडो OpenClaw की न्यूनतम सीमा से कम है
cause-profile_param_ignored = params.authProfileId अकाउंट नहीं चुनता
cause-default_model_not_set = बिल्ट-इन डिफ़ॉल्ट मॉडल अब भी इस्तेमाल हो रहा है
cause-ssrf_blocked = OpenClaw के प्राइवेट-नेटवर्क गार्ड ने प्रोवाइडर का पता ब्लॉक कर दिया
cause-context_overflow = बातचीत अब मॉडल के कॉन्टेक्स्ट में नहीं समाती
cause-oauth_refresh_transient = लॉगिन रिफ़्रेश एक बार फ़ेल हुआ, पर लॉगिन एक्सपायर नहीं हुआ था
cause-env_key_not_bound = key एनवायरनमेंट में है, पर प्रोवाइडर से जुड़ी नहीं है
cause-turn_timeout = टर्न अपनी समय-सीमा से आगे चला गया
cause-directive_syntax = /model कमांड ऐसे रूप में लिखा गया जिसे OpenClaw स्वीकार नहीं करता
login_requires_tty-summary = लॉगिन बिना इंटरैक्टिव टर्मिनल के चला (कोई स्क्रिप्ट, पाइप या -t के बिना docker exec), इसलिए कुछ पूछने से पहले ही रुक गया। इसकी जगह सीक्रेट को पाइप से किसी paste कमांड में भेजें, या लॉगिन किसी असली टर्मिनल से चलाएँ।
oauth_profile_not_attached-summary = ChatGPT/Codex OAuth प्रोफ़ाइल होने के बावजूद रिक्वेस्ट बिना किसी क्रेडेंशियल के OpenAI Platform API पर जा रही हैं: टर्न Codex रनटाइम से होकर नहीं जा रहा। बदलने के लिए कोई key है ही नहीं।
agent_model_override-summary = एजेंट { $agent } का अपना मॉडल ({ $model }) है, जो आपके बदले हुए डिफ़ॉल्ट पर भारी पड़ता है। एजेंट का मॉडल बदलें या हटाएँ।
agent_model_override-summary-plain = एक एजेंट का अपना मॉडल है, जो आपके बदले हुए डिफ़ॉल्ट पर भारी पड़ता है। उस एजेंट का मॉडल बदलें या हटाएँ।
models_json_rejected-summary = OpenClaw ने अपनी बनाई मॉडल सूची अस्वीकार कर दी, क्योंकि { $provider } की एंट्री अमान्य है; जब तक वह अस्वीकार है, दूसरे प्रोवाइडर के मॉडल भी अनजान या अनुमति-रहित दिखते हैं।
custom_model_misrouted-summary = { $provider } की कस्टम मॉडल एंट्री का अपना api और baseUrl नहीं है, इसलिए रिक्वेस्ट किसी दूसरे प्रोवाइडर के एंडपॉइंट पर जाती हैं, जो key अस्वीकार कर देता है। key अपने-आप में ठीक है।
auth_profile_wrong_type-summary = { $provider } का सीक्रेट सही है, पर उस प्रोवाइडर के लिए गलत तरह के क्रेडेंशियल के रूप में सेव है, इसलिए OpenClaw उसे गलत तरीके से भेजता है। उसे उसकी तरह वाले कमांड से दोबारा सेव करें।
context_window_too_small-summary = { $model } की कॉन्टेक्स्ट विंडो { $ctx } टोकन पर सेट है, जो OpenClaw की न्यूनतम सीमा { $min } से कम है, इसलिए OpenClaw उसे इस्तेमाल करने से मना करता है। आम तौर पर सेट की गई वैल्यू कॉपी किया हुआ डिफ़ॉल्ट होती है, मॉडल की असली विंडो नहीं।
context_window_too_small-summary-plain = मॉडल की कॉन्टेक्स्ट विंडो OpenClaw की न्यूनतम सीमा से कम पर सेट है, इसलिए OpenClaw उसे इस्तेमाल करने से मना करता है। आम तौर पर सेट की गई वैल्यू कॉपी किया हुआ डिफ़ॉल्ट होती है, मॉडल की असली विंडो नहीं।
profile_param_ignored-summary = मॉडल एंट्री में params.authProfileId अकाउंट नहीं चुनता: OpenClaw फिर भी ऑथ ऑर्डर की पहली प्रोफ़ाइल इस्तेमाल करता है। प्रोफ़ाइल को बातचीत में पिन करें, या उसे ऑर्डर में सबसे ऊपर रखें।
default_model_not_set-summary = OpenClaw अब भी अपना बिल्ट-इन डिफ़ॉल्ट मॉडल ({ $provider }) चला रहा है, जिसे आपने कभी सेट अप नहीं किया। अपने चुने हुए मॉडल को डिफ़ॉल्ट सेट करें; { $provider } की कोई key नहीं चाहिए।
ssrf_blocked-summary = OpenClaw ने कनेक्ट करने से मना कर दिया, क्योंकि प्रोवाइडर का पता किसी प्राइवेट या खास इस्तेमाल वाले IP पर रिज़ॉल्व होता है (fake-IP प्रॉक्सी या स्प्लिट DNS ऐसा करते हैं)। DNS या प्रॉक्सी मोड ठीक करें, या जानबूझकर लोकल रखे गए सर्वर के लिए प्राइवेट पते की अनुमति दें।
context_overflow-summary = बातचीत मॉडल की कॉन्टेक्स्ट विंडो से बड़ी हो गई है। उसे कॉम्पैक्ट करें या नया सेशन शुरू करें; बड़े कॉन्टेक्स्ट वाला मॉडल भी मदद करता है।
oauth_refresh_transient-summary = { $provider } का लॉगिन रिफ़्रेश एक बार फ़ेल हुआ, बिना यह बताए कि लॉगिन एक्सपायर हुआ है (नेटवर्क की छोटी गड़बड़ी या व्यस्त टोकन एंडपॉइंट)। पहले फिर से कोशिश करें; दोबारा लॉगिन तभी करें जब ऐसा बार-बार हो।
env_key_not_bound-summary = { $env } गेटवे के एनवायरनमेंट में सेट है, पर यह बिल्ड उसे तभी इस्तेमाल करता है जब प्रोवाइडर कॉन्फ़िग उसका ज़िक्र करे। doctor से उसे जुड़वाएँ, या models.providers.{ $provider }.apiKey में उसका रेफ़रेंस दें।
turn_timeout-summary = टर्न कुल समय-सीमा से आगे चला गया और रोक दिया गया; प्रोवाइडर ने खुद जवाब दिया था। लंबे काम के लिए सीमा बढ़ाएँ, या कोई सब-एजेंट इस्तेमाल करें।
directive_syntax-summary = /model कमांड में प्रोफ़ाइल से पहले मॉडल चाहिए: /model provider/model@profile।
step-paste-api-key-stdin = key को पाइप से paste कमांड में भेजें (टर्मिनल की ज़रूरत नहीं); पहले KEY सेट करें, वह दिखेगी नहीं।
step-paste-token-stdin = टोकन या सेटअप टोकन हो, तो उसे पाइप से paste-token में भेजें।
step-docker-tty = या कंटेनर के अंदर किसी इंटरैक्टिव टर्मिनल से लॉगिन चलाएँ।
step-codex-runtime-inspect = जाँचें कि Codex रनटाइम प्लगइन लोड है और अप-टू-डेट है।
step-edit-agent-model = कॉन्फ़िग फ़ाइल में एजेंट का अपना मॉडल (agents.list → model) बदलें या हटाएँ, ताकि डिफ़ॉल्ट लागू हो।
step-check-agent-model = जाँचें कि वह एजेंट असल में कौन-सा मॉडल इस्तेमाल करता है।
step-fix-provider-entry = models.providers.{ $provider } को एक apiKey दें (किसी एनवायरनमेंट वेरिएबल का रेफ़रेंस, या लोकल सर्वर के लिए कोई भी प्लेसहोल्डर), या उसकी कस्टम मॉडल सूची हटा दें।
step-list-models-after-fix = गेटवे के अपनी मॉडल सूची दोबारा बना लेने के बाद मॉडल फिर से लिस्ट करें।
step-set-api-baseurl = models.providers.{ $provider } पर api और baseUrl सेट करें ताकि रिक्वेस्ट उसी प्रोवाइडर के एंडपॉइंट पर जाएँ (या कस्टम एंट्री हटाकर कैटलॉग का कोई मॉडल इस्तेमाल करें)।
step-set-context-window = models.providers.{ $provider }.models में मॉडल की असली contextWindow सेट करें (सेट की गई वैल्यू न्यूनतम से कम है)।
step-choose-bigger-model = या बड़ी कॉन्टेक्स्ट विंडो वाला मॉडल चुनें।
step-pin-profile = प्रोफ़ाइल को फ़ेल हो रही OpenClaw बातचीत में पिन करें।
step-order-first = या प्रोफ़ाइल को { $provider } के ऑथ ऑर्डर में सबसे ऊपर रखें।
step-set-default-model = जो मॉडल आप असल में इस्तेमाल करते हैं, उसे डिफ़ॉल्ट सेट करें।
step-ssrf-allow-private = सिर्फ़ जानबूझकर लोकल या प्राइवेट रखे गए मॉडल सर्वर के लिए: उस प्रोवाइडर के लिए प्राइवेट पतों की अनुमति दें।
step-check-dns-proxy = गेटवे होस्ट पर जाँचें कि प्रोवाइडर का होस्ट किस पते पर रिज़ॉल्व होता है (fake-IP मोड वाला प्रॉक्सी 198.18.x.x देता है)।
step-compact = फ़ेल हो रही बातचीत को कॉम्पैक्ट करें।
step-login-if-repeats = सिर्फ़ तभी जब यह बार-बार फ़ेल हो: { $provider } में दोबारा लॉगिन करें।
step-raise-timeout = लंबे काम के लिए हर टर्न की कुल सीमा (सेकंड में) बढ़ाएँ।
step-doctor-bind-env = doctor से एनवायरनमेंट की key को प्रोवाइडर से जुड़वाएँ।
step-env-ref = या प्रोवाइडर की apiKey में उस वेरिएबल का रेफ़रेंस दें।
step-store-right-type = सीक्रेट को उसकी तरह वाले कमांड से दोबारा सेव करें।
step-update-fixed = OpenClaw अपडेट करें: बाद की रिलीज़ में यह ठीक हो चुका है।
ask-logs-one-turn = किसी एक फ़ेल हुए टर्न की लॉग लाइनें वह एरर दिखाती हैं जो OpenClaw को मिला।
reply-candidates = यह “{ $first }” या “{ $second }” जैसा लगता है; नीचे दिया गया कमांड दोनों में फ़र्क करता है।

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
status_display_mismatch-runs-work-summary = एक स्टेटस स्क्रीन समस्या बता रही है, लेकिन आपके अनुसार रन खुद ठीक चल रहे हैं: यह चेतावनी इस बारे में है कि स्टेटस सेटअप को कैसे पढ़ता है, रिक्वेस्ट के बारे में नहीं। रन के लिए कुछ भी ठीक करने की ज़रूरत नहीं है।
not_model_auth-session-lock-summary = सेशन फ़ाइल किसी दूसरे प्रोसेस ने लॉक कर रखी है (अक्सर दूसरा गेटवे या अटका हुआ रन), इसलिए हर मॉडल एक ही तरह फ़ेल होता है। यह मॉडल क्रेडेंशियल की समस्या नहीं है: पक्का करें कि एक ही गेटवे चल रहा है, फिर उसे रीस्टार्ट करें।
not_model_auth-plugin-registry-summary = डाउनलोड प्लगइन रजिस्ट्री ने अस्वीकार किया (रेट लिमिट या कोई एरर), किसी मॉडल प्रोवाइडर ने नहीं। इंस्टॉल बाद में फिर से आज़माएँ; आपके मॉडल सेटअप का इससे कोई लेना-देना नहीं है।
step-retry-plugin-later = देखें कि क्या इंस्टॉल है, फिर कुछ मिनट बाद इंस्टॉल दोबारा चलाएँ।
version_regression-live-switch-summary = सेशन /model स्विच को पेंडिंग मार्क करता है लेकिन उसे कभी लागू नहीं करता, इसलिए जवाब पुराने मॉडल से ही आते रहते हैं। बाद की रिलीज़ में यह ठीक हो गया है।
step-check-switch = अपडेट के बाद फिर से स्विच करें और जाँचें कि सेशन सच में नया मॉडल इस्तेमाल कर रहा है।
model_not_allowed-picker-summary = स्विच { $model } के रूप में अस्वीकार हुआ: पुराने Control UI पिकर किसी दूसरे प्रोवाइडर के मॉडल के आगे सेशन का प्रोवाइडर जोड़ देते हैं। पूरा ref खुद चुनें, या अपडेट करें।
step-pick-full-ref = फ़ेल हो रही OpenClaw बातचीत में मॉडल को उसके पूरे provider/model ref के साथ चुनें।
step-set-suggested-model = वह मॉडल इस्तेमाल करें जो OpenClaw का मैसेज आपके लॉगिन के लिए सुझाता है।
step-onboard-codex = Codex लॉगिन को onboarding से जोड़ें (पुराने बिल्ड में इसके लिए कोई प्रोवाइडर प्लगइन नहीं है)।
step-enable-plugin = प्रोवाइडर का प्लगइन चालू करें, फिर गेटवे रीस्टार्ट करें और दोबारा लॉगिन करें।
step-order-read = उस प्रोवाइडर के लिए लागू ऑथ ऑर्डर पढ़ें।
session_pin_stale-order-summary = सेशन अपना अलग प्रोफ़ाइल ओवरराइड रखता है, इसलिए वह उस ऑथ ऑर्डर को अनदेखा करता है जो { $profile } को पहले रखता है। फ़ेल हो रही OpenClaw बातचीत में प्रोफ़ाइल पिन करें, या नया सेशन शुरू करें।
auth_order_not_applied-running-summary = चल रहा गेटवे ऑथ ऑर्डर की अपनी कॉपी रखता है और उसे वापस लिख देता है, इसलिए आपका बदलाव पलट जाता है। गेटवे रोकें, ऑर्डर सेट करें, फिर उसे शुरू करें।
step-stop-gateway-first = पहले गेटवे रोकें, ताकि वह अपना पुराना ऑर्डर वापस न लिख सके।
step-order-again = गेटवे रुका रहने के दौरान ऑर्डर फिर से सेट करें।
fallback_not_triggered-not-tried-summary = फ़ेलियर ने टर्न को आपके फ़ॉलबैक मॉडल पर जाए बिना ही खत्म कर दिया, जबकि इस तरह के एरर पर उसे आगे बढ़ना चाहिए था। जाँचें कि फ़ॉलबैक सच में लागू हैं, और अपडेट करें: कई रिलीज़ ने इस तरह के एरर पर फ़ॉलबैक ठीक किया है।
fallbacks_stripped-effective-summary = फ़ेलओवर का फ़ैसला कहता है कि फ़ेल हुए मॉडल के लिए कोई फ़ॉलबैक कॉन्फ़िगर नहीं है, जबकि आपने फ़ॉलबैक सेट किए थे: उस एजेंट या मॉडल के लागू कॉन्फ़िग में कोई फ़ॉलबैक नहीं है।
step-watch-one-turn = एक मैसेज भेजते समय लॉग देखें, ताकि उस टर्न का एरर दिख सके।
step-find-full-ref = कॉन्फ़िगर किए गए मॉडल की सूची देखें, ताकि चुनने के लिए पूरा provider/model ref मिल सके।
catalogue-unnamed-summary = यह मैसेज OpenClaw ने खुद प्रिंट किया है, और इसका मतलब शीर्षक में दिया गया कारण है। यह नहीं बताता कि बात किस प्रोवाइडर, मॉडल या प्रोफ़ाइल की है, इसलिए पहला कदम वही दिखाता है।
session_pin_stale-foreign-summary = बातचीत { $profile } पर पिन है, जो किसी दूसरे प्रोवाइडर की प्रोफ़ाइल है, जबकि वह { $provider } का मॉडल चला रही है। पिन हटाने के लिए मॉडल को बिना प्रोफ़ाइल के फिर से चुनें।
unknown_model-unregistered-summary = { $model } कॉन्फ़िग में अनुमत है लेकिन models.providers.{ $provider }.models के नीचे रजिस्टर नहीं है, इसलिए OpenClaw उसे ढूँढ नहीं पाता। उसे रजिस्टर करें, और कस्टम प्रोवाइडर को उसका api और baseUrl दें।
step-register-model = मॉडल को उसके प्रोवाइडर के नीचे रजिस्टर करें।
auth_profile_provider_mismatch-app-server-summary = Codex रनटाइम को { $profile } दी गई, जो ऐसा ChatGPT/Codex लॉगिन नहीं है जिसे वह स्वीकार करता हो। ChatGPT/Codex में दोबारा लॉगिन करें ताकि उसे मेल खाती प्रोफ़ाइल मिले, और अपडेट करें: जिस माइग्रेशन ने यह प्रोफ़ाइल बनाई थी, वह बाद में ठीक कर दिया गया।
unknown-provider = प्रोवाइडर
unknown-model = मॉडल
unknown-profile = प्रोफ़ाइल
unknown-agent = एजेंट
unknown-env = कुंजी वाला वेरिएबल
unknown-working = कोई दूसरी प्रोफ़ाइल
ask-doctor = doctor बताता है कि अपडेट के बाद वह क्या ठीक करेगा (स्टोर, id, रूट), बिना कुछ बदले।

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } को PNG, JPEG या WebP स्क्रीनशॉट के रूप में पढ़ा नहीं जा सका। इसके बजाय अपने टर्मिनल से टेक्स्ट पेस्ट करें।
error-image-pixels = { $path } { $width }×{ $height } पिक्सेल का है; { $limit } पिक्सेल तक के स्क्रीनशॉट पढ़े जाते हैं। इसे टर्मिनल विंडो तक क्रॉप करें, या टेक्स्ट पेस्ट करें।
error-image-timeout = स्क्रीनशॉट { $path } को पढ़ने में बहुत ज़्यादा समय लगा। इसके बजाय अपने टर्मिनल से टेक्स्ट पेस्ट करें।
error-image-unavailable = अभी यहाँ स्क्रीनशॉट नहीं पढ़े जा सकते। इसके बजाय अपने टर्मिनल से टेक्स्ट पेस्ट करें।
error-image-no-text = { $path } में टर्मिनल का कोई टेक्स्ट नहीं मिला। इसके बजाय अपने टर्मिनल से टेक्स्ट पेस्ट करें।
