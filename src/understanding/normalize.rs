//! Text normalization and the script-neutral phonetic key.
//!
//! Citizens write the same words in Telugu script, Devanagari, romanized ("naku", "kaavaali"),
//! and ASR writes them in yet another spelling. [`normalize`] cleans a message (NFC, digits,
//! number words, emoji, punctuation, stretched letters) and [`phonetic_key`] maps every script
//! and spelling onto one rough Latin form, so that "కావాలి", "kavali" and "kaavaali" meet.

use unicode_normalization::UnicodeNormalization;

/// NFC; Telugu and Devanagari digits to ASCII; spoken-digit runs ("nine eight four") to digits;
/// lower case; emoji and punctuation to spaces (keeping the characters that make up numbers,
/// dates and ids: `/ - . : ₹`); letters repeated three or more times squeezed to one ("plzzz").
pub fn normalize(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    let mut out = String::with_capacity(nfc.len());
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in crate::text::ascii_digits(&nfc)
        .chars()
        .flat_map(char::to_lowercase)
    {
        let c = if keeps(c) { c } else { ' ' };
        if Some(c) == last && c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                // Third and later repeats of a letter: "pleaseeee" → "pleasee" → keyed alike.
                continue;
            }
        } else {
            run = 0;
        }
        last = Some(c);
        out.push(c);
    }
    let words: Vec<String> = out
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | '-' | ':' | '/')))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    join_number_words(&words).join(" ")
}

fn keeps(c: char) -> bool {
    c.is_alphanumeric()
        || is_indic_mark(c)
        || matches!(c, '/' | '-' | '.' | ':' | '₹' | '\u{200C}' | '\u{200D}')
}

/// Combining marks of Telugu and Devanagari belong to their word.
pub fn is_indic_mark(c: char) -> bool {
    matches!(c as u32, 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x0C00..=0x0C04 | 0x0C3C..=0x0C56 | 0x0C62..=0x0C63)
}

/// Digit words as ASR and citizens write them, in English, romanized Hindi/Telugu and both
/// scripts. Only runs of two or more are turned into digits: a lone "one" or "ek" is a word.
fn digit_word(w: &str) -> Option<char> {
    let d = match w {
        "zero" | "sunna" | "shunya" | "सुन्ना" | "शून्य" | "సున్నా" => {
            '0'
        }
        "one" | "ek" | "okati" | "एक" | "ఒకటి" => '1',
        "two" | "do" | "rendu" | "दो" | "రెండు" => '2',
        "three" | "teen" | "moodu" | "mudu" | "तीन" | "మూడు" => '3',
        "four" | "char" | "chaar" | "nalugu" | "चार" | "నాలుగు" => '4',
        "five" | "paanch" | "panch" | "aidu" | "पांच" | "पाँच" | "ఐదు" => '5',
        "six" | "chhe" | "che" | "aaru" | "छह" | "छः" | "ఆరు" => '6',
        "seven" | "saat" | "edu" | "సాత్" | "सात" | "ఏడు" => '7',
        "eight" | "aath" | "enimidi" | "आठ" | "ఎనిమిది" => '8',
        "nine" | "nau" | "tommidi" | "नौ" | "తొమ్మిది" => '9',
        _ => return None,
    };
    Some(d)
}

fn join_number_words(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        let mut digits = String::new();
        while j < words.len() {
            match digit_word(&words[j]) {
                Some(d) => digits.push(d),
                None => break,
            }
            j += 1;
        }
        if j - i >= 2 {
            out.push(digits);
            i = j;
        } else {
            out.push(words[i].clone());
            i += 1;
        }
    }
    out
}

/// Which writing system a character belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Telugu,
    Devanagari,
    Latin,
    Other,
}

pub fn script_of(c: char) -> Script {
    match c as u32 {
        0x0C00..=0x0C7F => Script::Telugu,
        0x0900..=0x097F => Script::Devanagari,
        _ if c.is_ascii_alphabetic() => Script::Latin,
        _ => Script::Other,
    }
}

