//! The two envelopes: [`ToWorker`] (a job, the file's bytes behind it) and
//! [`FromWorker`] (ready, progress, an answer or a refusal), each one buffer laid
//! out as `[head length, u32 LE][head][rest]`.

use super::jobs::{
    ComputeLisa, DecodeText, JobKind, ReadBoundaries, ReadTable, SumCells, WriteTemplate,
};
use crate::issue::{InternalFault, LoadError, LoadErrorKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What the page says to the loader worker: one job.
///
/// Sent as one buffer, [`header`](Self::header) then the file's bytes, transferred
/// (not copied). The header is JSON: a sidecar's indicator descriptions need a
/// self-describing format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    Boundaries(ReadBoundaries),
    Table(ReadTable),
    Decode(DecodeText),
    WriteTemplate(WriteTemplate),
    Lisa(ComputeLisa),
    SumCells(SumCells),
    /// Tests only (feature `test-hooks`, never in a release build): the worker
    /// fails on purpose, as it would reading the file called `name`.
    #[cfg(feature = "test-hooks")]
    Fail {
        name: String,
        fault: Fault,
    },
}

/// Tests only: how the worker fails on purpose (`window.__atlasWorkerFault`).
#[cfg(feature = "test-hooks")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fault {
    /// A panic, as a bug in a loader would.
    Panic,
    /// Memory taken until there is none, as a huge national export would.
    Memory,
}

#[cfg(feature = "test-hooks")]
impl Fault {
    /// The hook's word: `"panic"` or `"memory"`.
    ///
    /// ```
    /// use atlas_core::pipeline::message::Fault;
    /// assert_eq!(Fault::from_word("memory"), Some(Fault::Memory));
    /// assert_eq!(Fault::from_word("other"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Fault> {
        match word {
            "panic" => Some(Fault::Panic),
            "memory" => Some(Fault::Memory),
            _ => None,
        }
    }
}

impl ToWorker {
    /// The file's name, for the sentences.
    pub fn name(&self) -> &str {
        match self {
            ToWorker::Boundaries(j) => &j.name,
            ToWorker::Table(j) => &j.name,
            ToWorker::Decode(j) => &j.name,
            ToWorker::WriteTemplate(j) => &j.name,
            ToWorker::Lisa(j) => &j.name,
            ToWorker::SumCells(j) => &j.name,
            #[cfg(feature = "test-hooks")]
            ToWorker::Fail { name, .. } => name,
        }
    }

    /// The message's first part, `[length, u32 LE][JSON]`; the file's bytes follow.
    ///
    /// ```
    /// use atlas_core::pipeline::message::{DecodeText, ToWorker};
    /// let job = ToWorker::Decode(DecodeText { name: "a.csv".into() });
    /// let header = job.header();
    /// assert_eq!(header.len(), 4 + u32::from_le_bytes(header[..4].try_into().unwrap()) as usize);
    /// assert_eq!(job.to_bytes(b"x"), [header, b"x".to_vec()].concat());
    /// ```
    pub fn header(&self) -> Vec<u8> {
        // a job is strings, numbers and lists: serde_json cannot fail on it
        framed(&serde_json::to_vec(self).unwrap_or_default(), 0)
    }

    /// The whole message: the header, then `file`.
    pub fn to_bytes(&self, file: &[u8]) -> Vec<u8> {
        let mut out = self.header();
        out.extend_from_slice(file);
        out
    }

    /// Read a message made by [`to_bytes`](Self::to_bytes): the job and the file's
    /// bytes. `Err` when it is not one (a bug in the page, never the user's file).
    ///
    /// ```
    /// use atlas_core::pipeline::message::{ToWorker, DecodeText};
    /// let job = ToWorker::Decode(DecodeText { name: "bydele.csv".into() });
    /// let message = job.to_bytes(b"\xd8sterbro");
    /// assert_eq!(ToWorker::read(&message).unwrap(), (job, &b"\xd8sterbro"[..]));
    /// assert!(ToWorker::read(&message[..6]).is_err());
    /// ```
    pub fn read(message: &[u8]) -> Result<(ToWorker, &[u8]), Garbled> {
        let (head, file) = split(message)?;
        let job = serde_json::from_slice(head)
            .map_err(|e| Garbled(format!("the job is not one: {e}")))?;
        Ok((job, file))
    }
}

