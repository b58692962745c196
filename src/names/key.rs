//! The cross-romanisation key: one spelling-independent skeleton for a folded word.
//!
//! Romanisation schemes (BGN/PCGN, ISO 9, ICAO, scholarly, the national Belarusian and
//! Ukrainian ones, Polish- and German-style spellings) and the Belarusian/Russian/Ukrainian
//! pronunciations of one name differ mostly in vowels and in a few consonant groups. The key
//! keeps the consonant skeleton after mapping each group of equivalent letters to one class,
//! and drops vowels (keeping only whether the word starts with one). So
//! Kalesnikava / Kolesnikova, Tsikhanouskaya / Tikhanovskaya, Siarhei / Sergei / Sergey,
//! Aliaksandr / Alexander all get one key each.
//!
//! The key is for *blocking* and as one signal in [`crate::names::compare`]; on its own it is
//! too coarse to decide a match (it is a many-to-one map by design).

/// Letter groups and the class each maps to, longest first within a leading letter.
/// Each row: (spelling, class, why).
const GROUPS: &[(&str, &str, &str)] = &[
    ("shch", "S", "щ: BGN shch, German schtsch (folded)"),
    ("sch", "S", "German sch = English sh"),
    ("sh", "S", "ш"),
    ("sz", "S", "Polish sz = sh"),
    ("zh", "Z", "ж"),
    ("rz", "Z", "Polish rz = zh"),
    ("dzh", "J", "џ / дж: Dzhokhar = Jokhar"),
    ("dj", "J", "ђ"),
    ("tch", "C", "English/French tch = ch"),
    ("ch", "C", "ч"),
    ("cz", "C", "Polish cz = ch"),
    ("tsch", "C", "German tsch = ch"),
    ("kh", "H", "х: kh / h / ch are one sound"),
    ("gh", "H", "ғ and Irish/Arabic gh"),
    ("h", "H", "Belarusian/Ukrainian г is h where Russian has g"),
    ("g", "H", "… so g and h share a class"),
    (
        "ts",
        "T",
        "Belarusian ць (dzekanye) vs Russian т: Tsikhanouskaya / Tikhanovskaya",
    ),
    ("tz", "T", "German tz"),
    ("th", "T", "Greek θ, English th"),
    ("t", "T", "т"),
    ("dz", "D", "Belarusian дз vs Russian д"),
    ("d", "D", "д"),
    ("x", "KS", "x = ks: Alexander / Aliaksandr"),
    ("ck", "K", "ck = k"),
    ("ks", "KS", "ks"),
    ("k", "K", "к"),
    ("q", "K", "қ / q"),
    (
        "c",
        "K",
        "c before a, o, u and consonants is k (before e, i, y see below)",
    ),
    ("ph", "F", "ph = f"),
    ("f", "F", "ф"),
    ("w", "V", "w = v in German and Polish spellings"),
    ("v", "V", "в"),
    ("b", "B", "б"),
    ("p", "P", "п"),
    ("m", "M", "м"),
    ("n", "N", "н"),
    ("l", "L", "л"),
    ("r", "R", "р"),
    ("s", "S0", "с"),
    ("z", "Z0", "з"),
    ("j", "", "й / j is a glide: Yevgeny / Jevgenij / Evgeny"),
];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The skeleton key of one folded word (lower-case ASCII expected; other characters are
/// kept as they are, so names in scripts without a transliteration still key to themselves).
///
/// ```
/// use eventgraph::names::key::word_key;
/// assert_eq!(word_key("kalesnikava"), word_key("kolesnikova"));
/// assert_eq!(word_key("tsikhanouskaya"), word_key("tikhanovskaya"));
/// assert_eq!(word_key("siarhei"), word_key("sergey"));
/// assert_eq!(word_key("aliaksandr"), word_key("alexander"));
/// assert_ne!(word_key("lukashevich"), word_key("lukashenko"));
/// ```
pub fn word_key(word: &str) -> String {
    let b = word.as_bytes();
    let mut out = String::with_capacity(b.len());
    if let Some(&first) = b.first()
        && (is_vowel(first) || first == b'j')
    {
        // Whether the word starts with a vowel sound: Aliaksandr vs Liaksandr differ.
        out.push('_');
    }
    let mut last_class = "";
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !c.is_ascii() {
            // Not a Latin letter after folding: keep the whole character.
            let ch = word[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            last_class = "";
            i += ch.len_utf8();
            continue;
        }
        if is_vowel(c) {
            // Belarusian ў after a vowel is written u where Russian has v: -ouskaya / -ovskaya.
            if c == b'u' && i > 0 && is_vowel(b[i - 1]) && b[i - 1] != b'u' {
                push_class(&mut out, &mut last_class, "V");
            } else {
                last_class = "";
            }
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            out.push(c as char);
            last_class = "";
            i += 1;
            continue;
        }
        // c before e, i, y is s (Cecilia, Cyprus).
        if c == b'c' && b.get(i + 1).is_some_and(|&n| matches!(n, b'e' | b'i' | b'y')) {
            push_class(&mut out, &mut last_class, "S0");
            i += 1;
            continue;
        }
        let rest = &b[i..];
        match groups_from(c).iter().find(|(g, _)| rest.starts_with(g.as_bytes())) {
            Some((g, class)) => {
                push_class(&mut out, &mut last_class, class);
                i += g.len();
            }
            None => {
                i += 1;
                last_class = "";
            }
        }
    }
    out
}

/// The rows of [`GROUPS`] that begin with the ASCII letter `c`, in table order (so the
/// longest spelling still wins), found without scanning the whole table.
fn groups_from(c: u8) -> &'static [(&'static str, &'static str)] {
    static BY_LETTER: std::sync::OnceLock<Vec<Vec<(&'static str, &'static str)>>> = std::sync::OnceLock::new();
    let table = BY_LETTER.get_or_init(|| {
        let mut t = vec![Vec::new(); 128];
        for &(g, class, _) in GROUPS {
            t[usize::from(g.as_bytes()[0])].push((g, class));
        }
        t
    });
    table.get(usize::from(c)).map(Vec::as_slice).unwrap_or(&[])
}

