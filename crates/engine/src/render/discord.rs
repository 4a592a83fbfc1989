//! The Discord layouts: an engine [`Report`](crate::Report) as a Discord reply (title,
//! description blocks, sections of atomic Markdown blocks, footer, colour) and the components
//! under it, as plain serde data. The front doors split a reply into messages under Discord's
//! limits and send it; nothing here knows a transport (no serenity, no HTTP).

use crate::diagnose::{Finding, Msg, Place};
use crate::lang::{endonym, Locale};
use crate::render::bidi;
use crate::render::escape::{code_block, code_span, evidence_span};
use crate::render::text::{asks_heading, cause_name, footer as reply_footer, where_id};
use crate::render::{t, tr};
use crate::Report;
use serde_json::{json, Value};
use wire::{ButtonStyle, ComponentType};

pub const COLOR_PROBLEM: u32 = 0xE6_7E_22;
pub const COLOR_OK: u32 = 0x2E_CC_71;
pub const COLOR_INFO: u32 = 0x5D_AD_E2;

/// Custom ids of the components under a reply (`cm:` = clawmedic).
pub const ID_WORKED: &str = "cm:ok";
pub const ID_FAILING: &str = "cm:fail";
pub const ID_SHOW_IN: &str = "cm:show";
pub const ID_PASTE: &str = "cm:paste";

