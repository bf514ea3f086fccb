//! Names in Danish alphabetical order, the one order every list the user reads is
//! sorted by (pickers, the join report, the table).
//!
//! The rules are Retskrivningsordbogen's and those of CLDR's Danish collation (what
//! `Intl.Collator("da")` does in a browser):
//! * letters compare without case: `a` = `A`;
//! * æ, ø, å come after z, in that order (Æ < Ø < Å);
//! * ä sorts as æ, ö (and ő) as ø, ü (and ű) as y, é and other accented letters as
//!   their plain letter (é as e, á as a, ç as c …), ß as ss;
//! * **«aa» sorts as å**, so Aabenraa, Aalborg and Aarhus come with Århus after Ø, as
//!   dictionaries and CLDR place them; Danish place names spell å so (Haarby, Faaborg),
//!   and names where «aa» is two vowels are rare among places;
//! * white space before punctuation before digits before letters; a run of digits
//!   compares by its value, so «Sogn 2» comes before «Sogn 10»;
//! * ties — names the rules above call equal — are broken first by the letters as
//!   written (plain before accented, å before aa, `2` before `02`), then by case
//!   (capital first) and finally by code point, so the order is total and the same
//!   everywhere.

use std::cmp::Ordering;

/// A name's place in Danish order; compare keys to compare names. Build one per name
/// and sort by it ([`sort_danish`]) rather than comparing names pairwise in a sort.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DanishKey {
    /// What the rules compare: one weight per letter, digit run or mark.
    primary: Vec<u32>,
    /// The first tie-break: how each letter was written (accents, aa, leading zeros).
    secondary: Vec<u32>,
    /// The last tie-breaks: the name itself (capitals sort before small letters).
    original: String,
}

const SPACE: u32 = 0;
const MARK: u32 = 1 << 24;
const NUMBER: u32 = 2 << 24;
const LETTER: u32 = 3 << 24;
/// Letters of other scripts, after å.
const OTHER_LETTER: u32 = 4 << 24;

/// The weight of a lower-case Latin letter a–z, or æ ø å after them.
fn letter(c: char) -> u32 {
    LETTER
        + match c {
            'æ' => 27,
            'ø' => 28,
            'å' => 29,
            c => u32::from(c) - u32::from('a') + 1,
        }
}

/// The plain letters a lower-case letter sorts as, when it is not itself one of a–z,
/// æ, ø, å.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'ǣ' | 'ǽ' => "æ",
        'ö' | 'ő' | 'ǿ' => "ø",
        'ü' | 'ű' | 'ý' | 'ÿ' => "y",
        'á' | 'à' | 'â' | 'ã' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ó' | 'ò' | 'ô' | 'õ' | 'ō' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ú' | 'ù' | 'û' | 'ū' | 'ů' => "u",
        'ź' | 'ž' | 'ż' => "z",
        _ => return None,
    })
}

/// The key that places `name` in Danish order.
///
/// ```
/// use atlas_core::text::collate::danish_key;
/// let mut v = vec!["Østerbro", "Amager Vest", "Åbyhøj", "Ærø", "Valby", "Aarhus"];
/// v.sort_by_key(|n| danish_key(n));
/// assert_eq!(v, ["Amager Vest", "Valby", "Ærø", "Østerbro", "Åbyhøj", "Aarhus"]);
/// ```
pub fn danish_key(name: &str) -> DanishKey {
    let lower: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let mut primary = Vec::with_capacity(lower.len());
    let mut secondary = Vec::with_capacity(lower.len());
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < lower.len() && lower[i].is_ascii_digit() {
                i += 1;
            }
            let run = &lower[start..i];
            let zeros = run
                .iter()
                .take_while(|d| **d == '0')
                .count()
                .min(run.len() - 1);
            let digits = &run[zeros..];
            // a longer number is a larger one; equal lengths compare digit by digit
            primary.push(NUMBER + digits.len() as u32);
            primary.extend(digits.iter().map(|d| NUMBER + u32::from(*d)));
            secondary.push(zeros as u32);
            continue;
        }
        if c == 'a' && lower.get(i + 1) == Some(&'a') {
            primary.push(letter('å'));
            // after å written as å
            secondary.push(u32::from(char::MAX) + 1);
            i += 2;
            continue;
        }
        match c {
            'a'..='z' | 'æ' | 'ø' | 'å' => {
                primary.push(letter(c));
                secondary.push(0);
            }
            c if c.is_whitespace() => {
                primary.push(SPACE);
                secondary.push(0);
            }
            c => match fold(c) {
                Some(plain) => {
                    primary.extend(plain.chars().map(letter));
                    secondary.extend(plain.chars().map(|_| u32::from(c)));
                }
                None if c.is_alphabetic() => {
                    primary.push(OTHER_LETTER + u32::from(c));
                    secondary.push(0);
                }
                None => {
                    primary.push(MARK + u32::from(c));
                    secondary.push(0);
                }
            },
        }
        i += 1;
    }
    DanishKey {
        primary,
        secondary,
        original: name.to_owned(),
    }
}

/// `a` against `b` in Danish order.
///
/// ```
/// use atlas_core::text::collate::danish_cmp;
/// use std::cmp::Ordering;
/// assert_eq!(danish_cmp("Åbyhøj", "Østerbro"), Ordering::Greater);
/// assert_eq!(danish_cmp("valby", "Vanløse"), Ordering::Less);
/// assert_eq!(danish_cmp("Müller", "Myre"), Ordering::Less); // ü as y
/// assert_eq!(danish_cmp("Sogn 2", "Sogn 10"), Ordering::Less);
/// ```
pub fn danish_cmp(a: &str, b: &str) -> Ordering {
    danish_key(a).cmp(&danish_key(b))
}

/// Sort `items` by the name `name` gives each, in Danish order (each key built once).
///
/// ```
/// use atlas_core::text::collate::sort_danish;
/// let mut d = vec![(0, "Østerbro"), (1, "Amager Øst"), (2, "Amager Vest")];
/// sort_danish(&mut d, |(_, n)| n);
/// assert_eq!(d, [(2, "Amager Vest"), (1, "Amager Øst"), (0, "Østerbro")]);
/// ```
pub fn sort_danish<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|x| danish_key(name(x)));
}
