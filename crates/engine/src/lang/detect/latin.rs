//! Latin-script languages: whatlang (restricted to our eleven Latin locales) combined with
//! stop-word and letter evidence, which is what decides short support messages where
//! trigram models are weak ("hilfe bitte", "não funciona", "help pls").

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use whatlang::{Detector, Lang};

use crate::lang::prose::matcher::Fnv;
use crate::lang::Locale;

/// The Latin-script locales, in score-array order. English first: it wins ties.
pub(super) const LATIN: [Locale; 11] = [
    Locale::En,
    Locale::De,
    Locale::Es,
    Locale::Fr,
    Locale::Id,
    Locale::It,
    Locale::Nl,
    Locale::Pl,
    Locale::PtBr,
    Locale::Tr,
    Locale::Vi,
];
const EN: usize = 0;
const DE: usize = 1;
const ES: usize = 2;
const FR: usize = 3;
const ID: usize = 4;
const IT: usize = 5;
const NL: usize = 6;
const PL: usize = 7;
const PT: usize = 8;
const TR: usize = 9;
const VI: usize = 10;

const WHATLANG_LATIN: [Lang; 11] = [
    Lang::Eng,
    Lang::Deu,
    Lang::Spa,
    Lang::Fra,
    Lang::Ind,
    Lang::Ita,
    Lang::Nld,
    Lang::Pol,
    Lang::Por,
    Lang::Tur,
    Lang::Vie,
];