/// Length as Discord counts it.
pub fn dlen(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Cut plain text (a title, a name, a label) to `limit` units, ending in `…` when cut.
pub fn clip(s: &str, limit: usize) -> String {
    if dlen(s) <= limit {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if dlen(&out) + c.len_utf16() + 1 > limit {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A section: a heading and atomic Markdown blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    pub name: String,
    pub blocks: Vec<String>,
}

/// A reply before it is split into messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub title: String,
    /// Blocks of the description (the first embed's).
    pub description: Vec<String>,
    pub sections: Vec<Section>,
    pub footer: Option<String>,
    pub color: u32,
}

/// A message with its paste-derived arguments shown as code (ids, refs, providers), numbers
/// left as numbers for plural rules.
pub fn tr_safe(locale: Locale, msg: &Msg) -> String {
    let args = msg
        .args
        .iter()
        .map(|(k, v)| (*k, if v.parse::<i64>().is_ok() { v.clone() } else { code_span(v) }))
        .collect();
    tr(locale, &Msg { id: msg.id, args })
}

fn code_lang(place: Place, command: &str) -> &'static str {
    match place {
        Place::Cli => "sh",
        Place::Config if command.starts_with("openclaw") => "sh",
        _ => "",
    }
}

/// One step as a block: number, note, and the command alone in a code block.
fn step_block(locale: Locale, n: usize, place: Place, command: &str, note: Option<&Msg>) -> String {
    let head = match note {
        Some(m) => format!("**{n}.** {}", tr_safe(locale, m)),
        None => format!("**{n}.**"),
    };
    format!("{head}\n{}", code_block(code_lang(place, command), &[command]))
}

/// The places of a finding's steps (as the Fluent id of their label), in order of first
/// appearance: steps are grouped under the same words the terminal and the web page show.
fn places(f: &Finding) -> Vec<&'static str> {
    let mut out = Vec::new();
    for s in &f.steps {
        let id = where_id(s.place, &s.command);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// The version line of a reply (the same as the terminal's).
pub fn version_line(report: &Report) -> String {
    crate::render::text::version_line(report)
}

/// A reply with its Latin runs and code spans isolated for a right-to-left locale (so a line
/// that opens with a model ref or `OpenClaw 2026.6.9` still reads right-to-left); code blocks
/// and the insides of code spans are left byte-identical.
pub fn isolate_reply(locale: Locale, reply: Reply) -> Reply {
    if !locale.is_rtl() {
        return reply;
    }
    let iso = |s: &String| bidi::isolate(locale, s);
    Reply {
        title: iso(&reply.title),
        description: reply.description.iter().map(iso).collect(),
        sections: reply
            .sections
            .iter()
            .map(|s| Section { name: iso(&s.name), blocks: s.blocks.iter().map(iso).collect() })
            .collect(),
        ..reply
    }
}

/// Title, description blocks and sections of a diagnosis.
pub fn diagnosis_reply(report: &Report) -> Reply {
    let l = report.locale;
    let d = &report.diagnosis;
    let mut description = vec![version_line(report)];
    if report.secrets > 0 {
        description.push(format!(
            "⚠️ **{}**",
            tr(l, &Msg::new("secret-warning").arg("count", report.secrets.to_string()))
        ));
    }
    if report.mojibake {
        description.push(t(l, "mojibake-note"));
    }
    // The engine's notes (a given version that names no release or differs from the paste's,
    // a flag too new for the release, …), as every front door shows them.
    for n in &d.notes {
        description.push(tr_safe(l, n));
    }
    let mut sections = Vec::new();
    let title;
    let color;
    match d.findings.first() {
        Some(top) => {
            title = tr(l, &Msg::new("reply-top-finding").arg("title", cause_name(l, top.cause)));
            color = if top.cause.id() == "all_ok" { COLOR_OK } else { COLOR_PROBLEM };
            description.push(String::new());
            description.push(tr_safe(l, &top.summary));
            if !top.evidence.is_empty() {
                let blocks = top
                    .evidence
                    .iter()
                    .take(3)
                    .map(|e| {
                        let at = tr(
                            l,
                            &Msg::new("reply-evidence-line")
                                .arg("message", e.loc.message.to_string())
                                .arg("line", e.loc.line.to_string()),
                        );
                        format!("{} · *{at}*", evidence_span(&e.text))
                    })
                    .collect();
                sections.push(Section { name: t(l, "reply-evidence"), blocks });
            }
            let numbered = number_steps(&top.steps);
            for place in places(top) {
                let blocks = numbered
                    .iter()
                    .filter(|(_, s)| where_id(s.place, &s.command) == place)
                    .map(|(n, s)| step_block(l, *n, s.place, &s.command, s.note.as_ref()))
                    .collect();
                sections.push(Section {
                    name: format!("{} · {}", t(l, "reply-steps"), t(l, place)),
                    blocks,
                });
            }
            if !top.rules_out.is_empty() {
                // Human titles here; the ids are in the footer and the JSON.
                let titles: Vec<String> =
                    top.rules_out.iter().map(|c| format!("• {}", cause_name(l, *c))).collect();
                sections.push(Section {
                    name: t(l, "reply-ruled-out"),
                    blocks: vec![titles.join("\n")],
                });
            }
            for f in d.findings.iter().skip(1) {
                let name =
                    tr(l, &Msg::new("reply-next-finding").arg("title", cause_name(l, f.cause)));
                let mut blocks = vec![tr_safe(l, &f.summary)];
                let numbered = number_steps(&f.steps);
                for place in places(f) {
                    blocks.push(format!("__{}__", t(l, place)));
                    for (n, s) in
                        numbered.iter().filter(|(_, s)| where_id(s.place, &s.command) == place)
                    {
                        blocks.push(step_block(l, *n, s.place, &s.command, s.note.as_ref()));
                    }
                }
                sections.push(Section { name, blocks });
            }
        }
        None => {
            title = t(l, "reply-title");
            color = COLOR_INFO;
            description.push(String::new());
            description.push(t(l, "reply-need-more-info"));
        }
    }
    if !d.asks.is_empty() {
        let mut blocks: Vec<String> = d
            .asks
            .iter()
            .map(|a| {
                let lang = if a.command.starts_with("openclaw") { "sh" } else { "" };
                format!("• {}\n{}", tr_safe(l, &a.why), code_block(lang, &[&a.command]))
            })
            .collect();
        blocks.push(format!("*{}*", t(l, "reply-mask-reminder")));
        sections.push(Section { name: asks_heading(l, d.asks.len()), blocks });
    }
    let footer = Some(reply_footer(report));
    isolate_reply(l, Reply { title, description: squeeze(description), sections, footer, color })
}

/// Drop a leading or doubled empty block (they only make spacing).
fn squeeze(blocks: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in blocks {
        if b.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        out.push(b);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// The components under a public diagnosis: Worked / Still failing, and "Show in …".
pub fn feedback_components(locale: Locale) -> Value {
    let options: Vec<Value> = Locale::ALL
        .iter()
        .map(|l| json!({ "label": endonym(*l), "value": l.id(), "default": false }))
        .collect();
    json!([
        { "type": ComponentType::ActionRow, "components": [
            { "type": ComponentType::Button, "style": ButtonStyle::Success, "label": clip(&t(locale, "button-worked"), 80), "custom_id": format!("{ID_WORKED}:{}", locale.id()) },
            { "type": ComponentType::Button, "style": ButtonStyle::Secondary, "label": clip(&t(locale, "button-still-failing"), 80), "custom_id": format!("{ID_FAILING}:{}", locale.id()) }
        ]},
        { "type": ComponentType::ActionRow, "components": [
            { "type": ComponentType::StringSelect, "custom_id": ID_SHOW_IN, "placeholder": clip(&tr(locale, &Msg::new("button-show-in").arg("language", "…")), 150),
              "min_values": 1, "max_values": 1, "options": options }
        ]}
    ])
}

/// Discord's numbers for what the bot sends, named once. Incoming interactions are read with
/// serenity's own enums in the front doors; these are for the bodies we build (the engine does
/// not depend on serenity).
pub mod wire {
    use serde::{Serialize, Serializer};

    /// Message flag: only the invoking user sees the message.
    pub const EPHEMERAL: u64 = 1 << 6;

    macro_rules! numbered {
        ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $n:expr),* $(,)? }) => {
            $(#[$m])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub enum $name { $($(#[$vm])* $v = $n),* }
            impl $name {
                /// Discord's number for it.
                pub fn number(self) -> u8 {
                    self as u8
                }
            }
            impl Serialize for $name {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_u8(self.number())
                }
            }
        };
    }

    numbered!(
        /// Interaction callback types (the `type` of an interaction response).
        CallbackType {
            Pong = 1,
            ChannelMessage = 4,
            /// "Thinking…", the message follows through the follow-up webhook.
            DeferredChannelMessage = 5,
            AutocompleteResult = 8,
            Modal = 9,
        }
    );

    numbered!(
        /// Message component types.
        ComponentType { ActionRow = 1, Button = 2, StringSelect = 3, TextInput = 4 }
    );

    numbered!(
        /// Button styles.
        ButtonStyle { Primary = 1, Secondary = 2, Success = 3 }
    );

    numbered!(
        /// Text input styles.
        TextInputStyle { Paragraph = 2 }
    );

    numbered!(
        /// Application command types.
        CommandType { ChatInput = 1, Message = 3 }
    );

    numbered!(
        /// Application command option types.
        OptionType { SubCommand = 1, String = 3, Attachment = 11 }
    );

    numbered!(
        /// Interaction contexts a command can be used in.
        InteractionContext { Guild = 0 }
    );

    /// Permission bit: Manage Server (who may turn watch mode on).
    pub const MANAGE_GUILD: u64 = 1 << 5;
}

/// Steps with their 1-based numbers, so steps grouped by place keep the numbers of the list.
fn number_steps(steps: &[crate::diagnose::Step]) -> Vec<(usize, &crate::diagnose::Step)> {
    steps.iter().enumerate().map(|(i, s)| (i + 1, s)).collect()
}
