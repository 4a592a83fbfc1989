//! Script-level rules: which writing system the prose is in, and the rules that split a
//! script between two of our locales (Han → zh-CN / zh-TW, Cyrillic → ru / uk, Arabic script
//! → ar / fa).

use std::collections::HashSet;
use std::sync::LazyLock;

use whatlang::{Detector, Lang};

use super::han::{SIMPLIFIED_ONLY, TRADITIONAL_ONLY};
use crate::lang::Locale;

/// Writing systems we tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
}

pub(super) const SCRIPTS: [Script; 8] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Arabic,
    Script::Devanagari,
    Script::Thai,
    Script::Hangul,
    Script::Kana,
    Script::Han,
];

pub(super) fn script_of(c: char) -> Option<Script> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => Script::Latin,
        '\u{400}'..='\u{52F}' => Script::Cyrillic,
        '\u{600}'..='\u{6FF}'
        | '\u{750}'..='\u{77F}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
            if c.is_alphabetic() =>
        {
            Script::Arabic
        }
        '\u{900}'..='\u{97F}' if c.is_alphabetic() || ('\u{93E}'..='\u{94D}').contains(&c) => {
            Script::Devanagari
        }
        '\u{E01}'..='\u{E4E}' => Script::Thai,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
            Script::Hangul
        }
        '\u{3041}'..='\u{309F}'
        | '\u{30A0}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{FF66}'..='\u{FF9F}' => {
            // The prolonged sound mark ー and the middle dot ・ are kana punctuation.
            if matches!(c, '・' | '゠') {
                return None;
            }
            Script::Kana
        }
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' => Script::Han,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Han
// ---------------------------------------------------------------------------------------------

static SIMPLIFIED: LazyLock<HashSet<char>> =
    LazyLock::new(|| SIMPLIFIED_ONLY.iter().flat_map(|s| s.chars()).collect());
static TRADITIONAL: LazyLock<HashSet<char>> =
    LazyLock::new(|| TRADITIONAL_ONLY.iter().flat_map(|s| s.chars()).collect());

/// zh-TW when Traditional-only characters outnumber Simplified-only ones, zh-CN otherwise
/// (also when neither occurs: most Chinese-writing users write Simplified). The confidence
/// says how clear the split was.
pub(super) fn chinese(text: &str) -> (Locale, f32) {
    let (mut simp, mut trad) = (0usize, 0usize);
    for c in text.chars() {
        if SIMPLIFIED.contains(&c) {
            simp += 1;
        } else if TRADITIONAL.contains(&c) {
            trad += 1;
        }
    }
    if trad > simp {
        (Locale::ZhTw, 0.6 + 0.4 * (trad - simp) as f32 / trad as f32)
    } else if simp > trad {
        (Locale::ZhCn, 0.6 + 0.4 * (simp - trad) as f32 / simp as f32)
    } else {
        (Locale::ZhCn, 0.5)
    }
}

// ---------------------------------------------------------------------------------------------
// Cyrillic
// ---------------------------------------------------------------------------------------------

const UK_WORDS: &str = "що це як та й мені чому після працює працювало немає вже також треба можна будь \
    ласка він вона але бо коли тепер тому дуже щось нічого сьогодні вчора допоможіть помилка помилку \
    помилки оновлення повідомлення повідомлень ранку зараз знову весь час бере той акаунт пише каже \
    виправити запустити вхід вивід його її цей ця ці мій або чи де звідки зробити робити \
    перестав відповідає відповідати прострочено постійно минув термін дії входу мене дякую привіт \
    є був була було буде теж тільки навіть ще ось чи щоб якщо хоча хто який яка які котрий свій \
    пробував пробувала налаштувати використовувати запрацювало допомогло зламалося ні зробив \
    зробила чомусь добре";
const RU_WORDS: &str = "что это как и мне почему после работает работало нет уже также нужно надо можно \
    пожалуйста он она но когда теперь поэтому очень что-то ничего сегодня вчера помогите ошибка ошибку \
    ошибки обновления сообщение сообщения утра сейчас снова всё время берёт тот аккаунт пишет говорит \
    исправить запустить вход вывод его её этот эта эти мой или где откуда сделать делать \
    перестал отвечает отвечать истёк истек постоянно какую какой меня спасибо привет есть был была \
    было будет тоже только даже ещё еще вот здесь ли бы чтобы если потому хотя кто какая какие \
    который которая свой нельзя пробовал пробовала настроить использовать заработало помогло \
    сломалось да ничего сделал сделала почему-то хорошо";

static UK_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| UK_WORDS.split_whitespace().collect());
static RU_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| RU_WORDS.split_whitespace().collect());
static WHATLANG_CYRILLIC: LazyLock<Detector> =
    LazyLock::new(|| Detector::with_allowlist(vec![Lang::Rus, Lang::Ukr]));

