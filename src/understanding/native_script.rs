//! Romanized examples rewritten in native script, as extra training rows for the e5 head.
//!
//! e5 reads Telugu in Telugu script far better than Telugu in Latin letters, but a third of
//! the Telugu examples are romanized or mixed, and what they teach the e5 head about a service
//! (its vocabulary, the way citizens ask for it) stays in the romanized region of the
//! embedding space. Rewriting them in native script lets the head learn from them what it
//! will see in a Telugu-script message.
//!
//! The spellings come from the examples themselves, nothing else: every native-script word the
//! language teams wrote is filed under its phonetic key ([`phonetic_key`]), which is the same
//! for "kavali" and "కావాలి"; a Latin word takes the most common native spelling of its key.
//! A loanword the examples spell by ear ("certificate", "సర్టిఫికెట్") is matched on its
//! consonant skeleton and a small edit distance instead. A word with neither stays in Latin
//! letters, and the example becomes a mixed one. The rewritten rows train the e5 head only:
//! they are not examples a message is compared with, and the lexical tier never sees them (its
//! phonetic key is script-neutral already).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::examples::Example;
use super::lexical::skeleton;
use super::normalize::{normalize, phonetic_key};

/// The script a language's native examples are written in, by Unicode block.
fn native_block(lang: &str) -> Option<std::ops::RangeInclusive<char>> {
    match lang {
        "te" => Some('\u{0c00}'..='\u{0c7f}'),
        "hi" => Some('\u{0900}'..='\u{097f}'),
        _ => None,
    }
}

/// One language's native spellings, learned from its examples.
pub struct NativeSpellings {
    /// Phonetic key → the most common native spelling of it.
    by_key: HashMap<String, String>,
    /// Consonant skeleton → (key, how often the examples use it), for loanwords.
    by_skeleton: HashMap<String, Vec<(String, usize)>>,
}

impl NativeSpellings {
    /// Files every word of `texts` (normalized) written wholly in `block` under its key.
    pub fn learn<'a>(
        block: &std::ops::RangeInclusive<char>,
        texts: impl IntoIterator<Item = &'a str>,
    ) -> NativeSpellings {
        // BTreeMaps: ties between spellings are broken the same way on every run.
        let mut seen: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for text in texts {
            for word in text.split_whitespace() {
                let native = word.chars().any(|c| block.contains(&c))
                    && !word.chars().any(|c| c.is_ascii_alphanumeric());
                if native {
                    let key = phonetic_key(word);
                    if !key.is_empty() {
                        *seen
                            .entry(key)
                            .or_default()
                            .entry(word.to_string())
                            .or_default() += 1;
                    }
                }
            }
        }
        let mut by_key = HashMap::new();
        let mut by_skeleton: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (key, spellings) in seen {
            let total = spellings.values().sum();
            // Most common first; among equals, the first in code-point order.
            let best = spellings
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(s, _)| s)
                .unwrap_or_default();
            by_skeleton
                .entry(skeleton(&key))
                .or_default()
                .push((key.clone(), total));
            by_key.insert(key, best);
        }
        NativeSpellings {
            by_key,
            by_skeleton,
        }
    }

    /// The native spelling of one Latin word, if the examples give one.
    fn spell(&self, word: &str) -> Option<&str> {
        let key = phonetic_key(word);
        if let Some(s) = self.by_key.get(&key) {
            return Some(s);
        }
        // Short keys match too much by skeleton ("lo", "ki"): exact keys only.
        let len = key.chars().count();
        if len < 3 {
            return None;
        }
        let limit = (len / 3).max(1);
        self.by_skeleton
            .get(&skeleton(&key))?
            .iter()
            .map(|(k, n)| (strsim::levenshtein(&key, k), std::cmp::Reverse(*n), k))
            .filter(|(d, _, _)| *d <= limit)
            .min()
            .and_then(|(_, _, k)| self.by_key.get(k))
            .map(String::as_str)
    }

    /// `normalized` with every Latin word the examples know written in native script, and
    /// whether any Latin word is left; `None` when no word changed.
    pub fn rewrite(&self, normalized: &str) -> Option<(String, bool)> {
        let mut changed = false;
        let mut latin_left = false;
        let words: Vec<&str> = normalized
            .split_whitespace()
            .map(|w| {
                if !w.chars().all(|c| c.is_ascii_alphabetic()) {
                    latin_left |= w.chars().any(|c| c.is_ascii_alphabetic());
                    return w;
                }
                match self.spell(w) {
                    Some(s) => {
                        changed = true;
                        s
                    }
                    None => {
                        latin_left = true;
                        w
                    }
                }
            })
            .collect();
        changed.then(|| (words.join(" "), latin_left))
    }
}

