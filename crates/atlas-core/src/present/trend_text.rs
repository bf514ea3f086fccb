//! The Udvikling panel's plain sentence: how the gap between A and B changed, in the
//! indicator's unit and as a ratio — the two can disagree, so both are said.

use crate::model::trend::GapChange;
use crate::text::numbers::{format_number, format_value};
use crate::text::round::round_half_away;
use crate::Lang;

/// Which way a size moved, at the precision it is shown with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    Up,
    Down,
    Same,
}

fn way(from: f64, to: f64, decimals: usize) -> Way {
    let (f, t) = (
        round_half_away(from, decimals),
        round_half_away(to, decimals),
    );
    if t > f {
        Way::Up
    } else if t < f {
        Way::Down
    } else {
        Way::Same
    }
}

/// The sentence for the change of the gap between `a_name` and `b_name`.
///
/// ```
/// use atlas_core::model::trend::GapChange;
/// use atlas_core::present::trend_text::trend_sentence;
/// use atlas_core::Lang;
/// let g = GapChange { from_year: 2000, to_year: 2017, gap_from: 22_344.0, gap_to: 28_443.0,
///     ratio_from: Some(138_697.0 / 116_353.0), ratio_to: Some(247_249.0 / 218_806.0) };
/// assert_eq!(trend_sentence(&g, "Østerbro", "Vesterbro", "kr.", 0, Lang::Da),
///     "Forskellen mellem Østerbro og Vesterbro er vokset fra 22.344 til 28.443 kr. (2000–2017), \
///      men forholdet er faldet fra 1,19 til 1,13.");
/// ```
pub fn trend_sentence(
    g: &GapChange,
    a_name: &str,
    b_name: &str,
    unit: &str,
    decimals: usize,
    lang: Lang,
) -> String {
    let da = lang == Lang::Da;
    let years = format!("{}–{}", g.from_year, g.to_year);
    let (from, to) = (
        format_number(g.gap_from, decimals, lang),
        format_value(Some(g.gap_to), decimals, unit, lang),
    );
    let flipped = g.gap_from.signum() * g.gap_to.signum() < 0.0
        && way(g.gap_from.abs(), 0.0, decimals) != Way::Same
        && way(g.gap_to.abs(), 0.0, decimals) != Way::Same;
    let size = way(g.gap_from.abs(), g.gap_to.abs(), decimals);
    let gap = if flipped {
        if da {
            format!("Forskellen mellem {a_name} og {b_name} har skiftet fortegn, fra {from} til {to} ({years})")
        } else {
            format!("The difference between {a_name} and {b_name} has changed sign, from {from} to {to} ({years})")
        }
    } else {
        let verb = match (size, da) {
            (Way::Up, true) => "er vokset",
            (Way::Down, true) => "er blevet mindre",
            (Way::Same, true) => "er uændret",
            (Way::Up, false) => "has grown",
            (Way::Down, false) => "has shrunk",
            (Way::Same, false) => "is unchanged",
        };
        if da {
            format!("Forskellen mellem {a_name} og {b_name} {verb} fra {from} til {to} ({years})")
        } else {
            format!(
                "The difference between {a_name} and {b_name} {verb} from {from} to {to} ({years})"
            )
        }
    };
    let (Some(rf), Some(rt)) = (g.ratio_from, g.ratio_to) else {
        return format!("{gap}.");
    };
    if rf <= 0.0 || rt <= 0.0 {
        return format!("{gap}.");
    }
    let ratio_way = way(rf, rt, 2);
    // the relative gap widens when the ratio moves away from 1
    let relative = way(rf.ln().abs(), rt.ln().abs(), 4);
    let agree = flipped || relative == size || ratio_way == Way::Same;
    let (rfs, rts) = (format_number(rf, 2, lang), format_number(rt, 2, lang));
    let verb = match (ratio_way, da) {
        (Way::Up, true) => "steget",
        (Way::Down, true) => "faldet",
        (Way::Same, true) => "uændret",
        (Way::Up, false) => "risen",
        (Way::Down, false) => "fallen",
        (Way::Same, false) => "unchanged",
    };
    let join = match (agree, da) {
        (true, true) => "og",
        (false, true) => "men",
        (true, false) => "and",
        (false, false) => "but",
    };
    if ratio_way == Way::Same {
        return if da {
            format!("{gap}, {join} forholdet er uændret på {rts}.")
        } else {
            format!("{gap}, {join} the ratio is unchanged at {rts}.")
        };
    }
    if da {
        format!("{gap}, {join} forholdet er {verb} fra {rfs} til {rts}.")
    } else {
        format!("{gap}, {join} the ratio has {verb} from {rfs} to {rts}.")
    }
}