/// Ukrainian has і ї є ґ and no ы э ё ъ; Russian the other way round. Then common words,
/// then whatlang between the two; Russian when nothing tells.
pub(super) fn cyrillic(text: &str) -> (Locale, f32) {
    let lower = text.to_lowercase();
    let (mut uk, mut ru) = (0f32, 0f32);
    for c in lower.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' => uk += 2.0,
            'ы' | 'э' | 'ё' | 'ъ' => ru += 2.0,
            _ => {}
        }
    }
    for w in lower.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-')) {
        let w = w.trim_matches(|c| c == '\'' || c == '’' || c == '-');
        if UK_SET.contains(w) {
            uk += 1.0;
        }
        if RU_SET.contains(w) {
            ru += 1.0;
        }
        // Noun endings: Ukrainian -ння (оновлення) against Russian -ние/-ния (обновление).
        if w.chars().count() > 4 {
            if w.ends_with("ння") {
                uk += 0.5;
            } else if w.ends_with("ние") || w.ends_with("ния") {
                ru += 0.5;
            }
        }
        // The apostrophe inside a word (м'ясо, п'ять) is Ukrainian spelling.
        if w.contains('\'') || w.contains('’') {
            uk += 0.5;
        }
    }
    if uk == ru {
        // whatlang is close to a coin toss between the two on short text (it gives Ukrainian
        // at 0.5 for "спасибо, заработало"): only a confident answer counts. Otherwise
        // Russian, since Ukrainian prose almost always shows і, ї or є.
        let cut = &lower[..super::strip::floor_boundary(&lower, 2048)];
        if let Some(info) = WHATLANG_CYRILLIC.detect(cut) {
            if info.confidence() >= 0.9 && info.lang() == Lang::Ukr {
                uk += 0.5;
            }
        }
    }
    let (loc, hi, lo) = if uk > ru { (Locale::Uk, uk, ru) } else { (Locale::Ru, ru, uk) };
    (loc, (0.55 + 0.45 * (hi - lo) / hi.max(1.0)).min(0.99))
}

// ---------------------------------------------------------------------------------------------
// Arabic script
// ---------------------------------------------------------------------------------------------

/// Persian words, written with Persian ی/ک (text typed on an Arabic keyboard is normalised to
/// them before the look-up).
const FA_WORDS: &str = "است را این آن می نمی که چه برای هست نیست شده شد شدم دارم دارد کنم کند کنه \
    کار چرا چی باید ولی یا هم همه هیچ هیچی کجاست کجا امروز دیروز دیگر دیگه دوباره لطفا لطفاً کمک \
    چطور چطوری مشکل خطا پیام حساب دستور بعد وقتی اینجا الان خیلی یک دو بار همان همون نشان جواب \
    ورود ورودم منقضی خروجی عادی درست میشه می‌شود نمی‌شود نمی‌کند نمی‌دهد";
const AR_WORDS: &str =
    "في على هذا هذه التي الذي لا ماذا كيف لماذا هل أن إلى عن مع ما كان كانت يعمل \
    تعمل ليس لم لن قد بعد عند كل أي شيء الآن اليوم أمس منذ يقول تظهر يظهر ظهر رسالة الرسالة خطأ \
    الخطأ حساب الحساب أمر الأمر المشكلة مشكلة أفعل أحل يجب أريد ساعدوني فضلكم فضلك شكرا مرة مرتين \
    زال يزال صار دائما دائماً";

static FA_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FA_WORDS.split_whitespace().collect());
static AR_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| AR_WORDS.split_whitespace().collect());

/// Persian letters (پ چ ژ گ, Persian ی and ک), the zero-width non-joiner and Persian words
/// against Arabic-only letters (ة ى, Arabic ي and ك), the article ال and Arabic words.
/// Arabic when nothing tells.
pub(super) fn arabic_script(text: &str) -> (Locale, f32) {
    let (mut fa, mut ar) = (0f32, 0f32);
    let mut prev = ' ';
    for c in text.chars() {
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => fa += 1.0,
            '\u{200C}' if script_of(prev) == Some(Script::Arabic) => fa += 1.0,
            'ة' | 'ى' | 'ي' | 'ك' => ar += 1.0,
            _ => {}
        }
        prev = c;
    }
    for w in text.split(|c: char| {
        !(c.is_alphabetic() || c == '\u{200C}' || ('\u{64B}'..='\u{65F}').contains(&c))
    }) {
        if w.is_empty() {
            continue;
        }
        let norm: String = w
            .chars()
            .map(|c| match c {
                'ي' => 'ی',
                'ك' => 'ک',
                c => c,
            })
            .collect();
        if FA_SET.contains(norm.as_str()) {
            fa += 1.5;
        }
        if AR_SET.contains(w) {
            ar += 1.5;
        }
        if w.starts_with("ال") && w.chars().count() > 3 {
            ar += 0.5;
        }
    }
    let (loc, hi, lo) = if fa > ar { (Locale::Fa, fa, ar) } else { (Locale::Ar, ar, fa) };
    (loc, (0.55 + 0.45 * (hi - lo) / hi.max(1.0)).min(0.99))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits() {
        assert_eq!(chinese("還是不行").0, Locale::ZhTw);
        assert_eq!(chinese("还是不行").0, Locale::ZhCn);
        assert_eq!(cyrillic("не працює").0, Locale::Uk);
        assert_eq!(cyrillic("не работает").0, Locale::Ru);
        assert_eq!(arabic_script("مشکل از کجاست؟").0, Locale::Fa);
        assert_eq!(arabic_script("لا يعمل").0, Locale::Ar);
    }
}
