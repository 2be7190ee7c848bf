//! Klagehjelp core: the case model, the klage deadline, the DUF number, the
//! requirements check, letters and PDF.
//!
//! The core never touches the file system or the clock on its own: "today",
//! fonts, templates and data are embedded or handed in. Only the CLI
//! (`src/main.rs`) and the desktop shell (`src-tauri/`) read and write files.

pub mod attachment;
pub mod bundle;
pub mod case;
pub mod dates;
pub mod deadline;
pub mod duf;
pub mod explain;
pub mod fmt;
pub mod fsutil;
pub mod gate;
pub mod handover;
pub mod holidays;
pub mod i18n;
pub mod ics;
pub mod interview;
pub mod lang;
pub mod law;
pub mod letter;
pub mod pdf;
pub mod routes;
pub mod session;

pub use lang::Lang;
pub use law::facts;
