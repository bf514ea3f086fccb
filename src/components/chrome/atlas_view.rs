use super::{footer::SourceLine, header::Header, messages::Messages};
use crate::components::entry::meta_editor::MetaEditor;
use crate::components::map::{legend::Legend, svg::MapView, tooltip::Tooltip};
use crate::components::panels::compare::ComparePanel;
use crate::components::panels::data_table::{DataTable, ViewToggle};
use crate::components::panels::index_panel::IndexPanel;
use crate::components::panels::profile::Profile;
use crate::components::panels::scatter::Scatter;
use crate::components::panels::trend::TrendPanel;
use crate::components::present::presenter::Presenter;
use crate::components::present::scenes_panel::ScenesPanel;
use crate::crash::{SelfTest, SelfTestFault};
use crate::state::{use_atlas, AtlasState, Panel, ViewStoreFields};
use crate::text::t;
use leptos::prelude::*;

/// The page: header, legend and messages, map, comparison, source line. Mounted
/// once per page (`atlas:atlas-mounted`): new figures reach it through `state`.
#[component]
pub fn AtlasView(state: AtlasState) -> impl IntoView {
    let data = crate::data::use_data();
    provide_context(state);
    crate::view_model::describe::provide_descriptions(state);
    crate::components::present::print_layer::PrintState::provide(data);
    crate::perf::mark("atlas:atlas-mounted");
    // «Rediger tal»: the table view is the editable grid (the toggle's and the table's)
    let grid = RwSignal::new(false);
    // Raised only by the test-only self-test (`?selvtest=1`); see `crate::crash`.
    let fault = RwSignal::new(false);
    view! {
        <div class="app" class:presenting=move || data.presenting.get()>
            <Header/>
            <aside class="left">
                <Legend/>
                <crate::components::entry::sum_panel::SumPanel/>
                <crate::components::entry::grid_dialog::GridDialog/>
                <MetaEditor/>
                <Messages/>
                <crate::components::entry::data_entry::DataEntry/>
                <crate::components::present::handout_panel::HandoutPanel/>
            </aside>
            <main class="map-area">
                <Presenter/>
                <ViewToggle grid/>
                <crate::components::map::show_groups::ShowGroups/>
                <div class="map-wrap" class:hidden=move || state.view.table().get()>
                    <MapView/>
                    <Tooltip/>
                </div>
                <Show when=move || state.view.table().get()>
                    <DataTable grid/>
                </Show>
            </main>
            <aside class="right">
                <RightTabs/>
                <ErrorBoundary fallback=move |_| view! { <PanelError fault/> }>
                    {move || {
                        if fault.get() {
                            return Err(SelfTestFault);
                        }
                        Ok(match state.view.panel().get() {
                            Panel::Compare => view! { <ComparePanel/> }.into_any(),
                            Panel::Profile => view! { <Profile/> }.into_any(),
                            Panel::Scatter => view! { <Scatter/> }.into_any(),
                            Panel::Index => view! { <IndexPanel/> }.into_any(),
                            Panel::Scenes => view! { <ScenesPanel/> }.into_any(),
                            Panel::Trend => view! { <TrendPanel/> }.into_any(),
                        })
                    }}
                </ErrorBoundary>
            </aside>
            <SourceLine/>
            <SelfTest fault/>
            <crate::components::present::print_layer::PrintLayer/>
            <p class="sr-only" role="status" aria-live="polite" data-testid="announcer">{move || state.ui.announce.get()}</p>
        </div>
    }
}

/// Sammenligning | Profil.
#[component]
fn RightTabs() -> impl IntoView {
    let s = use_atlas();
    let tab = move |p: Panel, testid: &'static str, da: &'static str, en: &'static str| {
        view! {
            <button type="button" role="tab" data-testid=testid
                aria-selected=move || (s.view.panel().get() == p).to_string()
                class:active=move || s.view.panel().get() == p
                on:click=move |_| s.edit(|v| v.panel = p)>
                {move || t(s.lang.get(), da, en)}
            </button>
        }
    };
    view! {
        <div class="tabs" role="tablist">
            {tab(Panel::Compare, "tab-compare", "Sammenligning", "Comparison")}
            {tab(Panel::Trend, "tab-trend", "Udvikling", "Over time")}
            {tab(Panel::Profile, "tab-profile", "Profil", "Profile")}
            {tab(Panel::Scatter, "tab-scatter", "Punktdiagram", "Scatter")}
            {tab(Panel::Index, "tab-index", "Indeks", "Index")}
            {tab(Panel::Scenes, "tab-scenes", "Scener", "Scenes")}
        </div>
    }
}

/// What an error boundary shows instead of a panel that failed: the rest of the
/// atlas keeps working, and "Prøv igen" renders the panel again.
#[component]
fn PanelError(fault: RwSignal<bool>) -> impl IntoView {
    let s = use_atlas();
    view! {
        <div class="panel-error" role="alert" data-testid="panel-error">
            <p>{move || t(s.lang.get(),
                "Denne del af siden kunne ikke vises. Resten af atlasset virker, og dine data er gemt.",
                "This part of the page could not be shown. The rest of the atlas works, and your data is saved.")}</p>
            <button type="button" data-testid="panel-retry" on:click=move |_| fault.set(false)>
                {move || t(s.lang.get(), "Prøv igen", "Try again")}
            </button>
        </div>
    }
}
