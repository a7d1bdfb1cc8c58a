//! Slot types and the validation of what a citizen typed for them.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::text::{ascii_digits, fold};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Future,
    Past,
    Any,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum SlotType {
    Text {
        #[serde(default = "default_min_len")]
        min_len: usize,
        #[serde(default = "default_max_len")]
        max_len: usize,
    },
    Digits {
        min_len: usize,
        max_len: usize,
    },
    Number {
        min: i64,
        max: i64,
    },
    Amount {
        min: i64,
        max: i64,
    },
    Pattern {
        pattern: String,
    },
    Mobile,
    Date {
        #[serde(default = "default_when")]
        when: When,
    },
    Choice {
        options: Vec<String>,
    },
}

fn default_min_len() -> usize {
    1
}
fn default_max_len() -> usize {
    200
}
fn default_when() -> When {
    When::Any
}

/// A validated value in canonical form (dates as `YYYY-MM-DD`, choices as option ids).
pub type SlotValue = String;

/// Why an input was refused; the dialogue re-prompts with the slot's `.invalid` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    Format,
    TooShort,
    TooLong,
    OutOfRange,
    DateNotFuture,
    DateNotPast,
}

/// Relative-day words ("today", "repu", "कल") per offset in days, from `intents/vocabulary.toml`.
pub type DateWords = [(i64, Vec<String>)];

impl SlotType {
    /// Checks the definition itself (called while loading the graph).
    pub fn validate_definition(&self) -> Result<(), String> {
        match self {
            SlotType::Text { min_len, max_len } | SlotType::Digits { min_len, max_len }
                if min_len > max_len =>
            {
                Err(format!(
                    "min_len {min_len} is greater than max_len {max_len}"
                ))
            }
            SlotType::Number { min, max } | SlotType::Amount { min, max } if min > max => {
                Err(format!("min {min} is greater than max {max}"))
            }
            SlotType::Pattern { pattern } => regex::Regex::new(pattern)
                .map(|_| ())
                .map_err(|e| format!("pattern does not compile: {e}")),
            SlotType::Choice { options } if options.is_empty() => {
                Err("a choice needs options".into())
            }
            _ => Ok(()),
        }
    }

    /// Validates and canonicalises free text for every type but `Choice`, which the dialogue
    /// matches against the option names in each language.
    pub fn parse(
        &self,
        input: &str,
        today: NaiveDate,
        date_words: &DateWords,
    ) -> Result<SlotValue, Invalid> {
        let input = input.trim();
        match self {
            SlotType::Text { min_len, max_len } => {
                let n = input.chars().count();
                if n < *min_len {
                    Err(Invalid::TooShort)
                } else if n > *max_len {
                    Err(Invalid::TooLong)
                } else {
                    Ok(input.to_string())
                }
            }
            SlotType::Digits { min_len, max_len } => {
                let compact: String = ascii_digits(input)
                    .chars()
                    .filter(|c| !matches!(c, ' ' | '-'))
                    .collect();
                if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit()) {
                    Err(Invalid::Format)
                } else if compact.len() < *min_len {
                    Err(Invalid::TooShort)
                } else if compact.len() > *max_len {
                    Err(Invalid::TooLong)
                } else {
                    Ok(compact)
                }
            }
            SlotType::Number { min, max } => {
                let n: i64 = ascii_digits(input)
                    .trim()
                    .parse()
                    .map_err(|_| Invalid::Format)?;
                if n < *min || n > *max {
                    Err(Invalid::OutOfRange)
                } else {
                    Ok(n.to_string())
                }
            }
            SlotType::Amount { min, max } => parse_amount(input, *min, *max),
            SlotType::Pattern { pattern } => {
                let compact: String = ascii_digits(input)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .flat_map(|c| c.to_uppercase())
                    .collect();
                // The definition was validated at load time; a bad pattern matches nothing.
                let re = regex::Regex::new(pattern).map_err(|_| Invalid::Format)?;
                if re.is_match(&compact) {
                    Ok(compact)
                } else {
                    Err(Invalid::Format)
                }
            }
            SlotType::Mobile => parse_mobile(input),
            SlotType::Date { when } => {
                let date = parse_date(input, today, date_words, *when).ok_or(Invalid::Format)?;
                match when {
                    When::Future if date < today => Err(Invalid::DateNotFuture),
                    When::Past if date > today => Err(Invalid::DateNotPast),
                    _ => Ok(date.format("%Y-%m-%d").to_string()),
                }
            }
            SlotType::Choice { .. } => Err(Invalid::Format),
        }
    }
}

fn parse_amount(input: &str, min: i64, max: i64) -> Result<SlotValue, Invalid> {
    let s = fold(&ascii_digits(input));
    let s = s
        .trim_start_matches('₹')
        .trim_start_matches("rs.")
        .trim_start_matches("rs")
        .trim_start_matches("inr")
        .trim()
        .trim_end_matches("rupees")
        .trim_end_matches("/-")
        .trim();
    let digits: String = s.chars().filter(|c| *c != ',').collect();
    let whole = digits.split('.').next().unwrap_or("");
    let n: i64 = whole.parse().map_err(|_| Invalid::Format)?;
    if n < min || n > max {
        Err(Invalid::OutOfRange)
    } else {
        Ok(n.to_string())
    }
}

fn parse_mobile(input: &str) -> Result<SlotValue, Invalid> {
    let digits: String = ascii_digits(input)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    let digits = digits.trim_start_matches('+');
    let local = if digits.len() == 12 && digits.starts_with("91") {
        &digits[2..]
    } else if digits.len() == 11 && digits.starts_with('0') {
        &digits[1..]
    } else {
        digits
    };
    if local.len() == 10
        && local.chars().all(|c| c.is_ascii_digit())
        && matches!(local.as_bytes()[0], b'6'..=b'9')
    {
        Ok(local.to_string())
    } else {
        Err(Invalid::Format)
    }
}

/// Parses `15/12/2025`, `15-12-25`, `15.12`, `2025-12-15` or a relative-day word.
pub fn parse_date(
    input: &str,
    today: NaiveDate,
    date_words: &DateWords,
    when: When,
) -> Option<NaiveDate> {
    let folded = fold(&ascii_digits(input));
    let folded = folded.trim();
    for (offset, words) in date_words {
        if words.iter().any(|w| fold(w) == folded) {
            return today.checked_add_signed(chrono::Duration::days(*offset));
        }
    }
    let parts: Vec<&str> = folded
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match nums.as_slice() {
        [y, m, d] if *y >= 1000 => NaiveDate::from_ymd_opt(*y as i32, *m, *d),
        [d, m, y] => {
            let y = if *y < 100 {
                2000 + *y as i32
            } else {
                *y as i32
            };
            NaiveDate::from_ymd_opt(y, *m, *d)
        }
        [d, m] => {
            // Without a year: this year, except that a citizen booking "15/1" in December
            // means next January.
            let this_year = NaiveDate::from_ymd_opt(today.year(), *m, *d)?;
            if when == When::Future && this_year < today {
                NaiveDate::from_ymd_opt(today.year() + 1, *m, *d)
            } else {
                Some(this_year)
            }
        }
        _ => None,
    }
}
