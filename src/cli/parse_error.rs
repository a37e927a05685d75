//! clap's parse errors in the interface's language. clap writes its own in English; for the
//! mistakes people make (an unknown argument or command, a bad or missing value) showfloor
//! says the same from the messages files, with clap's context: the argument, the value, the
//! values it takes, what it may have meant, the usage line. The rest clap still says.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The whole text for `error` on stderr, or None where clap's own is kept (help, version,
/// and the rarer kinds).
pub fn message(error: &clap::Error) -> Option<String> {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => Some(values.join(", ")),
        Some(ContextValue::StyledStr(value)) => Some(value.to_string()),
        Some(ContextValue::StyledStrs(values)) => {
            Some(values.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))
        }
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    match error.kind() {
        ErrorKind::UnknownArgument => {
            lines.push(crate::tr!("cli-parse-unexpected", arg = arg));
            if let Some(suggested) = text(ContextKind::SuggestedArg) {
                lines.push(crate::tr!("cli-parse-tip-arg", suggestion = suggested));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let command = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push(crate::tr!("cli-parse-unknown-command", command = command));
            if let Some(suggested) = text(ContextKind::SuggestedSubcommand) {
                lines.push(crate::tr!("cli-parse-tip-command", suggestion = suggested));
            }
        }
        ErrorKind::InvalidValue => {
            lines.push(if value.is_empty() {
                crate::tr!("cli-parse-no-value", arg = arg)
            } else {
                crate::tr!("cli-parse-invalid-value", value = value, arg = arg)
            });
            if let Some(valid) = text(ContextKind::ValidValue).filter(|valid| !valid.is_empty()) {
                lines.push(crate::tr!("cli-parse-possible", values = valid));
            }
        }
        ErrorKind::ValueValidation => {
            // The value parser's own reason, from the messages too (see `args::depth`).
            let reason = std::error::Error::source(error).map(ToString::to_string);
            lines.push(crate::tr!(
                "cli-parse-invalid-value-because",
                value = value,
                arg = arg,
                reason = reason.unwrap_or_default()
            ));
        }
        ErrorKind::TooManyValues => {
            lines.push(crate::tr!("cli-parse-too-many", value = value, arg = arg));
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let number = |kind: ContextKind| match error.get(kind) {
                Some(ContextValue::Number(n)) => i64::try_from(*n).unwrap_or(0),
                _ => 0,
            };
            let wanted = number(ContextKind::MinValues).max(number(ContextKind::ExpectedNumValues));
            let given = number(ContextKind::ActualNumValues);
            lines.push(crate::tr!("cli-parse-too-few", wanted = wanted, arg = arg, given = given));
        }
        ErrorKind::MissingRequiredArgument => {
            lines.push(crate::tr!("cli-parse-missing", args = arg));
        }
        _ => return None,
    }
    let mut out = format!("error: {}\n", lines[0]);
    for tip in &lines[1..] {
        out.push_str(&format!("\n  {tip}\n"));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        // clap's usage line begins with its own English heading: the usage alone after ours.
        let usage = usage.trim().trim_start_matches("Usage:").trim_start();
        out.push_str(&format!("\n{} {usage}\n", crate::tr!("help-clap-usage")));
    }
    out.push_str(&format!("\n{}\n", crate::tr!("cli-parse-more")));
    Some(out)
}
