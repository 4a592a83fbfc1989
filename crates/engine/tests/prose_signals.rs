//! The prose lexicons (lang/prose): the same three sentences, written natively in each of the 21
//! locales, give the same signals; word boundaries, inflections, apostrophes and numbers behave.

use clawmedic_engine::lang::prose::{classify, ProseSignal, ProseSignals};
use clawmedic_engine::lang::Locale;
use ProseSignal::*;

/// Per locale: (1) "Since the update the chat does not work anymore."
/// (2) "I logged in again and restarted the gateway, but the fallback model is never used."
/// (3) "It still works fine."
const SENTENCES: [(&str, [&str; 3]); 21] = [
    ("en", ["Since the update the chat doesn’t work anymore.", "I logged in again and restarted the gateway, but the fallback model is never used.", "It still works fine."]),
    ("ar", ["منذ التحديث لم تعد الدردشة تعمل.", "سجلت الدخول مرة أخرى وأعدت تشغيل البوابة، لكن النموذج الاحتياطي لا يُستخدم أبدًا.", "لا يزال يعمل بشكل جيد."]),
    ("de", ["Seit dem Update funktioniert der Chat nicht mehr.", "Ich habe mich neu angemeldet und das Gateway neu gestartet, aber das Ausweichmodell wird nie benutzt.", "Es funktioniert weiterhin einwandfrei."]),
    ("es", ["Desde la actualización el chat ya no funciona.", "Volví a iniciar sesión y reinicié el gateway, pero el modelo de respaldo nunca se usa.", "Sigue funcionando bien."]),
    ("fa", ["از بعد از آپدیت چت دیگر کار نمی‌کند.", "دوباره وارد شدم و گیت‌وی را ری‌استارت کردم، اما مدل جایگزین هیچ‌وقت استفاده نمی‌شود.", "هنوز کار می‌کند."]),
    ("fr", ["Depuis la mise à jour, le chat ne marche plus.", "Je me suis reconnecté et j'ai redémarré la passerelle, mais le modèle de secours n'est jamais utilisé.", "Ça marche toujours bien."]),
    ("hi", ["अपडेट के बाद से चैट काम नहीं कर रहा है।", "मैंने फिर से लॉगिन किया और गेटवे रीस्टार्ट किया, लेकिन फॉलबैक मॉडल कभी इस्तेमाल नहीं होता।", "यह अभी भी काम कर रहा है।"]),
    ("id", ["Sejak update, chatnya tidak berfungsi lagi.", "Saya sudah login ulang dan restart gateway, tapi model cadangan tidak pernah dipakai.", "Masih berfungsi dengan baik."]),
    ("it", ["Dall'aggiornamento la chat non funziona più.", "Ho rifatto il login e riavviato il gateway, ma il modello di riserva non viene mai usato.", "Funziona ancora bene."]),
    ("ja-JP", ["アップデートしてからチャットが動かなくなりました。", "再ログインしてゲートウェイを再起動しましたが、フォールバックのモデルが一度も使われません。", "まだ問題なく動いています。"]),
    ("ko", ["업데이트 이후로 채팅이 작동하지 않습니다.", "다시 로그인하고 게이트웨이를 재시작했지만 폴백 모델이 전혀 사용되지 않습니다.", "여전히 잘 작동합니다."]),
    ("nl", ["Sinds de update werkt de chat niet meer.", "Ik ben opnieuw ingelogd en heb de gateway herstart, maar het fallbackmodel wordt nooit gebruikt.", "Het werkt nog steeds prima."]),
    ("pl", ["Od aktualizacji czat nie działa.", "Zalogowałem się ponownie i zrestartowałem bramę, ale model zapasowy nigdy nie jest używany.", "Nadal działa dobrze."]),
    ("pt-BR", ["Desde a atualização o chat não funciona mais.", "Fiz login de novo e reiniciei o gateway, mas o modelo de reserva nunca é usado.", "Continua funcionando bem."]),
    ("ru", ["После обновления чат больше не работает.", "Я заново вошёл и перезапустил шлюз, но резервная модель никогда не используется.", "Всё ещё работает нормально."]),
    ("th", ["ตั้งแต่อัปเดต แชทก็ไม่ทำงานแล้ว", "ฉันล็อกอินใหม่และรีสตาร์ทเกตเวย์แล้ว แต่โมเดลสำรองไม่เคยถูกใช้เลย", "ยังทำงานปกติดี"]),
    ("tr", ["Güncellemeden beri sohbet çalışmıyor.", "Tekrar giriş yaptım ve gateway'i yeniden başlattım ama yedek model hiç kullanılmıyor.", "Hâlâ çalışıyor, sorun yok."]),
    ("uk", ["Після оновлення чат більше не працює.", "Я знову увійшов і перезапустив шлюз, але резервна модель ніколи не використовується.", "Досі працює нормально."]),
    ("vi", ["Từ khi cập nhật, chat không hoạt động nữa.", "Tôi đã đăng nhập lại và khởi động lại gateway, nhưng mô hình dự phòng không bao giờ được dùng.", "Vẫn hoạt động bình thường."]),
    ("zh-CN", ["更新之后聊天就不工作了。", "我重新登录并重启了网关，但备用模型从来没被用过。", "现在仍然可以正常工作。"]),
    ("zh-TW", ["更新之後聊天就不能用了。", "我重新登入並重啟了閘道，但備用模型從來沒被使用過。", "一切正常，還能用。"]),
];

