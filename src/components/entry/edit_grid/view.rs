//! The grid's view: the header of indicators with units, a row per area in bodies
//! of [`ROWS_PER_BODY`], each cell showing its figure or, while typed in, an input.

use super::*;

impl Grid {
    /// The column headers: each indicator with its unit.
    fn header(self) -> impl IntoView {
        let s = self.s;
        // a memo of the texts: an edit to a figure leaves the header cells alone
        let texts = Memo::new(move |_| {
            let lg = s.lang.get();
            s.model.with(|m| {
                m.atlas
                    .indicators
                    .iter()
                    .map(|meta| {
                        let unit = meta.unit(lg);
                        if unit.is_empty() {
                            meta.label(lg).to_owned()
                        } else {
                            format!("{} ({unit})", meta.label(lg))
                        }
                    })
                    .collect::<Vec<_>>()
            })
        });
        move || {
            texts.with(|t| {
                t.iter()
                    .map(|text| view! { <th role="columnheader" scope="col">{text.clone()}</th> })
                    .collect_view()
            })
        }
    }

    /// One cell: its text follows its signal, its state the cursor; typed into, it
    /// holds the input.
    fn cell(self, r: usize, c: usize) -> impl IntoView {
        let Grid {
            s,
            cursor,
            draft,
            texts,
            editing,
            ..
        } = self;
        let k = c * self.rows + r;
        let (district, column, locked) = s.model.with_untracked(|m| {
            (
                m.atlas
                    .districts
                    .get(r)
                    .map(|d| d.id.clone())
                    .unwrap_or_default(),
                m.atlas
                    .indicators
                    .get(c)
                    .map(|i| i.column.clone())
                    .unwrap_or_default(),
                read_only(m, c).is_some().then_some("true"),
            )
        });
        let here = self.here;
        let active = move || here.with_value(|h| h.selected(&(r, c)));
        view! {
            <td role="gridcell" data-row=r data-col=c data-district=district data-column=column
                tabindex=move || if active() { "0" } else { "-1" }
                aria-selected=move || active().to_string()
                aria-readonly=locked
                class:missing=move || texts.get(k).1 class:active=active
                on:focus=move |_| cursor.set(Some((r, c)))
                on:click=move |_| { cursor.set(Some((r, c))); self.focus(r, c); }
                on:dblclick=move |_| draft.set(Some(self.value_text(r, c)))>
                {move || {
                    if editing.with_value(|e| e.selected(&Some((r, c)))) {
                        self.input(r, c).into_any()
                    } else {
                        (move || texts.get(k).0).into_any()
                    }
                }}
            </td>
        }
    }

    /// The input of the cell being typed in.
    fn input(self, r: usize, c: usize) -> impl IntoView {
        let draft = self.draft;
        view! {
            <input type="text" class="grid-input" node_ref=self.input_ref
                aria-label=move || t(self.lang(), "Tal", "Figure")
                prop:value=move || draft.get().unwrap_or_default()
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                on:blur=move |_| { if draft.with_untracked(Option::is_some) { self.finish(r, c); } }/>
        }
    }

    /// One area's row: its name, then a cell per column (columns added at the end).
    fn row(self, r: usize) -> impl IntoView {
        let size = self.size;
        let name = self
            .s
            .model
            .with_untracked(|m| m.atlas.districts.get(r).map(|d| d.name.clone()))
            .unwrap_or_default();
        view! {
            <tr role="row">
                <th role="rowheader" scope="row">{name}</th>
                <For each=move || 0..size.get().1 key=|c| *c children=move |c| self.cell(r, c)/>
            </tr>
        }
    }

    pub(super) fn view(self) -> AnyView {
        let lang = move || self.lang();
        let size = self.size;
        let rows = self.rows;
        // the names' column is sticky only while scrolled sideways (see style.css)
        let scrolled_x = RwSignal::new(false);
        let on_scroll = move |ev: leptos::ev::Event| {
            let left = event_target::<web_sys::Element>(&ev).scroll_left() > 0;
            if scrolled_x.get_untracked() != left {
                scrolled_x.set(left);
            }
        };
        view! {
            <div class="data-table-wrap edit-grid-wrap" class:scrolled-x=move || scrolled_x.get() on:scroll=on_scroll>
                <add_column::AddColumn grid=self/>
                <table class="data-table edit-grid" role="grid" data-testid="grid" node_ref=self.table_ref
                    aria-label=move || t(lang(), "Rediger tal: områder × indikatorer", "Edit figures: areas × indicators")
                    aria-rowcount=move || size.get().0 + 1 aria-colcount=move || size.get().1 + 1
                    on:keydown=move |ev| self.on_key(ev) on:paste=move |ev| self.on_paste(ev)>
                    <caption>{move || t(lang(),
                        "Piletaster og Tab flytter; skriv for at erstatte, F2 eller Enter retter, Delete rydder til «mangler data», Ctrl+Z fortryder. Indsæt en blok fra regnearket i den valgte celle.",
                        "Arrows and Tab move; type to replace, F2 or Enter edits, Delete clears to «missing data», Ctrl+Z undoes. Paste a block from the spreadsheet into the chosen cell.")}</caption>
                    <thead><tr role="row"><th role="columnheader" scope="col">{move || self.s.noun().title(lang())}</th>{self.header()}</tr></thead>
                    {(0..rows.div_ceil(ROWS_PER_BODY)).map(|b| {
                        let part = b * ROWS_PER_BODY..((b + 1) * ROWS_PER_BODY).min(rows);
                        view! { <tbody>{part.map(|r| self.row(r)).collect_view()}</tbody> }
                    }).collect_view()}
                </table>
            </div>
        }
        .into_any()
    }
}
