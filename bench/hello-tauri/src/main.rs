// A hello-world Tauri v2 app: the baseline for Klagehjelp's size and start.
fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("error while running the hello-world app");
}