/// What the loader worker says to the page.
///
/// Sent as one buffer, `[length, u32 LE][postcard]`; an answer's reply follows
/// right behind it (see [`Reply`](super::Reply)).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// Its module runs: jobs can come (a message sent before is lost).
    Ready,
    /// Part of the job done, 0–1.
    Progress(f64),
    /// The job of this kind is done: its reply follows.
    Answered(JobKind),
    /// The file cannot be used, and why.
    Failed(LoadError),
    /// The worker could not read the page's message (a bug): its words.
    NotUnderstood(String),
}

impl FromWorker {
    /// The message as bytes (an answer's reply is appended by
    /// [`answer_bytes`](super::answer_bytes)).
    pub fn to_bytes(&self) -> Vec<u8> {
        // enums of numbers and strings: postcard cannot fail on them
        framed(&postcard::to_allocvec(self).unwrap_or_default(), 0)
    }

    /// Read a message made by [`to_bytes`](Self::to_bytes): the message and what
    /// follows it (an answer's reply).
    ///
    /// ```
    /// use atlas_core::pipeline::message::FromWorker;
    /// let bytes = FromWorker::Progress(0.5).to_bytes();
    /// assert_eq!(FromWorker::read(&bytes).unwrap(), (FromWorker::Progress(0.5), &[][..]));
    /// assert!(FromWorker::read(&[9, 0, 0, 0, 1]).is_err());
    /// ```
    pub fn read(bytes: &[u8]) -> Result<(FromWorker, &[u8]), Garbled> {
        let (message, rest) = Self::read_with(bytes.len(), |r| bytes[r].to_vec())?;
        Ok((message, &bytes[rest..]))
    }

    /// Read only the message at the start of `len` bytes, which `at` copies by range
    /// (so the page copies a large reply behind it later, in a task of its own).
    /// Answers the message and where the rest starts.
    ///
    /// ```
    /// use atlas_core::pipeline::message::FromWorker;
    /// let mut bytes = FromWorker::Ready.to_bytes();
    /// bytes.extend_from_slice(&[0; 1000]); // a large reply behind it, never copied
    /// let (said, at) = FromWorker::read_with(bytes.len(), |r| bytes[r].to_vec()).unwrap();
    /// assert_eq!((said, bytes.len() - at), (FromWorker::Ready, 1000));
    /// ```
    pub fn read_with(
        len: usize,
        mut at: impl FnMut(Range<usize>) -> Vec<u8>,
    ) -> Result<(FromWorker, usize), Garbled> {
        let head = head_range(len, &mut at)?;
        let end = head.end;
        let message = postcard::from_bytes(&at(head))
            .map_err(|e| Garbled(format!("the worker's message is not one: {e}")))?;
        Ok((message, end))
    }
}

/// Bytes that are not the message or reply they should be: a bug on one side of
/// the worker boundary, never the user's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Garbled(pub String);

impl Garbled {
    /// As the sentence the user reads: an internal failure while handling the file
    /// called `name` ([`LoadErrorKind::Internal`]).
    ///
    /// ```
    /// use atlas_core::pipeline::message::Garbled;
    /// let e = Garbled("cut short".into()).about("sogne.geojson");
    /// assert_eq!(e.kind.code(), "internal");
    /// assert!(e.to_string().starts_with("The atlas failed internally with sogne.geojson"));
    /// ```
    pub fn about(self, name: &str) -> LoadError {
        internal(name, InternalFault::Protocol, self.0)
    }
}

/// An internal failure while handling the file called `name`.
pub(super) fn internal(name: &str, fault: InternalFault, detail: String) -> LoadError {
    LoadError::new(LoadErrorKind::Internal {
        name: name.to_owned(),
        fault,
        detail,
    })
}

/// `[head.len(), u32 LE][head]`, with room for `rest` more bytes.
pub(super) fn framed(head: &[u8], rest: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + head.len() + rest);
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(head);
    out
}

/// The head and the rest of bytes made by [`framed`].
pub(super) fn split(bytes: &[u8]) -> Result<(&[u8], &[u8]), Garbled> {
    let head = head_range(bytes.len(), |r| bytes[r].to_vec())?;
    let end = head.end;
    Ok((&bytes[head], &bytes[end..]))
}

/// Where the head of `len` framed bytes lies (`at` copies a range of them).
fn head_range(
    len: usize,
    mut at: impl FnMut(Range<usize>) -> Vec<u8>,
) -> Result<Range<usize>, Garbled> {
    let cut = || Garbled(format!("cut short ({len} bytes)"));
    if len < 4 {
        return Err(cut());
    }
    let prefix: [u8; 4] = at(0..4).try_into().map_err(|_| cut())?;
    let end = 4usize.saturating_add(u32::from_le_bytes(prefix) as usize);
    if end > len {
        return Err(cut());
    }
    Ok(4..end)
}
