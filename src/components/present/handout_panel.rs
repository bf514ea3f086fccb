//! «Udskrift og webside»: print the view or the story (A4, with the link as a QR code),
//! save either as one web page, and the embed code for the web team.

use crate::components::present::print_layer::{print, PrintState};
use crate::data::use_data;
use crate::export::{export_html, html_file_name};
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::present::handout::embed_code;
use leptos::prelude::*;

#[component]
pub fn HandoutPanel() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let p = expect_context::<PrintState>();
    let lang = move || s.lang.get();
    let no_story = move || data.story.with(|st| st.scenes.is_empty());
    let code = move || {
        // the title the saved page carries: the map's
        let title = crate::view_model::legend::legend_heading(&s)
            .map(|(title, _)| title)
            .unwrap_or_else(|| "Samskabelsesatlas".into());
        embed_code(&html_file_name(&s, false), &title, 1)
    };
    view! {
        <section class="handout-panel" data-testid="handout-panel"
            aria-labelledby="handout-heading">
            <h2 id="handout-heading">{move || t(lang(), "Udskrift og webside", "Print and web page")}</h2>
            <div class="button-row">
                <button type="button" data-testid="print"
                    on:click=move |_| print(&s, data, p, false)>
                    {move || t(lang(), "Udskriv", "Print")}</button>
                <button type="button" data-testid="print-story" disabled=no_story
                    on:click=move |_| print(&s, data, p, true)>
                    {move || t(lang(), "Udskriv fortællingen", "Print the story")}</button>
            </div>
            <div class="button-row">
                <button type="button" data-testid="export-html"
                    on:click=move |_| export_html(&s, data, p.caption.get_untracked(), false)>
                    {move || t(lang(), "Gem som webside", "Save as web page")}</button>
                <button type="button" data-testid="export-story-html" disabled=no_story
                    on:click=move |_| export_html(&s, data, String::new(), true)>
                    {move || t(lang(), "Gem fortællingen som webside", "Save the story as web page")}</button>
            </div>
            <label class="stack embed">
                <span>{move || t(lang(), "Indlejringskode (når websiden ligger på jeres websted)", "Embed code (once the web page is on your site)")}</span>
                <textarea data-testid="embed-code" readonly rows="3" spellcheck="false"
                    on:focus=move |ev| {
                        let el: web_sys::HtmlTextAreaElement = event_target(&ev);
                        el.select();
                    }>{code}</textarea>
            </label>
        </section>
    }
}
