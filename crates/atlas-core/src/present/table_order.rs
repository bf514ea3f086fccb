//! The table view's row order: by name in Danish alphabetical order (… x y z æ ø å,
//! [`crate::text::collate`]) or by a column's values, missing values always last.

use crate::text::collate::{danish_key, DanishKey};
use std::cmp::Ordering;

/// What the table is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// District names, A–Å.
    #[default]
    Name,
    /// A value column (index into the columns given to [`row_order`]).
    Column(usize),
}

/// Row order for the table: `names` and `columns` are per district; `descending`
/// reverses the order of present values (missing values stay last either way).
///
/// ```
/// use atlas_core::present::table_order::{row_order, SortBy};
/// let names = ["B".to_string(), "A".to_string(), "C".to_string()];
/// let col = vec![Some(2.0), None, Some(5.0)];
/// assert_eq!(row_order(&names, &[col.clone()], SortBy::Column(0), false), vec![0, 2, 1]);
/// assert_eq!(row_order(&names, &[col], SortBy::Column(0), true), vec![2, 0, 1]);
/// assert_eq!(row_order(&names, &[], SortBy::Name, false), vec![1, 0, 2]);
/// ```
pub fn row_order(
    names: &[String],
    columns: &[Vec<Option<f64>>],
    by: SortBy,
    descending: bool,
) -> Vec<usize> {
    let keys: Vec<DanishKey> = names.iter().map(|n| danish_key(n)).collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    let by_name = |a: &usize, b: &usize| keys[*a].cmp(&keys[*b]);
    match by {
        SortBy::Name => {
            order.sort_by(by_name);
            if descending {
                order.reverse();
            }
        }
        SortBy::Column(c) => {
            let col = columns.get(c);
            let value = |i: usize| {
                col.and_then(|v| v.get(i).copied().flatten())
                    .filter(|x| x.is_finite())
            };
            order.sort_by(|a, b| match (value(*a), value(*b)) {
                (Some(x), Some(y)) => {
                    let o = x.total_cmp(&y);
                    let o = if descending { o.reverse() } else { o };
                    o.then_with(|| by_name(a, b))
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => by_name(a, b),
            });
        }
    }
    order
}
