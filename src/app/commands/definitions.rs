//! The application commands as registered with Discord (bulk overwrite), with names and
//! descriptions in every Discord locale. The gateway bot registers them on READY; the HTTP
//! server at startup.

use super::{DIAGNOSE_COMMAND, WATCH_COMMAND};
use crate::app::layout::clip;
use crate::app::locales::{endonym, DISCORD_LOCALES};
use crate::config::BotSettings;
use crate::lang::Locale;
use crate::render::discord::wire::{CommandType, InteractionContext, OptionType, MANAGE_GUILD};
use crate::render::t;
use serde_json::{json, Map, Value};

/// Discord's longest string option.
const PASTE_OPTION_MAX: u64 = 6000;

/// Discord's description limit.
const DESCRIPTION_MAX: usize = 100;

fn localized(id: &'static str, limit: usize) -> (String, Value) {
    let mut map = Map::new();
    for (code, locale) in DISCORD_LOCALES {
        map.insert(code.to_string(), json!(clip(&t(locale, id), limit)));
    }
    (clip(&t(Locale::En, id), limit), Value::Object(map))
}

fn option(kind: OptionType, name: &str, desc_id: &'static str) -> Value {
    let (description, localizations) = localized(desc_id, DESCRIPTION_MAX);
    json!({ "type": kind, "name": name, "description": description, "description_localizations": localizations, "required": false })
}

fn language_option() -> Value {
    let mut o = option(OptionType::String, "language", "opt-language-description");
    o["choices"] = Value::Array(
        Locale::ALL.iter().map(|l| json!({ "name": endonym(*l), "value": l.id() })).collect(),
    );
    o
}

fn version_option() -> Value {
    let mut o = option(OptionType::String, "version", "opt-version-description");
    o["autocomplete"] = json!(true);
    o["max_length"] = json!(40);
    o
}

fn paste_option(max: u64) -> Value {
    let mut o = option(OptionType::String, "paste", "opt-paste-description");
    o["max_length"] = json!(max);
    o
}

/// The application commands (bulk-overwrite body), with descriptions in every Discord locale.
pub fn command_definitions(settings: &BotSettings) -> Value {
    let (diag_desc, diag_loc) = localized("cmd-diagnose-description", DESCRIPTION_MAX);
    let (model_desc, model_loc) = localized("cmd-model-description", DESCRIPTION_MAX);
    let (status_desc, status_loc) = localized("cmd-model-status-description", DESCRIPTION_MAX);
    let (pin_desc, pin_loc) = localized("cmd-model-pin-description", DESCRIPTION_MAX);
    let (ctx_name, ctx_loc) = localized("ctx-diagnose-name", 32);
    let mut profile = option(OptionType::String, "profile", "opt-profile-description");
    profile["required"] = json!(true);
    profile["autocomplete"] = json!(true);
    profile["max_length"] = json!(200);
    let mut model = option(OptionType::String, "model", "opt-model-description");
    model["autocomplete"] = json!(true);
    model["max_length"] = json!(200);
    let mut commands = vec![
        json!({
            "type": CommandType::ChatInput, "name": DIAGNOSE_COMMAND, "description": diag_desc, "description_localizations": diag_loc,
            "options": [paste_option(PASTE_OPTION_MAX), option(OptionType::Attachment, "file", "opt-file-description"), version_option(), language_option()]
        }),
        json!({
            "type": CommandType::ChatInput, "name": settings.command_name, "description": model_desc, "description_localizations": model_loc,
            "options": [
                { "type": OptionType::SubCommand, "name": "status", "description": status_desc, "description_localizations": status_loc,
                  "options": [paste_option(PASTE_OPTION_MAX), version_option(), language_option()] },
                { "type": OptionType::SubCommand, "name": "pin", "description": pin_desc, "description_localizations": pin_loc,
                  "options": [profile, model, version_option(), language_option()] }
            ]
        }),
        json!({ "type": CommandType::Message, "name": ctx_name, "name_localizations": ctx_loc }),
    ];
    if settings.watch_enabled {
        let (watch_desc, watch_loc) = localized("cmd-watch-description", DESCRIPTION_MAX);
        let mut mode = option(OptionType::String, "mode", "opt-watch-mode-description");
        mode["required"] = json!(true);
        mode["choices"] =
            json!([{ "name": "on", "value": "on" }, { "name": "off", "value": "off" }]);
        commands.push(json!({
            "type": CommandType::ChatInput, "name": WATCH_COMMAND, "description": watch_desc, "description_localizations": watch_loc,
            "default_member_permissions": MANAGE_GUILD, "contexts": [InteractionContext::Guild], "options": [mode]
        }));
    }
    Value::Array(commands)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Discord rejects the whole registration when one name or description breaks its rules.
    #[test]
    fn command_definitions_follow_discords_rules() {
        let defs =
            command_definitions(&BotSettings { watch_enabled: true, ..BotSettings::default() });
        fn check(opts: &[Value]) {
            let mut optional_seen = false;
            for o in opts {
                let name = o["name"].as_str().unwrap();
                assert!(crate::config::valid_command_name(name), "{name}");
                let d = o["description"].as_str().unwrap();
                assert!((1..=100).contains(&d.chars().count()), "{d}");
                for (code, v) in o["description_localizations"].as_object().unwrap() {
                    assert!((1..=100).contains(&v.as_str().unwrap().chars().count()), "{code}");
                }
                let required = o["required"].as_bool().unwrap_or(false);
                assert!(!(required && optional_seen), "required options come first: {name}");
                optional_seen |= !required && o["type"] != 1;
                if let Some(sub) = o["options"].as_array() {
                    check(sub);
                }
                if let Some(c) = o["choices"].as_array() {
                    assert!(c.len() <= 25);
                }
            }
        }
        for c in defs.as_array().unwrap() {
            if c["type"] == 3 {
                for v in c["name_localizations"].as_object().unwrap().values() {
                    assert!((1..=32).contains(&v.as_str().unwrap().chars().count()));
                }
                continue;
            }
            check(std::slice::from_ref(c));
        }
        let locales = defs[0]["description_localizations"].as_object().unwrap();
        let codes: Vec<&str> = DISCORD_LOCALES.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            locales.keys().map(String::as_str).collect::<std::collections::BTreeSet<_>>(),
            codes.into_iter().collect()
        );
    }
}
