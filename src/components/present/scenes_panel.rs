use crate::data::use_data;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::present::project::Scene;
use leptos::prelude::*;

/// "Scener": the presentation's scenes in order; add the current view as a scene,
/// show, rename, update, reorder or delete one, and start the presentation.
#[component]
pub fn ScenesPanel() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let lang = move || s.lang.get();
    let add = move |_| {
        let caption = s.model.with(|m| {
            m.atlas
                .indicators
                .get(s.view.indicator().get_untracked())
                .map(|x| x.label(s.lang.get_untracked()).to_owned())
                .unwrap_or_default()
        });
        let view = untrack(|| s.spec());
        data.edit_story(|st| {
            st.add(Scene {
                caption,
                caption_en: None,
                view,
            });
        });
    };
    let count = move || data.story.with(|st| st.scenes.len());
    let rows = move || {
        let (scenes, current) = data.story.with(|st| (st.scenes.clone(), st.current));
        let n = scenes.len();
        scenes
            .into_iter()
            .enumerate()
            .map(|(i, scene)| {
                let is_current = current == Some(i);
                view! {
                    <li class="scene" class:current=is_current data-testid="scene" data-index=i.to_string()>
                        <span class="scene-no">{i + 1}</span>
                        <input type="text" class="scene-caption" data-testid="scene-caption"
                            aria-label=move || format!("{} {}", t(lang(), "Billedtekst til scene", "Caption of scene"), i + 1)
                            prop:value=scene.caption.clone()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                // an edited caption is the caption in every language
                                data.edit_story(|st| if let Some(sc) = st.scenes.get_mut(i) { sc.caption = v; sc.caption_en = None; });
                            }/>
                        <div class="scene-buttons">
                            <button type="button" data-testid="scene-show" on:click=move |_| {
                                data.story.update(|st| st.current = Some(i));
                                if let Some(v) = data.story.with_untracked(|st| st.scenes.get(i).map(|x| x.view.clone())) {
                                    data.show_view(s, &v);
                                }
                            }>{move || t(lang(), "Vis", "Show")}</button>
                            <button type="button" data-testid="scene-update"
                                title=move || t(lang(), "Gem den nuværende visning i scenen", "Store the current view in this scene")
                                on:click=move |_| {
                                    let v = untrack(|| s.spec());
                                    data.edit_story(|st| if let Some(sc) = st.scenes.get_mut(i) { sc.view = v });
                                }>{move || t(lang(), "Opdatér", "Update")}</button>
                            <button type="button" data-testid="scene-up" disabled=i == 0
                                aria-label=move || format!("{} {}", t(lang(), "Flyt op: scene", "Move up: scene"), i + 1)
                                on:click=move |_| data.edit_story(|st| st.move_scene(i, -1))>"↑"</button>
                            <button type="button" data-testid="scene-down" disabled=i + 1 == n
                                aria-label=move || format!("{} {}", t(lang(), "Flyt ned: scene", "Move down: scene"), i + 1)
                                on:click=move |_| data.edit_story(|st| st.move_scene(i, 1))>"↓"</button>
                            <button type="button" data-testid="scene-delete"
                                aria-label=move || format!("{} {}", t(lang(), "Slet scene", "Delete scene"), i + 1)
                                on:click=move |_| data.edit_story(|st| st.remove(i))>"✕"</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="scenes" data-testid="scenes" aria-label=move || t(lang(), "Scener", "Scenes")>
            <h2>{move || t(lang(), "Scener til præsentation", "Scenes for presenting")}</h2>
            <p class="hint">{move || t(lang(),
                "En scene husker indikator, visning, klasser, farver, A og B, zoom og en billedtekst. Bladr med → / ← eller PageDown / PageUp (fjernbetjening).",
                "A scene remembers indicator, view, classes, colours, A and B, zoom and a caption. Step with → / ← or PageDown / PageUp (clicker).")}</p>
            <div class="button-row">
                <button type="button" data-testid="add-scene" on:click=add>
                    {move || t(lang(), "Tilføj nuværende visning som scene", "Add the current view as a scene")}
                </button>
            </div>
            <p class="hint" data-testid="scene-count">{move || format!("{} {}", count(), t(lang(), "scener", "scenes"))}</p>
            <ol class="scene-list">{rows}</ol>
        </section>
    }
}