/// Appends a class unless it repeats the previous one (double letters: Hannibal / Hanibal).
fn push_class(out: &mut String, last: &mut &'static str, class: &'static str) {
    if class.is_empty() {
        *last = "";
        return;
    }
    if *last != class {
        out.push_str(class);
    }
    *last = class;
}

/// The key of a whole folded name: the word keys joined by spaces.
pub fn name_key(folded: &str) -> String {
    let mut out = String::new();
    for w in super::fold::words(folded) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word_key(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::fold;

    fn k(s: &str) -> String {
        name_key(&fold(s))
    }

    #[test]
    fn romanisations_of_one_name_meet() {
        let classes: &[&[&str]] = &[
            &["Kalesnikava", "Kolesnikova", "Калеснікава", "Колесникова"],
            &["Bialiatski", "Bialiatsky", "Beliatski", "Бяляцкі"],
            &[
                "Tsikhanouskaya",
                "Tikhanovskaya",
                "Tsikhanovskaya",
                "Ціханоўская",
                "Тихановская",
            ],
            &["Lukashenko", "Lukashenka", "Лукашенко", "Лукашэнка", "Lukašenka"],
            &["Babaryka", "Babariko", "Бабарыка"],
            &["Siarhei", "Sergei", "Sergey", "Сергей", "Сяргей"],
            &["Sviatlana", "Svetlana", "Святлана", "Светлана"],
            &["Viktar", "Viktor", "Віктар"],
            &["Aliaksandr", "Alexander", "Aleksandr", "Аляксандр"],
            &["Tatsiana", "Tatiana", "Tatyana", "Таццяна", "Татьяна"],
            &["Viasna", "Vjasna", "Vyasna", "Вясна"],
            &["Yevgeny", "Evgeny", "Jevgenij"],
        ];
        for class in classes {
            let first = k(class[0]);
            for other in &class[1..] {
                assert_eq!(k(other), first, "{} vs {}", class[0], other);
            }
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(k("Lukashevich"), k("Lukashenko"));
        assert_ne!(k("Viktar"), k("Eduard"));
        assert_ne!(k("Putin"), k("Lukashenko"));
        assert_ne!(k("Barkhanoev"), k("Barakhoev"));
    }

    #[test]
    fn keeps_unknown_scripts() {
        assert_eq!(k("习近平"), "习近平");
        assert_eq!(k(""), "");
    }
}