/// Latin letters for the consonants and independent vowels of the Telugu and Devanagari blocks,
/// which share one layout (both descend from ISCII): index = code point − block start.
fn letter(offset: u32) -> Option<(&'static str, bool)> {
    // (latin, is_consonant)
    let v = |s| Some((s, false));
    let c = |s| Some((s, true));
    match offset {
        0x05 => v("a"),
        0x06 => v("aa"),
        0x07 => v("i"),
        0x08 => v("ii"),
        0x09 => v("u"),
        0x0A => v("uu"),
        0x0B => v("ru"),
        0x0C => v("lu"),
        0x0D..=0x0F => v("e"),
        0x10 => v("ai"),
        0x11..=0x13 => v("o"),
        0x14 => v("au"),
        0x15 => c("k"),
        0x16 => c("kh"),
        0x17 => c("g"),
        0x18 => c("gh"),
        0x19 => c("n"),
        0x1A => c("ch"),
        0x1B => c("chh"),
        0x1C => c("j"),
        0x1D => c("jh"),
        0x1E => c("n"),
        0x1F => c("t"),
        0x20 => c("th"),
        0x21 => c("d"),
        0x22 => c("dh"),
        0x23 => c("n"),
        0x24 => c("t"),
        0x25 => c("th"),
        0x26 => c("d"),
        0x27 => c("dh"),
        0x28 | 0x29 => c("n"),
        0x2A => c("p"),
        0x2B => c("ph"),
        0x2C => c("b"),
        0x2D => c("bh"),
        0x2E => c("m"),
        0x2F => c("y"),
        0x30 | 0x31 => c("r"),
        0x32..=0x34 => c("l"),
        0x35 => c("v"),
        0x36 | 0x37 => c("sh"),
        0x38 => c("s"),
        0x39 => c("h"),
        0x58 => c("k"),
        0x59 => c("kh"),
        0x5A => c("g"),
        0x5B => c("j"),
        0x5C | 0x5D => c("d"),
        0x5E => c("f"),
        0x5F => c("y"),
        0x60 => v("ru"),
        0x61 => v("lu"),
        _ => None,
    }
}

/// Vowel signs (matras), same layout in both blocks.
fn vowel_sign(offset: u32) -> Option<&'static str> {
    Some(match offset {
        0x3E => "aa",
        0x3F => "i",
        0x40 => "ii",
        0x41 => "u",
        0x42 => "uu",
        0x43 | 0x44 => "ru",
        0x45..=0x47 => "e",
        0x48 => "ai",
        0x49..=0x4B => "o",
        0x4C => "au",
        0x62 | 0x63 => "lu",
        _ => return None,
    })
}

/// Transliterates Telugu and Devanagari into plain Latin letters (other characters pass
/// through). Consonants carry the inherent "a" unless a virama or vowel sign follows; in
/// Devanagari the schwa Hindi does not pronounce is dropped ("बिजली" → "bijlii", not "bijalii").
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for word in text.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        transliterate_word(word, &mut out);
    }
    out
}

/// A transliterated unit: consonants keep whether their inherent vowel is still pending.
struct Unit {
    latin: &'static str,
    consonant: bool,
    /// Inherent "a" of a consonant not followed by a virama or vowel sign.
    schwa: bool,
}