fn has(set: ProseSignals, want: &[ProseSignal]) -> Vec<ProseSignal> {
    want.iter().copied().filter(|s| !set.has(*s)).collect()
}

#[test]
fn every_locale_is_covered_once() {
    let ids: Vec<&str> = SENTENCES.iter().map(|(id, _)| *id).collect();
    let all: Vec<&str> = Locale::ALL.iter().map(|l| l.id()).collect();
    assert_eq!(ids, all);
}

#[test]
fn the_same_sentences_give_the_same_signals_in_all_21_locales() {
    let mut missing = Vec::new();
    for (locale, [failure, again, works]) in SENTENCES {
        let checks: [(&str, &[ProseSignal]); 3] = [
            (failure, &[Updated, ReportsFailure]),
            (again, &[LoggedInAgain, Restarted, MentionsFallback]),
            (works, &[SaysWorks]),
        ];
        for (text, want) in checks {
            let miss = has(classify(text), want);
            if !miss.is_empty() {
                missing.push(format!("{locale}: {text:?} lacks {miss:?}"));
            }
        }
        assert!(!classify(works).has(ReportsFailure), "{locale}: {works:?} is not a failure");
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn words_match_whole_words_numbers_whole_numbers() {
    assert!(classify("I get an error").has(MentionsError));
    assert!(!classify("a reign of terror").has(MentionsError));
    assert!(classify("it waits 600 s then gives up").has(MentionsTimeout));
    assert!(!classify("a context of 16000 tokens").has(MentionsTimeout));
    assert!(!classify("6001 messages").has(MentionsTimeout));
    assert!(classify("HTTP 401 again").has(MentionsError));
    assert!(!classify("order #4011").has(MentionsError));
}

#[test]
fn inflections_and_apostrophes() {
    for text in [
        "it failed",
        "it fails",
        "failing since noon",
        "I can’t log in",
        "I can't log in",
        "das Login ist fehlgeschlagen",
        "запросы не работают",
    ] {
        assert!(classify(text).has(ReportsFailure), "{text:?}");
    }
    assert!(classify("Verbindungsfehler seit heute").has(MentionsError));
}

#[test]
fn all_lexicons_apply_at_once() {
    // English product words inside German prose, and a German word inside English.
    let s = classify("Der Fallback auf openai-codex greift nie, Timeout nach 600 Sekunden.");
    assert!(
        s.has(MentionsFallback)
            && s.has(MentionsCodexOrChatGpt)
            && s.has(MentionsOpenAi)
            && s.has(MentionsTimeout)
    );
    assert!(classify("the bot says Fehler").has(MentionsError));
}

#[test]
fn unrelated_prose_says_nothing() {
    assert_eq!(
        classify("Here is the output you asked for.").iter().collect::<Vec<_>>(),
        Vec::<ProseSignal>::new()
    );
    assert_eq!(classify("").iter().count(), 0);
}