/// Common words of each language as written in a support thread: function words plus the
/// everyday vocabulary of "it stopped working / what do I do / after the update …".
/// Words shared between languages are listed under each of them and count fractionally.
const WORDS: [&str; 11] = [
    // en
    "the a an and or but is are was were be been being it its it's this that these those i i'm im my me mine \
     you your we our they them their he she his her what why how when where which who whom do does did done \
     don doesn didn isn aren wasn can cannot cant won not no yes to of in on at for with from by about into \
     after before since again still anymore any every all now then just only also too very keep keeps kept \
     stopped stop working works work worked answer answers answering reply replies replying respond responding \
     says said say shows showing show get gets got getting fix fixed help pls plz please thanks thank thx \
     anyone someone idea know need needs should would could have has had having happened happening wrong \
     broken normal same expired message messages today yesterday morning tonight here there hi hey hello \
     guys issue problem seems seem try tried trying run ran running use using used account accounts command \
     nothing something anything never always sorry updated upgrade upgraded upgrading suddenly again sure \
     going gone back way there's what's doesn't can't won't didn't isn't i've i'd it'll am if so than even \
     though because since while whole every other another one two twice first second last new old other \
     said asking ask question weird strange right does ever already doing make made sign signed logged \
     logging relogged switched switch set order tells telling told shows keeps",
    // de
    "der die das den dem des ein eine einen einem einer eines und oder aber ist sind war waren bin bist hat \
     habe hab haben hatte ich mich mir mein meine meinen du dich dir dein er es sie wir uns ihr nicht kein \
     keine keinen nichts mehr noch schon immer wieder was warum wieso weshalb wie wo wann welche welchen \
     welcher welches mit von vom zu zum zur auf aus bei beim nach seit für über unter vor im in an am auch \
     nur jetzt dann doch mal bitte danke hilfe hallo moin geht gehen ging klappt funktioniert läuft lief \
     kommt kam bekomme bekommen kriege krieg gestern heute morgen fehler fehlermeldung meldung nachricht \
     nachrichten ausgabe konto befehl anmelden angemeldet abgelaufen neu muss müssen soll sollte kann kannst \
     können jemand weiß weiss gleiche dieselbe derselbe diese dieser diesen dies dass so also will gar alles \
     etwas einfach leider trotzdem obwohl wenn weil ob sich antwortet antworten zweimal hier da ja nein \
     richtig falsche falschen falsch seitdem irgendwie ausführen ausgeführt damit wieder einloggen eingeloggt \
     nimmt benutzt verwendet aktualisierung aktualisiert seit ganz gerade bleibt hängt",
    // es
    "el la los las lo un una unos unas y o pero es son está están esta este esto estoy estaba ser fue era \
     me mi mis yo tú tu te se su sus nos que qué por porque cómo como cuándo cuando dónde donde cuál cual \
     con sin de del al en para desde después antes ya todavía aún sigue sigo siempre nunca nada algo todo \
     todos cada ahora hoy ayer mañana aquí ahí ayuda favor gracias hola funciona funcionaba sale salió \
     aparece hago hacer tengo tiene tienen hay puedo puede debo necesito mensaje mensajes cuenta comando \
     sesión iniciar caducó caducado caducada expiró vez veces otra otro mismo misma le les bien mal no si \
     sí muy también equivocada equivocado dejó responder responde alguien sabe normal salida actualizar \
     actualicé actualización volví arreglarlo arreglar ejecutar qué pasa dice sale esta ese esa eso hice \
     intenté ningún ninguna va",
    // fr
    "le la les l un une des du de d et ou mais est sont était c ce cet cette ces ça ca je j me m moi mon ma \
     mes tu te t toi il elle on nous vous ils elles que qu quoi pourquoi comment quand où quel quelle quels \
     avec sans dans en pour par sur depuis après avant déjà encore toujours jamais rien tout tous chaque \
     maintenant aujourd hui hier matin soir ici là aide svp stp merci bonjour salut marche marchait \
     fonctionne affiche ai as a avez avons fais faire dois peux faut erreur message messages compte \
     commande connexion connecté reconnecté fois même bien pas ne n non oui très aussi mauvais répond \
     répondre répondait quelqu sait normal normale sortie mise jour corriger lancer lancé plus y se s \
     voilà voici dit disent expiré expirée",
    // id
    "saya aku gue gw kamu anda dia kita kami mereka ini itu yang dan atau tapi tetapi di ke dari untuk \
     dengan sudah udah belum masih lagi juga tidak nggak gak enggak ga bisa harus mau ada apa kenapa \
     mengapa bagaimana gimana kapan mana sama setelah sebelum sejak hari kemarin pagi tolong bantu bantuan \
     terima kasih makasih halo muncul pesan akun perintah kali dua baik ya sekali salah membalas balas \
     orang tahu tau keluaran memperbaiki memperbaikinya menjalankan jalankan jalan ulang tetap terus pakai \
     semuanya semua sekarang kedaluwarsa kadaluarsa kok dong deh sih nya botnya apakah berhenti malah \
     waktu habis masuk coba sudah mencoba memasukkan baru",
    // it
    "il lo la i gli le l un uno una e o ma è sono era questo questa questi quello quella io mi me mio mia \
     tu ti lui lei noi voi che perché come quando dove quale cosa con senza di del della dei delle da dal \
     dalla in nel nella per su sul dopo prima già ancora sempre mai niente nulla tutto tutti ogni ora \
     adesso oggi ieri stamattina qui qua aiuto favore grazie ciao funziona funzionava faccio fare devo \
     posso può errore messaggio messaggi comando volte stesso stessa bene non sì molto anche sbagliato \
     risponde rispondere qualcuno sa normale aggiornamento sistemare lanciare c ho ha hanno scaduto smesso \
     più dice continua rifatto ricevo va",
    // nl
    "de het een en of maar is zijn was waren dit dat deze die ik mij me mijn je jij jou jouw hij zij ze \
     we wij wat waarom hoe wanneer waar welk welke met zonder van voor op in bij naar na sinds al nog \
     steeds altijd nooit niks niets alles elk elke nu vandaag gisteren vanochtend vanmorgen hier daar \
     hulp graag alsjeblieft alstublieft bedankt dank hoi hallo werkt werkte krijg krijgen doe doen moet \
     kan kun foutmelding fout bericht berichten melding commando keer hetzelfde zelfde goed niet geen ja \
     nee heel ook verkeerde reageert iemand weet normaal uitvoer oplossen draaien opnieuw ingelogd \
     inloggen verlopen blijft zeggen zegt er om te toch gebruikt",
    // pl
    "i w z na do to jest są był była było nie tak co czy jak dlaczego czemu kiedy gdzie który która które \
     mi mnie mój moja moje ja ty on ona my się ale lub albo po od przy dla bez już jeszcze ciągle zawsze \
     nigdy nic wszystko każdej każdy teraz dzisiaj dziś wczoraj rano tutaj tu pomocy pomoc proszę dzięki \
     cześć działa działało dostaję mam muszę mogę można błąd wiadomość wiadomości konto konta komendę \
     komenda razy dwa samo dobrze bardzo też także złe złego odpowiada odpowiadać ktoś wie normalne \
     wyjście aktualizacji naprawić uruchomić zalogowałem logowanie wygasło pokazuje dalej żeby przestał \
     ten ta tego tym pomija żadne nich używane",
    // pt
    "o a os as um uma e ou mas é são está estão tá tô isso isto esse essa este esta eu meu minha você vc \
     voce ele ela nós gente que quê por porque pra para pro como quando onde qual com sem de do da dos das \
     no na nos nas em ao desde depois antes já ainda sempre nunca nada algo tudo todo toda cada agora hoje \
     ontem amanhã aqui aí ajuda socorro obrigado obrigada valeu oi olá funciona funcionando aparece faço \
     fazer tenho tem têm posso pode preciso erro mensagem mensagens conta comando novo vez vezes mesmo \
     mesma bem mal não sim muito também errada errado parou responder alguém sabe normal saída \
     atualização atualizar atualizei resolver rodar certo coisa continua dando tava né expirou fiz",
    // tr
    "bu şu o ve veya ama ile için de da mi mı mu mü ne neden niye nasıl zaman nerede hangi ben beni bana \
     benim sen biz siz onlar bir her hiç hiçbir şey var yok değil daha hâlâ hala artık zaten sonra önce \
     beri bugün dün sabah burada yardım lütfen teşekkürler merhaba çalışıyor çalışmıyor çalışıyordu \
     alıyorum hata hatayı mesaj mesajda hesap hesabı komut komutu kere aynı iyi evet hayır çok yanlış \
     cevap vermiyor biri biliyor normal çıktı güncelleme güncellemeden düzeltmek çalıştırmam gerekiyor \
     lazım yapmam giriş yaptım oturum süresi dolmuş söylüyor sürekli kullanıyor olup olmadığını istedim \
     olmuyor olmadı sorun nedir",
    // vi
    "không có là và hoặc nhưng của cho với từ đã đang sẽ rồi vẫn còn nữa mình tôi bạn nó em anh chị này \
     đó kia gì sao tại vì thế nào khi đâu được bị phải làm lại lỗi tin nhắn tài khoản lệnh lần hai ơi \
     giúp cảm ơn chào hôm nay qua sáng bình thường chạy sửa cập nhật đăng nhập hết hạn báo trả lời vậy \
     nhé ạ thì mà cũng cứ giờ",
];