fn transliterate_word(word: &str, out: &mut String) {
    let mut units: Vec<Unit> = Vec::new();
    let mut devanagari = false;
    let flush = |units: &mut Vec<Unit>, out: &mut String, devanagari: bool| {
        if units.is_empty() {
            return;
        }
        if devanagari {
            delete_schwas(units);
        }
        for u in units.iter() {
            out.push_str(u.latin);
            if u.schwa {
                out.push('a');
            }
        }
        units.clear();
    };
    let chars: Vec<char> = word.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let (base, is_deva) = match c as u32 {
            0x0900..=0x097F => (0x0900, true),
            0x0C00..=0x0C7F => (0x0C00, false),
            _ => {
                flush(&mut units, out, devanagari);
                out.push(c);
                continue;
            }
        };
        devanagari = is_deva;
        let off = c as u32 - base;
        if let Some((latin, consonant)) = letter(off) {
            units.push(Unit {
                latin,
                consonant,
                schwa: consonant,
            });
        } else if let Some(sign) = vowel_sign(off) {
            if let Some(last) = units.last_mut() {
                last.schwa = false;
            }
            units.push(Unit {
                latin: sign,
                consonant: false,
                schwa: false,
            });
        } else if off == 0x4D {
            // Virama: the consonant has no vowel.
            if let Some(last) = units.last_mut() {
                last.schwa = false;
            }
        } else if off == 0x01 || off == 0x02 {
            // Anusvara / candrabindu: "m" before a labial or at the end, "n" elsewhere.
            let next = chars.get(i + 1).and_then(|&n| {
                let o = (n as u32).wrapping_sub(base);
                letter(o).map(|(l, _)| l)
            });
            let latin = match next {
                Some(l) if l.starts_with('p') || l.starts_with('b') || l.starts_with('m') => "m",
                None if !is_deva => "m",
                _ => "n",
            };
            units.push(Unit {
                latin,
                consonant: true,
                schwa: false,
            });
        } else if off == 0x03 {
            units.push(Unit {
                latin: "h",
                consonant: true,
                schwa: false,
            });
        } else if (0x66..=0x6F).contains(&off) {
            flush(&mut units, out, devanagari);
            out.push(char::from(b'0' + (off - 0x66) as u8));
        }
        // Nukta, length marks, dandas and the rest carry no sound of their own.
    }
    flush(&mut units, out, devanagari);
}

/// Hindi schwa deletion, the usual approximation: a word's last inherent vowel goes, and so
/// does one between a sounded vowel and a consonant that has its own vowel (V C_ C V).
fn delete_schwas(units: &mut [Unit]) {
    let n = units.len();
    if n > 1 && units[n - 1].consonant && units[n - 1].schwa {
        units[n - 1].schwa = false;
    }
    for i in (1..n.saturating_sub(1)).rev() {
        if !(units[i].consonant && units[i].schwa) {
            continue;
        }
        let prev = &units[i - 1];
        let vowel_before = !prev.consonant || prev.schwa;
        let next = &units[i + 1];
        let next_voiced =
            next.consonant && (next.schwa || units.get(i + 2).is_some_and(|u| !u.consonant));
        if vowel_before && next_voiced {
            units[i].schwa = false;
        }
    }
}

/// The script-neutral key of a normalized text: transliterated to Latin, then spelled the way
/// the many romanizations agree on — aspiration dropped (kh→k, bh→b), long vowels shortened
/// (aa→a, ee→i, oo→u), f→p, w→v, z→j, q→k, c→k or s, doubled letters single.
pub fn phonetic_key(normalized: &str) -> String {
    // Zero-width (non-)joiners only choose a glyph shape ("స్కాలర్‌షిప్" shows its virama):
    // the same word with and without one must get the same key.
    let visible: String = normalized
        .chars()
        .filter(|c| !matches!(c, '\u{200c}' | '\u{200d}'))
        .collect();
    let latin = transliterate(&abbreviations_in_latin(&visible));
    let chars: Vec<char> = latin.chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let (emit, skip): (&str, usize) = match (c, next) {
            ('c', Some('h')) => {
                if chars.get(i + 2) == Some(&'h') {
                    ("c", 3)
                } else {
                    ("c", 2)
                }
            }
            ('s', Some('h')) => ("s", 2),
            ('k' | 'g' | 't' | 'd' | 'p' | 'b' | 'j', Some('h')) => (consonant_str(c), 2),
            ('c', Some('e' | 'i' | 'y')) => ("s", 1),
            ('c', Some('k')) => ("k", 2),
            ('c', _) => ("k", 1),
            ('f', _) => ("p", 1),
            ('w', _) => ("v", 1),
            ('z', _) => ("j", 1),
            ('q', _) => ("k", 1),
            ('x', _) => ("ks", 1),
            ('e', Some('e')) => ("i", 2),
            ('o', Some('o')) => ("u", 2),
            ('a', Some('a')) => ("a", 2),
            ('i', Some('i')) => ("i", 2),
            ('u', Some('u')) => ("u", 2),
            ('y', next) if !next.is_some_and(is_vowel) && i > 0 && !is_vowel(chars[i - 1]) => {
                ("i", 1)
            }
            _ => {
                // Every other character as it is, through a one-char buffer.
                let mut buf = [0u8; 4];
                let s: &str = c.encode_utf8(&mut buf);
                push_dedup(&mut out, s);
                i += 1;
                continue;
            }
        };
        push_dedup(&mut out, emit);
        i += skip;
    }
    out
}

