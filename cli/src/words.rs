//! What the command line says of itself (what it wrote, what went wrong, its help), in the
//! language of `--lang`, from the catalogs `i18n/cli/<tag>.ftl` (through
//! [`maillage_publish::Lang`]).
//!
//! The language is read from the arguments before clap parses them, and kept for the process:
//! errors are made deep down, where no `Lang` is at hand, and clap's own value checks and help
//! run before the parsed `--lang` exists.

use std::ffi::OsString;
use std::sync::OnceLock;

use clap::builder::Resettable;
use maillage_publish::{FluentValue, Lang};

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run (French until [`set`]).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Sets the language of this run, once.
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The message `id` of the catalogs, in this run's language.
pub fn say(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    lang().t(id, args)
}

/// `say` for a message about a path (`cli-reading`, `cli-writing`…).
pub fn about_path(id: &str, path: &std::path::Path) -> String {
    say(id, &[("path", path.display().to_string().into())])
}

/// The language asked for with `--lang X` or `--lang=X`, French when absent; a tag without a
/// catalog is left to clap, which refuses it with the list.
pub fn lang_in_args(args: impl IntoIterator<Item = OsString>) -> Lang {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = args.get(i + 1).cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_owned());
        }
    }
    found.and_then(|t| t.parse().ok()).unwrap_or_default()
}

/// The command's help in `lang`: each command's `help-<path>` (`help-import-csv`) and each
/// argument's `help-<path>--<arg>` replace the English of the doc comments; the headings, the
/// help and version flags, the defaults and possible values are worded too. (Clap has no
/// catalogs: its template, headings and flags are set here, in the reader's words.)
pub fn localized(cmd: clap::Command, lang: Lang) -> clap::Command {
    // `maillage <command> --help` says it all; clap's `help` command would speak English.
    let cmd = cmd
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(flag(
            "version",
            'V',
            clap::ArgAction::Version,
            lang.t("cli-print-version", &[]),
        ));
    localize(cmd, lang, "help")
}

/// `-h, --help` or `-V, --version` with its words: clap's own flags, which speak English.
fn flag(name: &'static str, short: char, action: clap::ArgAction, help: String) -> clap::Arg {
    clap::Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(help)
}

fn localize(mut cmd: clap::Command, lang: Lang, id: &str) -> clap::Command {
    if let Some(about) = lang.get(id, &[]) {
        cmd = cmd.about(about).long_about(Resettable::Reset);
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            lang.t("cli-usage", &[])
        ))
        .subcommand_help_heading(lang.t("cli-commands", &[]))
        .disable_help_flag(true)
        .arg(flag(
            "help",
            'h',
            clap::ArgAction::Help,
            lang.t("cli-print-help", &[]),
        ));
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for a in args {
        let help = lang.get(&format!("{id}--{a}"), &[]);
        cmd = cmd.mut_arg(&a, |arg| {
            let heading = if arg.is_positional() {
                "cli-arguments"
            } else {
                "cli-options"
            };
            let mut text = help
                .or_else(|| arg.get_help().map(|h| h.to_string()))
                .unwrap_or_default();
            let takes_value = arg.get_action().takes_values();
            // `[default: …]` and `[possible values: …]`, in the reader's words.
            let mut add = |id: &str, var: &str, values: Vec<String>| {
                if takes_value && !values.is_empty() {
                    text.push(' ');
                    text.push_str(&lang.t(id, &[(var, values.join(", ").into())]));
                }
            };
            add(
                "cli-default",
                "value",
                arg.get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect(),
            );
            add(
                "cli-possible-values",
                "values",
                arg.get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_owned())
                    .collect(),
            );
            let arg = arg
                .help(text)
                .long_help(Resettable::Reset)
                .help_heading(lang.t(heading, &[]));
            if takes_value {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        let sub_id = format!("{id}-{s}");
        cmd = cmd.mut_subcommand(&s, |c| localize(c, lang, &sub_id));
    }
    cmd
}

/// A parse error in the reader's words: the kinds people meet (a bad value, a missing or
/// unknown argument, an unknown command) worded from the catalogs, then how to get help; the
/// rarer kinds as clap words them.
pub fn parse_error(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ErrorKind};
    let context = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let said = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut args = vec![
                ("arg", FluentValue::from(context(ContextKind::InvalidArg))),
                ("value", context(ContextKind::InvalidValue).into()),
            ];
            match std::error::Error::source(e) {
                Some(reason) => {
                    args.push(("reason", reason.to_string().into()));
                    lang.t("cli-invalid-value-because", &args)
                }
                None => lang.t("cli-invalid-value", &args),
            }
        }
        ErrorKind::MissingRequiredArgument => lang.t(
            "cli-missing-arguments",
            &[("args", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::UnknownArgument => lang.t(
            "cli-unknown-argument",
            &[("arg", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::InvalidSubcommand => lang.t(
            "cli-unknown-command",
            &[("command", context(ContextKind::InvalidSubcommand).into())],
        ),
        _ => return e.render().to_string(),
    };
    format!(
        "{}\n\n{}",
        lang.t("cli-failed", &[("error", said.into())]),
        lang.t("cli-try-help", &[])
    )
}

/// Every help id of a command with its English text (the doc comments), in catalog order.
#[cfg(test)]
pub fn help_ids(cmd: &clap::Command) -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, id: &str, out: &mut Vec<(String, String)>) {
        let about = cmd
            .get_long_about()
            .or(cmd.get_about())
            .map(|s| s.to_string())
            .unwrap_or_default();
        if !about.is_empty() {
            out.push((id.to_owned(), about));
        }
        for a in cmd.get_arguments() {
            let name = a.get_id().as_str();
            if matches!(name, "help" | "version") {
                continue;
            }
            let help = a
                .get_long_help()
                .or(a.get_help())
                .map(|s| s.to_string())
                .unwrap_or_default();
            if !help.is_empty() {
                out.push((format!("{id}--{name}"), help));
            }
        }
        for s in cmd.get_subcommands() {
            if s.get_name() == "help" {
                continue;
            }
            walk(s, &format!("{id}-{}", s.get_name()), out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, "help", &mut out);
    out
}
