//! Why a classification method cannot classify, in words.

use crate::issue::kinds::CannotClassify;
use crate::text::numbers::format_number;
use crate::text::Lang::{self, Da, En};

impl CannotClassify {
    /// The sentence in `lang`.
    ///
    /// ```
    /// use atlas_core::classify::methods::CannotClassify;
    /// use atlas_core::Lang;
    /// assert_eq!(CannotClassify::BoxMapTooFewValues { count: 3 }.say(Lang::Da), "Et boksplot kræver mindst 4 værdier; der er 3.");
    /// ```
    pub fn say(&self, lang: Lang) -> String {
        use CannotClassify as C;
        match (self, lang) {
            (C::NoValues, Da) => "Der er ingen værdier at inddele.".into(),
            (C::NoValues, En) => "There are no values to classify.".into(),
            (C::QuantileNoValues, Da) => "Der er ingen værdier.".into(),
            (C::QuantileNoValues, En) => "There are no values.".into(),
            (C::EqualIntervalsSameValue, Da) => "Lige store intervaller kræver forskellige værdier; alle områder har samme værdi.".into(),
            (C::EqualIntervalsSameValue, En) => "Equal intervals need different values; every area has the same value.".into(),
            (C::NaturalBreaksTooFewValues { classes, distinct }, Da) => format!("Naturlige brud med {classes} klasser kræver mindst {classes} forskellige værdier; der er {distinct}."),
            (C::NaturalBreaksTooFewValues { classes, distinct }, En) => format!("Natural breaks with {classes} classes need at least {classes} different values; there are {distinct}."),
            (C::NaturalBreaksFailed { detail }, Da) => format!("Naturlige brud kunne ikke beregnes ({detail})."),
            (C::NaturalBreaksFailed { detail }, En) => format!("Natural breaks could not be computed ({detail})."),
            (C::StdDevTooFewValues, Da) => "Standardafvigelse kræver mindst to forskellige værdier.".into(),
            (C::StdDevTooFewValues, En) => "Standard deviation needs at least two different values.".into(),
            (C::BoxMapTooFewValues { count }, Da) => format!("Et boksplot kræver mindst 4 værdier; der er {count}."),
            (C::BoxMapTooFewValues { count }, En) => format!("A box map needs at least 4 values; there are {count}."),
            (C::BoxMapSameValue, Da) => "Et boksplot kræver forskellige værdier; alle områder har samme værdi.".into(),
            (C::BoxMapSameValue, En) => "A box map needs different values; every area has the same value.".into(),
            (C::BoxMapNoSpread { value }, Da) => format!("Et boksplot kræver spredning i den midterste halvdel; mindst halvdelen af områderne har værdien {}. Vælg fx kvantiler eller lige store intervaller.", format_number(*value, 2, Da)),
            (C::BoxMapNoSpread { value }, En) => format!("A box map needs spread in the middle half; at least half of the areas have the value {}. Choose e.g. quantiles or equal intervals.", format_number(*value, 2, En)),
            (C::ManualNoBreaks, Da) => "Skriv mindst én grænse, fx «200.000; 250.000».".into(),
            (C::ManualNoBreaks, En) => "Give at least one break, e.g. “200,000; 250,000”.".into(),
        }
    }
}