/// The names of the Latin letters as Telugu and Hindi write them, each with the letter; the
/// short-vowel spellings ("బి" for "బీ") are as common as the long ones in typed messages.
#[rustfmt::skip]
const LETTER_NAMES: &[(&str, char)] = &[
    // Telugu
    ("ఏ", 'a'), ("ఎ", 'a'), ("బీ", 'b'), ("బి", 'b'), ("సీ", 'c'), ("సి", 'c'),
    ("డీ", 'd'), ("డి", 'd'), ("ఈ", 'e'), ("ఇ", 'e'), ("ఎఫ్", 'f'), ("జీ", 'g'),
    ("జి", 'g'), ("హెచ్", 'h'), ("ఎచ్", 'h'), ("ఐ", 'i'), ("జే", 'j'), ("జె", 'j'),
    ("కే", 'k'), ("కె", 'k'), ("ఎల్", 'l'), ("ఎం", 'm'), ("ఎమ్", 'm'), ("ఎన్", 'n'),
    ("ఓ", 'o'), ("ఒ", 'o'), ("పీ", 'p'), ("పి", 'p'), ("క్యూ", 'q'), ("క్యు", 'q'),
    ("ఆర్", 'r'), ("ఎస్", 's'), ("టీ", 't'), ("టి", 't'), ("యూ", 'u'), ("యు", 'u'),
    ("వీ", 'v'), ("వి", 'v'), ("డబ్ల్యూ", 'w'), ("డబ్ల్యు", 'w'), ("ఎక్స్", 'x'),
    ("వై", 'y'), ("జెడ్", 'z'), ("జడ్", 'z'),
    // Devanagari
    ("ए", 'a'), ("बी", 'b'), ("सी", 'c'), ("डी", 'd'), ("ई", 'e'), ("एफ", 'f'),
    ("एफ़", 'f'), ("जी", 'g'), ("एच", 'h'), ("आई", 'i'), ("जे", 'j'), ("के", 'k'),
    ("एल", 'l'), ("एम", 'm'), ("एन", 'n'), ("ओ", 'o'), ("पी", 'p'), ("क्यू", 'q'),
    ("आर", 'r'), ("एस", 's'), ("टी", 't'), ("यू", 'u'), ("वी", 'v'), ("डब्ल्यू", 'w'),
    ("डबल्यू", 'w'), ("एक्स", 'x'), ("वाई", 'y'), ("जेड", 'z'), ("ज़ेड", 'z'),
];

/// Real words that happen to read as letter names ("ఇవి" these, "ఒడి" lap as in Amma Vodi,
/// "बीवी" wife), and English words written in Telugu letters ("సిటీ" city).
const NOT_SPELLED: &[&str] = &[
    "ఏవి",
    "ఇవి",
    "ఒడి",
    "ఒకే",
    "సిటీ",
    "బిజీ",
    "వీడి",
    "విడి",
    "బీడీ",
    "బీడి",
    "ఏది",
    "బీవీ",
    "बीवी",
    "बीबी",
    "सीटी",
    "जीजी",
];

