//! No panic reaches the user as a frozen page. The release build aborts on panic
//! (the wasm instance is gone afterwards), so the hook draws a plain-DOM notice
//! before that: what happened, and a reload link — the loaded files, scenes and view
//! are autosaved (at most 250 ms old) and come back on reload. The notice uses no
//! wasm after the panic: the link is an ordinary `<a href>` to the current address.
//!
//! For tests, `?selvtest=1` shows two buttons that cause a panic and a view error.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Install the panic hook (console message + the notice).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_notice();
    }));
}

fn show_notice() -> Option<()> {
    let window = web_sys::window()?;
    let doc = window.document()?;
    if doc.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let en = doc.document_element()?.get_attribute("lang").as_deref() == Some("en");
    let pick = |da: &'static str, en_text: &'static str| if en { en_text } else { da };
    let href = window.location().href().ok()?;
    // An element with its text (none for the dialog) and attributes.
    let el = |tag: &str, text: &str, attrs: &[(&str, &str)]| -> Option<web_sys::Element> {
        let e = doc.create_element(tag).ok()?;
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        for (k, v) in attrs {
            e.set_attribute(k, v).ok()?;
        }
        Some(e)
    };
    let dialog = el(
        "div",
        "",
        &[
            ("id", "crash"),
            ("class", "crash"),
            ("role", "alertdialog"),
            ("aria-modal", "true"),
            ("aria-labelledby", "crash-title"),
            ("aria-describedby", "crash-text"),
            ("data-testid", "crash"),
        ],
    )?;
    let title = el(
        "h2",
        pick("Noget gik galt", "Something went wrong"),
        &[("id", "crash-title")],
    )?;
    let text = el(
        "p",
        pick(
            "Atlasset stødte på en fejl, det ikke kan komme videre fra. Genindlæs siden: de filer, du har indlæst, dine scener og din visning er gemt i browseren og kommer igen.",
            "The atlas ran into an error it cannot continue from. Reload the page: the files you loaded, your scenes and your view are saved in the browser and come back.",
        ),
        &[("id", "crash-text")],
    )?;
    // rel=external: not a client-side route, so the router's (dead) click handler
    // leaves it to the browser.
    let reload = el(
        "a",
        pick("Genindlæs siden", "Reload the page"),
        &[
            ("href", &href),
            ("class", "crash-reload"),
            ("rel", "external"),
            ("data-testid", "crash-reload"),
        ],
    )?;
    let note = el(
        "p",
        pick(
            "Fejlens tekst står i browserens konsol (F12), hvis du vil sende den videre.",
            "The error's text is in the browser console (F12) if you want to pass it on.",
        ),
        &[("class", "crash-note")],
    )?;
    for child in [&title, &text, &reload, &note] {
        dialog.append_child(child).ok()?;
    }
    doc.body()?.append_child(&dialog).ok()?;
    reload.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}

/// Is the test-only self-test switched on (`?selvtest=1` in the address)?
pub fn self_test_enabled() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.split(['?', '&']).any(|p| p == "selvtest=1"))
}

/// A view error raised on purpose by the self-test, caught by an error boundary.
#[derive(Clone, Debug)]
pub struct SelfTestFault;

impl std::fmt::Display for SelfTestFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("selvtest")
    }
}

impl std::error::Error for SelfTestFault {}

/// Test-only buttons (with `?selvtest=1`): a panic in an event handler, and a view
/// error in the right-hand panel.
#[component]
pub fn SelfTest(fault: RwSignal<bool>) -> impl IntoView {
    self_test_enabled().then(|| {
        view! {
            <div class="self-test" data-testid="self-test">
                <button type="button" data-testid="selftest-panic"
                    on:click=move |_| panic!("selvtest: fremkaldt panik")>"Test: panik"</button>
                <button type="button" data-testid="selftest-fault"
                    on:click=move |_| fault.set(true)>"Test: visningsfejl"</button>
            </div>
        }
    })
}