/// Product names and technical words people write in any language ("API key", "bot",
/// "login", "update"): they carry no evidence of the asker's language.
const JARGON: &str = "api key keys token tokens bot bots login logout log logs error errors probe probes \
    doctor gateway fallback fallbacks provider providers model models update updates cron agent agents chat \
    oauth cli tui config profile profiles default status output thread channel server plugin plugins discord \
    telegram whatsapp slack signal openai anthropic claude codex gemini google openclaw openrouter ollama \
    deepseek minimax mistral qwen glm zai docker windows linux macos mac ubuntu wsl github chatgpt gpt sonnet \
    opus haiku flash pro mini http https json yaml auth setup reset restart upgrade ok okay account accounts \
    terminal console shell npm node vps proxy cloudflare session sessions workspace llm ai sdk url id ids \
    env backup onboard onboarding debug";

/// Maps of the word lists on FNV-1a, sized once: built at the first diagnosis of a process,
/// where SipHash and regrowing cost a one-shot run most of a million instructions (issue 14).
type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

static WORD_LANGS: LazyLock<WordMap<u16>> = LazyLock::new(|| {
    let mut map: WordMap<u16> = HashMap::with_capacity_and_hasher(1400, Default::default());
    for (i, list) in WORDS.iter().enumerate() {
        for w in list.split_whitespace() {
            *map.entry(w).or_insert(0) |= 1 << i;
        }
    }
    map
});

static JARGON_SET: LazyLock<WordMap<()>> =
    LazyLock::new(|| JARGON.split_whitespace().map(|w| (w, ())).collect());

static WHATLANG: LazyLock<Detector> =
    LazyLock::new(|| Detector::with_allowlist(WHATLANG_LATIN.to_vec()));

/// Bytes of text handed to whatlang at most.
const CRATE_CAP: usize = 2048;

