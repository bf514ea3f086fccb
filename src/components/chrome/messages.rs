use crate::components::entry::join_report::JoinReport;
use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// Beskeder: files that could not be used, and every recoverable problem met while
/// loading, naming where.
#[component]
pub fn Messages() -> impl IntoView {
    let s = use_atlas();
    let data = use_data();
    let issues = Memo::new(move |_| s.model.with(|m| m.issues.clone()));
    let n_issues = move || issues.with(Vec::len);
    view! {
        <section class="messages" data-testid="messages">
            <h2>{move || t(s.lang.get(), "Beskeder", "Messages")} " (" {move || n_issues() + data.notices.with(Vec::len)} ")"</h2>
            <JoinReport/>
            <ul class="notices">
                {move || {
                    let lang = s.lang.get();
                    data.notices.get().into_iter().map(|n| {
                        // (a list item keeps its role: the live region is inside it)
                        let (cls, role) = if n.error { ("notice error", "alert") } else { ("notice", "status") };
                        view! { <li class=cls data-kind=n.kind()><span role=role>{n.text(lang)}</span></li> }
                    }).collect_view()
                }}
            </ul>
            {move || {
                let lang = s.lang.get();
                let issues = issues.get();
                if issues.is_empty() {
                    view! { <p class="none">{t(lang, "Ingen problemer med data.", "No problems with the data.")}</p> }.into_any()
                } else {
                    let groups = atlas_core::issue::group::group_issues(&issues);
                    view! {
                        <ul class="issues" tabindex="0" aria-label=t(lang, "Beskeder om data", "Messages about the data")>
                            {groups.iter().map(|g| issue_line(g, lang)).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// One line per kind of message: the message itself, or the count and what they
/// share with every place folded out on request («vis alle»).
fn issue_line(
    g: &atlas_core::issue::group::IssueGroup<'_>,
    lang: atlas_core::Lang,
) -> impl IntoView {
    let headline = g.headline(lang);
    let all = (g.len() > 1).then(|| {
        let sentences: Vec<String> = g.issues.iter().map(|i| i.sentence(lang)).collect();
        view! {
            <details class="issue-all">
                <summary>{t(lang, "vis alle", "show all")}</summary>
                <ul>{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            </details>
        }
    });
    view! { <li data-kind=g.code() data-count=g.len()>{headline} {all}</li> }
}
