//! Folding: one canonical, script-neutral spelling of a name.
//!
//! `fold` lower-cases, strips diacritics (Unicode NFKD, combining marks dropped),
//! replaces letters that do not decompose (ł, ø, ß, đ, æ …), transliterates Cyrillic and
//! Greek to Latin, drops apostrophes and turns other punctuation into single spaces.
//! The result is idempotent: `fold(fold(x)) == fold(x)`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Cyrillic letters (Russian, Belarusian, Ukrainian, Serbian, Kazakh) to a plain Latin
/// spelling. The spelling is deliberately "loose" (close to BGN/PCGN); the differences between
/// national schemes are absorbed later by [`crate::names::key`].
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        // Russian г is g; Belarusian and Ukrainian г is h. Both fold to "g"/"h" classes in the
        // key, so the choice here only needs to be consistent: Latin sources for Belarusian and
        // Ukrainian names write "h", Russian ones "g".
        'г' => "g",
        'ґ' => "g",
        'ғ' => "gh",
        'д' => "d",
        'ђ' => "dj",
        'е' => "e",
        'ё' => "yo",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'ѕ' => "dz",
        'и' => "i",
        'і' => "i",
        'ї' => "yi",
        'й' => "y",
        'ј' => "j",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'ң' => "ng",
        'њ' => "nj",
        'о' => "o",
        'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' => "u",
        'ў' => "u",
        'ұ' => "u",
        'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'џ' => "dzh",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ә' => "a",
        _ => return None,
    })
}

/// Greek letters to Latin (ELOT 743, simplified).
fn greek(c: char) -> Option<&'static str> {
    Some(match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => return None,
    })
}

/// Latin letters that NFKD does not decompose into a base letter plus marks.
fn special_latin(c: char) -> Option<&'static str> {
    Some(match c {
        // Carons of Czech, Slovak, Baltic and ISO 9 romanisation spell the same sounds as the
        // English digraphs: Lukašenka = Lukashenka.
        'š' => "sh",
        'ž' => "zh",
        'č' => "ch",
        'ł' => "l",
        'ø' => "o",
        'ß' => "ss",
        'đ' | 'ð' => "d",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ı' => "i",
        'ŀ' => "l",
        'ħ' => "h",
        'ŧ' => "t",
        'ŋ' => "ng",
        _ => return None,
    })
}

/// True for characters that join the parts of one word and vanish when folded
/// (apostrophes, modifier letters, the Arabic/Hebrew transliteration marks ʼ ʻ).
fn is_elided(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '\u{02BE}' | '\u{02BF}' | '`' | '´'
    )
}

/// Folds a name to its canonical comparison form.
///
/// ```
/// use eventgraph::names::fold;
/// assert_eq!(fold("Aleś  Bialiacki"), "ales bialiacki");
/// assert_eq!(fold("Аляксандр Лукашэнка"), "alyaksandr lukashenka");
/// assert_eq!(fold("O’Brien-Smith"), "obrien smith");
/// assert_eq!(fold("Łukasz Żółć"), "lukasz zolc");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let push = |piece: &str, out: &mut String, pending_space: &mut bool| {
        if piece.is_empty() {
            return;
        }
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        out.push_str(piece);
    };
    let mut buf = [0u8; 4];
    for c in s.chars() {
        // Fast path for ASCII: letters and digits lower-cased, apostrophes and backticks
        // vanish, everything else separates words.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            } else if c != '\'' && c != '`' {
                pending_space = true;
            }
            continue;
        }
        if is_elided(c) {
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        if let Some(t) = cyrillic(lower)
            .or_else(|| greek(lower))
            .or_else(|| special_latin(lower))
        {
            push(t, &mut out, &mut pending_space);
            continue;
        }
        for d in lower.nfkd() {
            if is_combining_mark(d) {
                continue;
            }
            let d = d.to_lowercase().next().unwrap_or(d);
            if let Some(t) = special_latin(d).or_else(|| cyrillic(d)).or_else(|| greek(d)) {
                push(t, &mut out, &mut pending_space);
            } else if d.is_alphanumeric() {
                push(d.encode_utf8(&mut buf), &mut out, &mut pending_space);
            } else if is_elided(d) {
                // an apostrophe produced by compatibility decomposition
            } else {
                pending_space = true;
            }
        }
    }
    out
}

/// Splits a folded string into its words.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_marks_and_case() {
        assert_eq!(fold("Crédit Agricole S.A."), "credit agricole s a");
        assert_eq!(fold("ERDOĞAN"), "erdogan");
        assert_eq!(fold("Simonyán"), "simonyan");
    }

    #[test]
    fn transliterates_cyrillic_scripts() {
        assert_eq!(fold("Сергей Лавров"), "sergey lavrov");
        assert_eq!(fold("Ціханоўская"), "tsikhanouskaya");
        assert_eq!(fold("Тоқаев"), "toqaev");
        assert_eq!(fold("Вучић"), "vuchic");
        assert_eq!(fold("Lukašenka"), "lukashenka");
    }

    #[test]
    fn punctuation_becomes_single_spaces() {
        assert_eq!(fold("  Jean--Claude   Juncker. "), "jean claude juncker");
        assert_eq!(fold("\u{1F600}"), "");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn is_idempotent_on_mixed_input() {
        for s in ["Ǆemal ﬁeld", "Ⅻ Ωmega", "Ǳ", "Ⓐⓑ", "ﾊﾝｶｸ", "Straße Æsir"] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
    }
}
