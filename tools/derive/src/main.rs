//! Writes the derived examples into `public/`. Usage (from the repo root):
//! `cargo run -p atlas-derive --release -- [shared data folder]` (default `../shared/data`).

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data"));
    match atlas_derive::derive_all(&shared) {
        Ok(files) => {
            for f in files {
                let p = root.join("public").join(f.path);
                if let Some(dir) = p.parent() {
                    if let Err(e) = std::fs::create_dir_all(dir) {
                        eprintln!("{}: {e}", dir.display());
                        std::process::exit(1);
                    }
                }
                if let Err(e) = std::fs::write(&p, &f.text) {
                    eprintln!("{}: {e}", p.display());
                    std::process::exit(1);
                }
                println!("wrote public/{} ({} bytes)", f.path, f.text.len());
            }
        }
        Err(e) => {
            eprintln!("derive failed: {e}");
            std::process::exit(1);
        }
    }
    // then the ready answers, from the files now under public/
    let public = root.join("public");
    match atlas_derive::ready_files(&public) {
        Ok(files) => {
            for (path, bytes) in files {
                if let Err(e) = std::fs::write(public.join(path), &bytes) {
                    eprintln!("public/{path}: {e}");
                    std::process::exit(1);
                }
                println!("wrote public/{path} ({} bytes)", bytes.len());
            }
        }
        Err(e) => {
            eprintln!("derive failed: {e}");
            std::process::exit(1);
        }
    }
}