/// Which languages a letter points to, and how strongly.
fn letter_evidence(c: char, add: &mut [f32; 11]) {
    match c {
        'ơ' | 'ư' | 'đ' | 'ă' | '\u{1EA0}'..='\u{1EF9}' => add[VI] += 2.0,
        'ą' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż' | 'ć' => add[PL] += 2.0,
        'ğ' | 'ı' | 'ş' | '\u{307}' => add[TR] += 2.0,
        'ß' | 'ä' => add[DE] += 2.0,
        'ñ' => add[ES] += 2.0,
        'ã' | 'õ' => add[PT] += 2.0,
        'œ' | 'î' | 'û' | 'ë' | 'ï' | 'ÿ' => add[FR] += 1.5,
        'ò' | 'ì' => add[IT] += 1.5,
        'è' | 'ù' => {
            add[FR] += 0.5;
            add[IT] += 0.5;
        }
        'à' => {
            add[FR] += 0.4;
            add[IT] += 0.4;
            add[PT] += 0.2;
        }
        'ê' | 'ô' | 'â' => {
            add[FR] += 0.5;
            add[PT] += 0.5;
        }
        'ç' => {
            add[FR] += 0.4;
            add[PT] += 0.4;
            add[TR] += 0.4;
        }
        'á' | 'í' | 'ú' => {
            add[ES] += 0.5;
            add[PT] += 0.5;
        }
        'ó' => {
            add[ES] += 0.4;
            add[PT] += 0.3;
            add[PL] += 0.3;
        }
        'ö' | 'ü' => {
            add[DE] += 0.5;
            add[TR] += 0.5;
        }
        _ => {}
    }
}

/// Result of scoring Latin prose.
pub(super) struct LatinVerdict {
    pub locale: Locale,
    pub confidence: f32,
    /// Word and letter evidence for the winner (without whatlang's share).
    pub lexical: f32,
    /// Evidence-bearing (non-jargon) words.
    pub words: usize,
}

/// Lower-cased words of the prose that are not jargon (letters and combining marks only).
/// ASCII prose (most of it) is lower-cased and split by bytes: in ASCII the letters are
/// `a`–`z` and `A`–`Z` and there are no combining marks, where the per-character split
/// decoded and classed every character of each prose line (issue 14).
fn words(text: &str) -> Vec<String> {
    if text.is_ascii() {
        let lower = text.to_ascii_lowercase();
        let b = lower.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        while start < b.len() {
            let end = b[start..]
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .map_or(b.len(), |n| start + n);
            let w = &lower[start..end];
            if !w.is_empty() && !JARGON_SET.contains_key(w) {
                out.push(w.to_string());
            }
            start = end + 1;
        }
        return out;
    }
    words_by_char(text)
}

/// [`words`] by characters: the path of prose that is not ASCII, and the reference.
fn words_by_char(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_alphabetic() || ('\u{300}'..='\u{36F}').contains(&c)))
        .filter(|w| !w.is_empty() && !JARGON_SET.contains_key(w))
        .map(str::to_string)
        .collect()
}

/// Number of Latin letters in words that carry evidence (not jargon).
pub(super) fn evidence_letters(text: &str) -> usize {
    words(text)
        .iter()
        .map(|w| {
            w.chars()
                .filter(|&c| super::script::script_of(c) == Some(super::script::Script::Latin))
                .count()
        })
        .sum()
}

/// Decide among the Latin-script locales. `None` when there is no evidence either way.
pub(super) fn detect(text: &str) -> Option<LatinVerdict> {
    let (words, lexical) = lexical_evidence(text)?;
    verdict(words, lexical)
}

/// [`detect`] for a caller that keeps only a non-English verdict whose `lexical` is at least
/// `min_lexical`: `None` without running whatlang when no non-English locale has that much
/// word and letter evidence (a verdict's `lexical` is its locale's score, which whatlang does
/// not change). whatlang on every line of the prose was most of the language detection of a
/// thread (issue 14).
pub(super) fn detect_non_english(text: &str, min_lexical: f32) -> Option<LatinVerdict> {
    let (words, lexical) = lexical_evidence(text)?;
    if !lexical.iter().enumerate().any(|(i, &l)| i != EN && l >= min_lexical) {
        return None;
    }
    verdict(words, lexical)
}

/// The letter evidence of one word: each kind once per word (only letters beyond ASCII carry
/// any, so an ASCII word is not decoded, and a letter is looked for among the word's earlier
/// ones instead of in a set allocated per word), `ij`, and the endings below.
fn word_letters(w: &str) -> [f32; 11] {
    let mut add = [0f32; 11];
    if !w.is_ascii() {
        for (i, c) in w.char_indices() {
            if !c.is_ascii() && !w[..i].contains(c) {
                letter_evidence(c, &mut add);
            }
        }
    }
    if w.as_bytes().windows(2).any(|p| p == b"ij") {
        add[NL] += 1.0;
    }
    // Turkish present continuous (çalışıyor, olmuyor), Indonesian -nya (botnya).
    if w.ends_with("yor") && w.chars().count() >= 5 {
        add[TR] += 1.0;
    }
    if w.ends_with("nya") && w.chars().count() >= 5 {
        add[ID] += 0.5;
    }
    add
}

