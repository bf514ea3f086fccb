//! Messages of one kind as one line: a file whose 60 rings cross themselves gives
//! «60 ringe krydser sig selv og tegnes alligevel», with the 60 places folded out on
//! request, not 60 lines.

use super::{Issue, IssueKind, Location, PolygonProblem};
use crate::text::numbers::format_number;
use crate::text::Lang::{self, Da, En};

/// Issues of one kind, in the order they were met.
#[derive(Debug, PartialEq)]
pub struct IssueGroup<'a> {
    pub issues: Vec<&'a Issue>,
}

/// The issues grouped by kind (a polygon's or a feature's problem is part of its
/// kind), each group where its first issue was; a kind met once is a group of one.
///
/// ```
/// use atlas_core::issue::{group::group_issues, Issue, IssueKind, Location, PolygonProblem};
/// use atlas_core::Lang;
/// let ring = |i| Issue::warning(
///     Location::Feature { index: i, name: None },
///     IssueKind::PolygonInvalid { problem: PolygonProblem::CrossesItself },
/// );
/// let issues = vec![ring(0), Issue::warning(Location::File, IssueKind::NoPolygons), ring(5)];
/// let groups = group_issues(&issues);
/// assert_eq!(groups.len(), 2);
/// assert_eq!(groups[0].headline(Lang::Da), "2 ringe krydser sig selv og tegnes alligevel.");
/// assert_eq!(groups[1].issues.len(), 1);
/// ```
pub fn group_issues(issues: &[Issue]) -> Vec<IssueGroup<'_>> {
    let mut groups: Vec<(String, IssueGroup)> = Vec::new();
    for issue in issues {
        let key = group_key(&issue.kind);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.issues.push(issue),
            None => groups.push((
                key,
                IssueGroup {
                    issues: vec![issue],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// Messages that say the same thing at different places share a key (the kind and
/// its facts: two unreadable values are one line only when the value and the column
/// are the same, so a headline never claims facts its members lack).
fn group_key(kind: &IssueKind) -> String {
    format!("{}:{}", kind.code(), kind.say(Da))
}

impl IssueGroup<'_> {
    /// How many messages the group holds.
    pub fn len(&self) -> usize {
        self.issues.len()
    }

    /// Never true: a group holds at least its first issue.
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// The group's stable code (the kind's), for `data-kind`.
    pub fn code(&self) -> &'static str {
        self.issues.first().map_or("", |i| i.kind.code())
    }

    /// One line for the group: the message itself when it is alone, else the count
    /// and what they share.
    pub fn headline(&self, lang: Lang) -> String {
        let Some(first) = self.issues.first() else {
            return String::new();
        };
        let n = self.issues.len();
        if n == 1 {
            return first.sentence(lang);
        }
        let count = format_number(n as f64, 0, lang);
        match (&first.kind, lang) {
            (
                IssueKind::PolygonInvalid {
                    problem: PolygonProblem::CrossesItself,
                },
                Da,
            ) => {
                format!("{count} ringe krydser sig selv og tegnes alligevel.")
            }
            (
                IssueKind::PolygonInvalid {
                    problem: PolygonProblem::CrossesItself,
                },
                En,
            ) => {
                format!("{count} rings cross themselves and are drawn anyway.")
            }
            (kind, lang) => format!(
                "{count} {}: {}.",
                places(&first.location, lang),
                kind.say(lang)
            ),
        }
    }
}

/// What the places of a group are, in the plural: «objekter», «rækker».
fn places(location: &Location, lang: Lang) -> String {
    match (location, lang) {
        (Location::File, Da) => "gange i filen".into(),
        (Location::File, En) => "times in the file".into(),
        (Location::Feature { .. }, Da) => "objekter".into(),
        (Location::Feature { .. }, En) => "features".into(),
        (Location::Row { .. }, Da) => "rækker".into(),
        (Location::Row { .. }, En) => "rows".into(),
        (Location::Column { .. }, Da) => "kolonner".into(),
        (Location::Column { .. }, En) => "columns".into(),
        (Location::District { noun, .. }, lang) => noun.many(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_one_kind_are_one_line_naming_the_count_and_the_kind() {
        let row = |line| {
            Issue::warning(
                Location::Row { line, key: None },
                IssueKind::NumberUnreadable {
                    value: "x".into(),
                    column: "indkomst".into(),
                },
            )
        };
        let issues: Vec<Issue> = (2..1202).map(row).collect();
        let groups = group_issues(&issues);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 1200);
        assert!(
            groups[0]
                .headline(Da)
                .starts_with("1.200 rækker: værdien «x»"),
            "{}",
            groups[0].headline(Da)
        );
    }

    #[test]
    fn different_polygon_problems_are_different_lines() {
        let poly = |problem| {
            Issue::warning(
                Location::Feature {
                    index: 0,
                    name: None,
                },
                IssueKind::PolygonInvalid { problem },
            )
        };
        let issues = vec![
            poly(PolygonProblem::CrossesItself),
            poly(PolygonProblem::HoleOutside),
            poly(PolygonProblem::CrossesItself),
        ];
        let groups = group_issues(&issues);
        assert_eq!(groups.len(), 2);
        assert_eq!(
            groups[0].headline(En),
            "2 rings cross themselves and are drawn anyway."
        );
        assert_eq!(groups[1].headline(En), issues[1].sentence(En));
    }
}