/// The romanized and mixed examples of every language with a native script, rewritten in it
/// with spellings learned from `examples`; form "native" when no Latin word is left, "mixed"
/// otherwise. A rewrite that equals an example (or an earlier rewrite) is left out.
pub fn rewrite_examples(examples: &[&Example]) -> Vec<Example> {
    let mut known: HashSet<String> = examples.iter().map(|e| normalize(&e.text)).collect();
    let mut langs: Vec<&str> = examples.iter().map(|e| e.lang.as_str()).collect();
    langs.sort();
    langs.dedup();
    let mut out = Vec::new();
    for lang in langs {
        let Some(block) = native_block(lang) else {
            continue;
        };
        let of_lang: Vec<(&Example, String)> = examples
            .iter()
            .filter(|e| e.lang == lang)
            .map(|e| (*e, normalize(&e.text)))
            .collect();
        let spellings = NativeSpellings::learn(&block, of_lang.iter().map(|(_, n)| n.as_str()));
        for (e, normalized) in &of_lang {
            if e.form == "native" {
                continue;
            }
            let Some((text, latin_left)) = spellings.rewrite(normalized) else {
                continue;
            };
            if !known.insert(text.clone()) {
                continue;
            }
            out.push(Example {
                text,
                intent: e.intent.clone(),
                table: e.table.clone(),
                lang: e.lang.clone(),
                form: if latin_left { "mixed" } else { "native" }.to_string(),
                origin: format!("{} (rewritten in native script)", e.origin),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(text: &str, intent: &str, form: &str) -> Example {
        Example {
            text: text.into(),
            intent: intent.into(),
            table: intent.into(),
            lang: "te".into(),
            form: form.into(),
            origin: "intents/te/x.toml:1".into(),
        }
    }

    /// Romanized words take the native spelling the examples use for their key; a loanword
    /// spelt by ear is found by its skeleton; a word the examples never write natively stays
    /// in Latin letters, which makes the rewrite a mixed example.
    #[test]
    fn romanized_examples_are_rewritten_with_the_examples_own_spellings() {
        let examples = [
            example("నాకు ఆదాయ సర్టిఫికెట్ కావాలి", "revenue.income_certificate", "native"),
            example("కరెంటు బిల్లు కట్టాలి", "energy.bill_payment", "native"),
            example(
                "naaku income certificate kavali",
                "revenue.income_certificate",
                "romanized",
            ),
            example("current bill kattali", "energy.bill_payment", "romanized"),
            example("కరెంటు బిల్లు కట్టాలి", "energy.bill_payment", "mixed"),
        ];
        let refs: Vec<&Example> = examples.iter().collect();
        let rewritten = rewrite_examples(&refs);
        let texts: Vec<(&str, &str)> = rewritten
            .iter()
            .map(|e| (e.text.as_str(), e.form.as_str()))
            .collect();
        // "current bill kattali" becomes "కరెంటు బిల్లు కట్టాలి", which is an example already.
        assert_eq!(texts, [("నాకు income సర్టిఫికెట్ కావాలి", "mixed")]);
        assert_eq!(rewritten[0].intent, "revenue.income_certificate");
        assert!(rewritten[0]
            .origin
            .ends_with("(rewritten in native script)"));
    }

    /// English has no native script; a text with nothing to rewrite gives nothing.
    #[test]
    fn nothing_to_rewrite_gives_nothing() {
        let mut en = example("income certificate", "revenue.income_certificate", "native");
        en.lang = "en".into();
        let te = example("zzqx", "revenue.income_certificate", "romanized");
        assert!(rewrite_examples(&[&en, &te]).is_empty());
    }
}
