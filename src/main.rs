use samskabelsesatlas::App;

fn main() {
    samskabelsesatlas::crash::install();
    leptos::mount::mount_to_body(App);
}
