//! The core's folders are the pipeline's stages, and their dependencies point one
//! way: a module may use only the stages before its own (see `lib.rs`). This test
//! reads the sources and fails naming the file and the backward `use`.

use std::path::Path;

/// The stages in order: each may use those before it, never those after.
const LAYERS: [&str; 9] = [
    "text", "issue", "model", "geometry", "import", "join", "classify", "present", "pipeline",
];

fn rank(layer: &str) -> Option<usize> {
    // the crate root's re-exports count as the stage they come from
    let layer = match layer {
        "Lang" => "text",
        "Issue" | "LoadError" | "Loaded" => "issue",
        "Atlas" => "model",
        other => other,
    };
    LAYERS.iter().position(|l| *l == layer)
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the core's src folder") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The stage a source file belongs to: its folder, or its own name at the top.
fn layer_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

#[test]
fn core_modules_use_only_earlier_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut backward = Vec::new();
    let mut seen_layers = std::collections::BTreeSet::new();
    for file in &files {
        let Some(layer) = layer_of(&src, file) else {
            continue;
        };
        if layer == "lib" {
            continue;
        }
        let Some(own) = rank(&layer) else {
            panic!(
                "{} is in no stage: put it in one of {LAYERS:?}, or add its stage here",
                file.display()
            );
        };
        seen_layers.insert(layer.clone());
        let text = std::fs::read_to_string(file).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + "crate::".len()..];
                let used: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if let Some(r) = rank(&used) {
                    if r > own {
                        backward.push(format!(
                            "{}:{}: the {layer} stage uses the later {used} stage",
                            file.display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert_eq!(
        seen_layers.len(),
        LAYERS.len(),
        "every stage has sources: {seen_layers:?}"
    );
    assert!(backward.is_empty(), "{}", backward.join("\n"));
}

#[test]
fn no_core_source_file_is_over_400_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > 400).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by concept: {long:?}");
}
