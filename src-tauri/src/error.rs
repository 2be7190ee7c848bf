//! Errors that cross IPC: `{code, message}`, the message in the user's
//! language. The UI shows them at the field they belong to; it never sees a
//! raw Rust error.
use klagehjelp::Lang;
use klagehjelp::i18n::{self, FluentValue, UserFacing};
use serde::Serialize;

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UiError {
    /// Stable code, e.g. `duf.length`, `date.invalid`, `io.write`.
    pub code: String,
    /// What went wrong and what to do, in the UI language.
    pub message: String,
    /// The case field it concerns, when there is one (e.g. `decision.received`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl UiError {
    /// An error whose text is the app's own Fluent message `ui-err-<code>`
    /// (dots in the code become dashes).
    pub fn app(lang: Lang, code: &str) -> Self {
        Self::app_with(lang, code, &[])
    }

    /// As [`UiError::app`], with Fluent arguments.
    pub fn app_with(lang: Lang, code: &str, args: &[(&str, FluentValue<'_>)]) -> Self {
        let id = format!("ui-err-{}", code.replace(['.', '_'], "-"));
        UiError {
            code: code.to_string(),
            message: i18n::tr(lang, &id, args),
            field: None,
        }
    }

    /// A core error or notice that knows how to explain itself.
    pub fn user_facing(lang: Lang, e: &dyn UserFacing) -> Self {
        UiError {
            code: e.code().to_string(),
            message: e.message(lang),
            field: None,
        }
    }

    /// A file-system failure, with the path and the system's reason.
    pub fn io(lang: Lang, code: &str, path: &std::path::Path, err: &std::io::Error) -> Self {
        Self::app_with(
            lang,
            code,
            &[
                ("path", path.display().to_string().into()),
                ("reason", klagehjelp::i18n::io_reason(lang, err).into()),
            ],
        )
    }

    /// Attaches the case field the error is about.
    pub fn at(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }
}

/// The result type of every command.
pub type UiResult<T> = Result<T, UiError>;
