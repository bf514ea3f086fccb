//! The loader worker's messages in tests: a job sent, run and answered as the
//! worker does it (its progress checked), and an internal failure recognised.

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::issue::{InternalFault, LoadError, LoadErrorKind};
use atlas_core::pipeline::message::{answer, read_answer, Job, ReadBoundaries};
use atlas_core::Lang;

/// The boundary job for a file called `name`, with the default choices.
pub fn boundaries(name: &str) -> ReadBoundaries {
    ReadBoundaries {
        name: name.into(),
        options: BoundaryOptions::default(),
    }
}

/// The worker's answer to `job` on `bytes`, as the bytes it posts, and the progress
/// it told (checked: within 0–1, never going back).
pub fn worker_answer<J: Job + Clone>(job: &J, bytes: &[u8]) -> Vec<u8> {
    let message = job.clone().into().to_bytes(bytes);
    let mut steps = Vec::new();
    let out = answer(&message, |f| steps.push(f));
    assert!(
        steps.iter().all(|f| (0.0..=1.0).contains(f)),
        "progress stays within 0–1: {steps:?}"
    );
    assert!(
        steps.windows(2).all(|w| w[0] <= w[1]),
        "progress never goes back: {steps:?}"
    );
    out
}

/// `job` sent, run and its answer read back on the page's side.
pub fn round_trip<J: Job + Clone>(job: &J, bytes: &[u8]) -> Result<J::Reply, LoadError> {
    read_answer(job, &worker_answer(job, bytes))
}

/// The error is an internal failure of `fault`, naming `name`, and says so: a bug,
/// what to report, not a problem with the file.
pub fn assert_internal(e: &LoadError, name: &str, fault: InternalFault) {
    let LoadErrorKind::Internal {
        name: n, fault: f, ..
    } = &e.kind
    else {
        panic!("an internal failure expected, got {e:?}");
    };
    assert_eq!((n.as_str(), *f), (name, fault));
    assert_eq!(e.kind.code(), "internal");
    let da = e.sentence(Lang::Da);
    assert!(
        da.starts_with(&format!("Atlasset fejlede internt med {name}")),
        "{da}"
    );
    for what in ["ikke i filen", "browser", "filen", "hvad du gjorde"] {
        assert!(da.contains(what), "«{what}» in «{da}»");
    }
    let en = e.sentence(Lang::En);
    assert!(
        en.starts_with(&format!("The atlas failed internally with {name}")),
        "{en}"
    );
    assert!(
        en.contains("not in the file") && en.contains("browser"),
        "{en}"
    );
}
