//! Small text utilities shared by every stage: digits in any script, and a folded form for
//! comparing what a citizen typed with known words.

use unicode_normalization::UnicodeNormalization;

/// Replaces Telugu (౦-౯) and Devanagari (०-९) digits with ASCII digits.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0C66}'..='\u{0C6F}' => char::from(b'0' + (c as u32 - 0x0C66) as u8),
            '\u{0966}'..='\u{096F}' => char::from(b'0' + (c as u32 - 0x0966) as u8),
            _ => c,
        })
        .collect()
}

/// NFC, lower case, whitespace collapsed, surrounding punctuation and emoji removed: the form in
/// which typed commands and option names are compared.
pub fn fold(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let lower = nfc.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .trim_matches(|c: char| !c.is_alphanumeric() && !is_indic_mark(c) && c != '₹')
        .to_string()
}

/// Combining marks of Indic scripts are not `alphanumeric` but belong to the word.
fn is_indic_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{0C00}'..='\u{0C7F}')
}

/// A whole number typed alone ("3", "౩", " 12. "), as used for menu selection.
pub fn typed_number(s: &str) -> Option<usize> {
    let t = ascii_digits(s);
    let t = t.trim().trim_end_matches(['.', ')']);
    if !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()) {
        t.parse().ok()
    } else {
        None
    }
}

/// Shortens `s` to at most `max` characters, ending with '…' when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_any_script() {
        assert_eq!(ascii_digits("౧౨౩"), "123");
        assert_eq!(ascii_digits("४५"), "45");
        assert_eq!(typed_number(" ౩ "), Some(3));
        assert_eq!(typed_number("12."), Some(12));
        assert_eq!(typed_number("1a"), None);
    }

    #[test]
    fn fold_keeps_indic_marks() {
        assert_eq!(fold("  మెనూ!! "), "మెనూ");
        assert_eq!(fold("Main   MENU."), "main menu");
        assert_eq!(fold("मेनू"), "मेनू");
    }

    #[test]
    fn clip_counts_characters() {
        assert_eq!(clip("ఆదాయ ధృవీకరణ పత్రం", 50), "ఆదాయ ధృవీకరణ పత్రం");
        assert_eq!(clip("abcdefgh", 5), "abcd…");
    }
}
