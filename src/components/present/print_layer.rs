//! The print layout: *Udskriv* (the current view) and *Udskriv fortællingen* (one page
//! per scene) open a preview of the A4 pages and the browser's print dialog; Ctrl+P
//! prints the current view the same way (its `beforeprint` draws the page at once).
//! On paper only the pages show; on screen a toolbar chooses landscape or portrait,
//! prints again or closes.

use crate::data::{use_data, DataState};
use crate::handout::{dom, page_of, story_pages};
use crate::state::{use_atlas, AtlasState};
use crate::text::t;
use atlas_core::present::handout::{page, Medium};
use leptos::html::Div;
use leptos::prelude::*;

/// What is being printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintJob {
    pub story: bool,
    pub portrait: bool,
    /// Opened by the browser's own print (Ctrl+P): closed again after printing.
    pub from_event: bool,
}

/// The print layout's state, provided by the atlas view.
#[derive(Clone, Copy)]
pub struct PrintState {
    pub job: RwSignal<Option<PrintJob>>,
    /// How many pages the layout holds.
    pub count: RwSignal<usize>,
    /// The caption under the current view's map (the current scene's, editable in the
    /// share menu); used by the print layout and every export.
    pub caption: RwSignal<String>,
    pages: NodeRef<Div>,
    /// The atlas view's owner: pages are built in it (its contexts), also from the
    /// window's `beforeprint`, which runs outside any owner.
    owner: StoredValue<Option<Owner>, LocalStorage>,
}

impl PrintState {
    /// Provide the state; the caption follows the current scene.
    pub fn provide(data: DataState) -> Self {
        let lang = data.lang.get_untracked();
        let caption = RwSignal::new(
            data.story
                .with_untracked(|st| st.current_scene().map(|c| c.caption_in(lang).to_owned()))
                .unwrap_or_default(),
        );
        Effect::new(move |_| {
            if let Some(c) = data
                .story
                .with(|st| st.current_scene().map(|c| c.caption.clone()))
            {
                caption.set(c);
            }
        });
        let state = PrintState {
            job: RwSignal::new(None),
            count: RwSignal::new(0),
            caption,
            pages: NodeRef::new(),
            owner: StoredValue::new_local(Owner::current()),
        };
        provide_context(state);
        state
    }

    /// Draw the pages of `job` into the layout now (synchronously: the browser's
    /// `beforeprint` must find them in place) and show the preview.
    pub fn open(&self, s: &AtlasState, data: DataState, job: PrintJob) {
        match self.owner.get_value() {
            Some(owner) => owner.with(|| self.draw(s, data, job)),
            None => self.draw(s, data, job),
        }
    }

    fn draw(&self, s: &AtlasState, data: DataState, job: PrintJob) {
        let Some(container) = self.pages.get_untracked() else {
            return;
        };
        let lang = s.lang.get_untracked();
        let pages = if job.story {
            let (pages, left_out) = story_pages(data, s.model.get(), job.portrait);
            if !left_out.is_empty() {
                crate::export::report_left_out(data, &left_out);
            }
            pages
        } else {
            let example = data.example.get_untracked().map(|e| e.id);
            vec![page_of(
                s,
                self.caption.get_untracked(),
                example,
                job.portrait,
            )]
        };
        container.set_text_content(None);
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for (i, p) in pages.iter().enumerate() {
            let tree = page(p, i, Medium::Paper, 1, lang).into();
            if let Some(n) = dom::build(&doc, &tree) {
                let _ = container.append_child(&n);
            }
        }
        // (a class rather than `:has()`, whose invalidation would slow every change
        // to the map's thousands of paths)
        if let Some(body) = doc.body() {
            let _ = body.class_list().add_1("handout-printing");
        }
        self.count.set(pages.len());
        self.job.set(Some(job));
    }

    /// Close the preview and drop its pages.
    pub fn close(&self) {
        if let Some(c) = self.pages.get_untracked() {
            c.set_text_content(None);
        }
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.class_list().remove_1("handout-printing");
        }
        self.count.set(0);
        self.job.set(None);
    }
}

/// The print dialog, once the preview has been drawn.
fn print_dialog() {
    gloo::timers::callback::Timeout::new(60, || {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    })
    .forget();
}

/// Open the print layout for the current view or the story, then the print dialog.
pub fn print(s: &AtlasState, data: DataState, p: PrintState, story: bool) {
    let portrait = p.job.get_untracked().is_some_and(|j| j.portrait);
    p.open(
        s,
        data,
        PrintJob {
            story,
            portrait,
            from_event: false,
        },
    );
    print_dialog();
}

/// The preview over the page and, on paper, the only thing printed.
#[component]
pub fn PrintLayer() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let p = expect_context::<PrintState>();
    let lang = move || s.lang.get();
    // Ctrl+P (or the browser's menu) prints the current view as laid out for paper.
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        if p.job.get_untracked().is_none() {
            p.open(
                &s,
                data,
                PrintJob {
                    story: false,
                    portrait: false,
                    from_event: true,
                },
            );
        }
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        if p.job.get_untracked().is_some_and(|j| j.from_event) {
            p.close();
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let reopen = move |portrait: bool| {
        if let Some(job) = p.job.get_untracked() {
            p.open(&s, data, PrintJob { portrait, ..job });
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            p.close();
        }
    };
    let shown = move || p.job.get().is_some_and(|j| !j.from_event);
    view! {
        <div class="print-layer" class:open=shown data-testid="print-layer"
            role="dialog" aria-modal="true"
            aria-label=move || t(lang(), "Udskrift", "Print layout")
            on:keydown=on_key>
            <div class="print-toolbar" data-testid="print-toolbar">
                <h2>{move || t(lang(), "Udskrift", "Print layout")} " · "
                    {move || {
                        let n = p.count.get();
                        match (lang(), n) {
                            (atlas_core::Lang::Da, 1) => "1 side".to_owned(),
                            (atlas_core::Lang::Da, n) => format!("{n} sider"),
                            (atlas_core::Lang::En, 1) => "1 page".to_owned(),
                            (atlas_core::Lang::En, n) => format!("{n} pages"),
                        }
                    }}</h2>
                <fieldset class="orientation">
                    <legend class="sr-only">{move || t(lang(), "Papirets retning", "Paper orientation")}</legend>
                    <label><input type="radio" name="print-orientation" data-testid="print-landscape"
                        prop:checked=move || !p.job.get().is_some_and(|j| j.portrait)
                        on:change=move |_| reopen(false)/>
                        {move || t(lang(), "Liggende A4", "A4 landscape")}</label>
                    <label><input type="radio" name="print-orientation" data-testid="print-portrait"
                        prop:checked=move || p.job.get().is_some_and(|j| j.portrait)
                        on:change=move |_| reopen(true)/>
                        {move || t(lang(), "Stående A4", "A4 portrait")}</label>
                </fieldset>
                <button type="button" data-testid="print-again" on:click=move |_| print_dialog()>
                    {move || t(lang(), "Udskriv …", "Print …")}</button>
                <button type="button" class="secondary" data-testid="print-close" on:click=move |_| p.close()>
                    {move || t(lang(), "Luk", "Close")}</button>
                <p class="hint">{move || t(lang(),
                    "Vælg «Gem som PDF» i udskriftsvinduet for at få en PDF til dagsordenen.",
                    "Choose «Save as PDF» in the print dialog for a PDF for the agenda.")}</p>
            </div>
            <div class="print-pages hp-paper" data-testid="print-pages" node_ref=p.pages></div>
        </div>
    }
}