/// A native-script word that is an abbreviation spelled letter by letter ("ఎస్సీ" SC,
/// "एफआईआर" FIR), as lower-case Latin letters; two letters at least. Citizens write these in
/// their own script while the romanized and English examples have the Latin letters, so the
/// classifier should not tell them apart.
pub fn spelled_letters(word: &str) -> Option<String> {
    // In NFC like normalized text; names longest first so "ఎస్" is tried before "ఎ".
    static NAMES: std::sync::LazyLock<Vec<(String, char)>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<(String, char)> = LETTER_NAMES
            .iter()
            .map(|&(n, l)| (n.nfc().collect(), l))
            .collect();
        v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        v
    });
    static REAL_WORDS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| NOT_SPELLED.iter().map(|w| w.nfc().collect()).collect());
    fn split(rest: &str, out: &mut String) -> bool {
        if rest.is_empty() {
            return true;
        }
        for &(ref name, letter) in NAMES.iter() {
            if let Some(tail) = rest.strip_prefix(name.as_str()) {
                out.push(letter);
                if split(tail, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    if word.is_ascii() {
        return None;
    }
    let mut out = String::new();
    let spelled = split(word, &mut out) && out.len() >= 2;
    (spelled && !REAL_WORDS.iter().any(|w| w == word)).then_some(out)
}

/// `text` with every word that is an abbreviation spelled in native letters replaced by its
/// Latin letters ([`spelled_letters`]); what both the phonetic key and the encoder read.
pub fn abbreviations_in_latin(text: &str) -> String {
    text.split(' ')
        .map(|w| spelled_letters(w).unwrap_or_else(|| w.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn consonant_str(c: char) -> &'static str {
    match c {
        'k' => "k",
        'g' => "g",
        't' => "t",
        'd' => "d",
        'p' => "p",
        'b' => "b",
        _ => "j",
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Appends, dropping a letter that repeats the last one ("cheyyali" → "ceyali").
fn push_dedup(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_alphabetic() && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        phonetic_key(&normalize(s))
    }

    #[test]
    fn scripts_and_spellings_meet() {
        assert_eq!(key("కావాలి"), key("kavali"));
        assert_eq!(key("kaavaali"), key("kavali"));
        assert_eq!(key("బిల్లు"), key("billu"));
        assert_eq!(key("बिजली"), key("bijli"));
        assert_eq!(key("करना"), key("karna"));
        assert_eq!(key("चाहिए"), key("chahie"));
        assert_eq!(key("ఎలా"), key("ela"));
        assert_eq!(key("certificate"), key("sertificate"));
        assert_eq!(key("cheyyali"), key("cheyali"));
        assert_eq!(key("స్కాలర్\u{200c}షిప్"), key("స్కాలర్షిప్"));
        assert_eq!(key("స్కాలర్\u{200c}షిప్"), "skalarsip");
    }

    #[test]
    fn abbreviations_spelled_in_native_letters_meet_the_latin_ones() {
        assert_eq!(key("సీఎంఆర్ఎఫ్ స్టేటస్"), key("cmrf స్టేటస్"));
        assert_eq!(key("ఎస్సీ హాస్టల్"), key("sc హాస్టల్"));
        assert_eq!(key("బిసి"), key("BC"));
        assert_eq!(key("ఆర్ఎస్\u{200c}కె"), key("rsk"));
        assert_eq!(key("एफआईआर दर्ज"), key("FIR दर्ज"));
        assert_eq!(key("एफ़आईआर"), key("fir"));
        assert_eq!(spelled_letters("ఈడబ్ల్యూఎస్").as_deref(), Some("ews"));
        // real words and single letters stay words
        assert_eq!(spelled_letters("ఇవి"), None);
        assert_eq!(spelled_letters("ఒడి"), None);
        assert_eq!(spelled_letters("के"), None);
        assert_eq!(spelled_letters("ఈ"), None);
        assert_eq!(spelled_letters("కావాలి"), None);
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize("Plzzzz  HELP!!! 🙏"), "plzz help");
        assert_eq!(normalize("౧౨౩ and १२३"), "123 and 123");
        assert_eq!(normalize("nine eight four one"), "9841");
        assert_eq!(normalize("one bill"), "one bill");
        assert_eq!(normalize("15/12/2025, please."), "15/12/2025 please");
    }
}
