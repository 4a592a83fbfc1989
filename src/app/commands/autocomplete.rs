//! Autocomplete of the version (known releases), profile and model options (what the asker's
//! conversation has shown).

use crate::app::interactions::{only, Callback, InteractionOutcome, Ix, Opts};
use crate::app::{memory, Deps};
use crate::versions::KNOWN_RELEASES;
use serde_json::{json, Value};
use serenity::all::CommandData;

pub(crate) async fn autocomplete(
    deps: &Deps,
    ix: &Ix<'_>,
    data: &CommandData,
) -> InteractionOutcome {
    let (name, typed) = data.autocomplete().map_or(("", ""), |o| (o.name, o.value));
    let typed_l = typed.trim().to_lowercase();
    let matches = |s: &str| typed_l.is_empty() || s.to_lowercase().contains(&typed_l);
    let values: Vec<String> = match name {
        "version" => {
            KNOWN_RELEASES.iter().rev().filter(|v| matches(v)).map(ToString::to_string).collect()
        }
        "profile" | "model" => {
            let mem = match ix.key() {
                Some(k) => memory::load(deps.store.as_ref(), &k, deps.settings.store_timeout).await,
                None => None,
            };
            let facts = mem.as_ref().map(|m| m.facts.as_slice()).unwrap_or(&[]);
            if name == "profile" {
                memory::profiles(facts).into_iter().filter(|p| matches(p)).collect()
            } else {
                let mut models: Vec<String> =
                    memory::models(facts).into_iter().filter(|m| matches(m)).collect();
                // Models of the chosen profile's provider first.
                if let Some(provider) =
                    Opts::of(data).str("profile").and_then(|p| p.split(':').next())
                {
                    models.sort_by_key(|m| !m.starts_with(&format!("{provider}/")));
                }
                models
            }
        }
        _ => Vec::new(),
    };
    let choices: Vec<Value> = values
        .into_iter()
        .filter(|v| v.chars().count() <= 100)
        .take(25)
        .map(|v| json!({ "name": v, "value": v }))
        .collect();
    only(Callback::Choices(choices))
}