/// The evidence-bearing words of `text` and each locale's word and letter score; `None`
/// when there are no such words.
fn lexical_evidence(text: &str) -> Option<(Vec<String>, [f32; 11])> {
    let words = words(text);
    if words.is_empty() {
        return None;
    }
    let mut lexical = [0f32; 11];
    for w in &words {
        if let Some(&mask) = WORD_LANGS.get(w.as_str()) {
            let share = 1.0 / mask.count_ones() as f32;
            for (i, slot) in lexical.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *slot += share;
                }
            }
        }
        let add = word_letters(w);
        for i in 0..11 {
            lexical[i] += add[i].min(2.0);
        }
    }
    let marks = text.chars().filter(|c| matches!(c, '¿' | '¡')).count().min(2);
    lexical[ES] += 1.5 * marks as f32;
    Some((words, lexical))
}

/// The verdict on the words and their scores: whatlang's vote added when it can matter.
fn verdict(words: Vec<String>, lexical: [f32; 11]) -> Option<LatinVerdict> {
    // whatlang on the evidence-bearing words only. It is the slow part (tens of µs even on a
    // short line), and its vote is worth at most `weight`: skip it when the words and letters
    // already lead by more than that, which cannot change the outcome.
    let weight = (words.len().min(12) as f32) / 4.0;
    let mut sorted = lexical;
    sorted.sort_by(|a, b| b.total_cmp(a));
    let mut statistical = [0f32; 11];
    if sorted[0] - sorted[1] <= weight {
        let joined = words.join(" ");
        let joined = &joined[..super::strip::floor_boundary(&joined, CRATE_CAP)];
        if let Some(info) = WHATLANG.detect(joined) {
            if let Some(i) = WHATLANG_LATIN.iter().position(|&l| l == info.lang()) {
                statistical[i] = info.confidence() as f32 * weight;
            }
        }
    }

    let mut best = 0;
    let mut total = [0f32; 11];
    for i in 0..11 {
        total[i] = lexical[i] + statistical[i];
        if total[i] > total[best] {
            best = i;
        }
    }
    let mut second = 0f32;
    for (i, &t) in total.iter().enumerate() {
        if i != best && t > second {
            second = t;
        }
    }
    let reliable_crate = statistical[best] >= 1.0;
    // Real evidence for a non-English locale: a word or letter of it, or whatlang confident on
    // a few words. Otherwise English when English words are there, else nothing.
    let clear_words = lexical[best] >= 1.0
        || (words.len() >= 2 && lexical[best] >= 0.5 && lexical[best] > 2.0 * lexical[EN]);
    let best = if best != EN && !clear_words && !reliable_crate {
        if lexical[EN] > 0.0 {
            EN
        } else {
            return None;
        }
    } else if best == EN && lexical[EN] == 0.0 && statistical[EN] < 1.0 {
        return None;
    } else {
        best
    };
    // One short English word ("and", "ok", "hi") is what is left over from a paste more
    // often than it is prose: leave the choice to the caller's fallbacks.
    if best == EN && words.len() == 1 && words[0].chars().count() <= 4 {
        return None;
    }
    let top = total[best].max(f32::EPSILON);
    let margin = ((top - second) / top).clamp(0.0, 1.0);
    let size = (words.len().min(8) as f32) / 8.0;
    Some(LatinVerdict {
        locale: LATIN[best],
        confidence: (0.35 + 0.35 * margin + 0.3 * size).min(0.99),
        lexical: lexical[best],
        words: words.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`words`] gives the words [`words_by_char`] gives, in the same order: on generated
    /// lines of ASCII and other letters, digits, punctuation, blanks, combining marks and
    /// jargon, and on the fixtures' lines and whole texts.
    #[test]
    fn words_as_by_char_says() {
        let pieces = [
            "a", "Z", "word", "Token", "API", "the", "der", "und", "que", "ok", " ", "  ", "\t",
            "\n", "-", "'", "_", "1", "42", ".", ",", "/", "é", "É", "ß", "Ж", "\u{301}", "İ",
            "model", "gateway", "openai", "¿", "¡", "@", "=", "\u{0}", "\u{7f}",
        ];
        let mut rng = crate::testgen::XorShift(0x9e37_79b9_7f4a_7c15);
        let mut texts = crate::testgen::joined_pieces(&mut rng, &pieces, 20_000, 16);
        let ascii = texts.iter().filter(|t| t.is_ascii()).count();
        assert!(ascii > 1000 && ascii < texts.len(), "both paths: {ascii}");
        for f in crate::testgen::fixture_texts() {
            texts.extend(f.lines().map(String::from));
            texts.push(f);
        }
        for t in &texts {
            assert_eq!(words(t), words_by_char(t), "{t:?}");
        }
        assert_eq!(
            words("Der API-Token, OK? und_que1word"),
            words_by_char("Der API-Token, OK? und_que1word")
        );
        assert!(!words("Der Token und der").is_empty());
    }

    /// [`word_letters`] as first written: a set of the word's letters so far, every letter
    /// looked up, the length counted first.
    fn word_letters_reference(w: &str) -> [f32; 11] {
        let mut add = [0f32; 11];
        let mut seen = String::new();
        for c in w.chars() {
            if !seen.contains(c) {
                seen.push(c);
                letter_evidence(c, &mut add);
            }
        }
        if w.contains("ij") {
            add[NL] += 1.0;
        }
        let len = w.chars().count();
        if len >= 5 && w.ends_with("yor") {
            add[TR] += 1.0;
        }
        if len >= 5 && w.ends_with("nya") {
            add[ID] += 0.5;
        }
        add
    }

    /// The same scores, bit for bit, on generated words of letters that carry evidence (and
    /// repeat), plain letters and the endings, and on the words of the fixtures.
    #[test]
    fn word_letters_as_the_set_says() {
        let pieces = [
            "a", "i", "j", "ij", "y", "o", "r", "yor", "nya", "n", "à", "é", "ç", "ñ", "ö", "ü",
            "ı", "ş", "ğ", "ą", "ł", "ơ", "ư", "ạ", "ß", "ä", "ã", "õ", "œ", "î", "è", "ò", "ó",
            "á", "ê", "\u{307}", "ž", "日",
        ];
        let mut rng = crate::testgen::XorShift(0xA076_1D64_78BD_642F);
        let mut words = crate::testgen::joined_pieces(&mut rng, &pieces, 50_000, 8);
        for f in crate::testgen::fixture_texts() {
            words.extend(f.split_whitespace().map(str::to_lowercase));
        }
        let mut scored = 0;
        for w in &words {
            let want = word_letters_reference(w);
            scored += usize::from(want.iter().any(|&x| x != 0.0));
            assert_eq!(word_letters(w).map(f32::to_bits), want.map(f32::to_bits), "{w:?}");
        }
        assert!(scored > 20_000, "{scored}");
    }

    fn d(s: &str) -> Option<Locale> {
        detect(s).map(|v| v.locale)
    }

    /// `detect_non_english` keeps every verdict `detect` gives that is non-English with at
    /// least the asked evidence, and only those: on random lines of the word lists, jargon,
    /// accented letters and English, and on the lines of the fixtures.
    #[test]
    fn non_english_as_detect_says() {
        let mut vocab: Vec<&str> = WORDS.iter().flat_map(|l| l.split_whitespace()).collect();
        vocab.extend(JARGON.split_whitespace());
        vocab.extend(["çalışıyor", "botnya", "zijn", "xyz", "ñu", "¿", "¡", "ok", "!", "élan"]);
        let mut rng = crate::testgen::XorShift(0x2545_F491_4F6C_DD1D);
        let mut lines: Vec<String> = (0..20_000)
            .map(|_| {
                let n = 1 + rng.below(8);
                (0..n).map(|_| vocab[rng.below(vocab.len())]).collect::<Vec<_>>().join(" ")
            })
            .collect();
        for f in crate::testgen::fixture_texts() {
            lines.extend(f.lines().map(String::from));
        }
        let key =
            |v: LatinVerdict| (v.locale, v.lexical.to_bits(), v.words, v.confidence.to_bits());
        for min in [0.5, 1.0, 1.5, 2.0] {
            for l in &lines {
                let keep = |v: &LatinVerdict| v.locale != Locale::En && v.lexical >= min;
                assert_eq!(
                    detect_non_english(l, min).filter(keep).map(key),
                    detect(l).filter(keep).map(key),
                    "{l:?} {min}"
                );
            }
        }
    }

    #[test]
    fn short_latin() {
        assert_eq!(d("help pls"), Some(Locale::En));
        assert_eq!(d("hilfe bitte"), Some(Locale::De));
        assert_eq!(d("não funciona"), Some(Locale::PtBr));
        assert_eq!(d("no funciona, ¿qué hago?"), Some(Locale::Es));
        assert_eq!(d("API key bot"), None);
    }
}
