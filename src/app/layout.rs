//! Replies as Discord messages: a [`Reply`] (laid out by the engine, `render::discord`) or a
//! short text becomes one or more message bodies, split under Discord's limits without ever
//! cutting inside a command or a code block:
//! content 2000 · embed title 256 · description 4096 · 25 fields · field name 256 ·
//! field value 1024 · footer 2048 · 6000 characters per message (all counted in UTF-16 units,
//! as Discord counts them).
//!
//! Each section body is a list of atomic blocks (one evidence line, one step with its note and
//! code block, one ask). Blocks are packed into fields, fields into embeds, one embed per
//! message. Only a block larger than a whole field is split, and then at line boundaries with
//! its code fence closed and reopened.
//!
//! Every message carries `allowed_mentions: {"parse": []}`; paste-derived text went through
//! [`super::escape`] in the layout.

pub use crate::render::discord::wire::EPHEMERAL;
pub use crate::render::discord::{
    clip, diagnosis_reply, dlen, feedback_components, isolate_reply, tr_safe, version_line, Reply,
    Section, ID_FAILING, ID_PASTE, ID_SHOW_IN, ID_WORKED,
};
use crate::Report;
use serde_json::{json, Value};

pub const CONTENT_LIMIT: usize = 2000;
pub const TITLE_LIMIT: usize = 256;
pub const DESCRIPTION_LIMIT: usize = 4096;
pub const FIELDS_PER_EMBED: usize = 25;
pub const FIELD_NAME_LIMIT: usize = 256;
pub const FIELD_VALUE_LIMIT: usize = 1024;
pub const FOOTER_LIMIT: usize = 2048;
pub const EMBED_TOTAL_LIMIT: usize = 6000;

/// `{"parse": []}`: nobody is pinged, whatever the text holds.
pub fn no_mentions() -> Value {
    json!({ "parse": [] })
}

/// How the messages are sent.
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    pub ephemeral: bool,
    /// Action rows put on the last message (under the whole reply).
    pub components: Option<Value>,
}

// ---------------------------------------------------------------------------------------------
// Splitting

/// Split one block that is longer than `limit` at line boundaries. A code fence that is cut is
/// closed at the end of a piece and reopened (same info string) at the start of the next.
/// Only a single line longer than a whole piece is cut inside (pathological input).
pub fn split_block(block: &str, limit: usize) -> Vec<String> {
    if dlen(block) <= limit {
        return vec![block.to_string()];
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut cur = String::new();
    // The opener of the fence we are inside (`` ```sh ``), if any.
    let mut fence: Option<String> = None;
    for line in block.lines() {
        let is_fence = line.trim_start().starts_with("```");
        let closing = if fence.is_some() { "\n```" } else { "" };
        let sep = if cur.is_empty() { "" } else { "\n" };
        if !cur.is_empty() && dlen(&cur) + dlen(sep) + dlen(line) + dlen(closing) > limit {
            if let Some(open) = &fence {
                cur.push_str("\n```");
                pieces.push(std::mem::take(&mut cur));
                cur.push_str(open);
            } else {
                pieces.push(std::mem::take(&mut cur));
            }
        }
        let sep = if cur.is_empty() { "" } else { "\n" };
        let reserve = if fence.is_some() && !is_fence { 4 } else { 0 };
        if dlen(&cur) + dlen(sep) + dlen(line) + reserve > limit {
            // One line longer than a piece: cut it by characters.
            let room = |cur: &String| limit.saturating_sub(dlen(cur) + 1 + reserve).max(1);
            let mut rest: &str = line;
            while !rest.is_empty() {
                let mut take = String::new();
                for c in rest.chars() {
                    if dlen(&take) + c.len_utf16() > room(&cur) {
                        break;
                    }
                    take.push(c);
                }
                if take.is_empty() {
                    take.push(rest.chars().next().unwrap_or(' '));
                }
                rest = &rest[take.len()..];
                if !cur.is_empty() {
                    cur.push('\n');
                }
                cur.push_str(&take);
                if !rest.is_empty() {
                    if let Some(open) = &fence {
                        cur.push_str("\n```");
                        pieces.push(std::mem::take(&mut cur));
                        cur.push_str(open);
                    } else {
                        pieces.push(std::mem::take(&mut cur));
                    }
                }
            }
        } else {
            cur.push_str(sep);
            cur.push_str(line);
        }
        if is_fence {
            fence = match fence {
                Some(_) => None,
                None => Some(line.trim_start().to_string()),
            };
        }
    }
    if !cur.is_empty() {
        pieces.push(cur);
    }
    pieces
}

/// Pack atomic blocks (joined by newlines) into chunks of at most `limit` units. A block is
/// only split when it alone exceeds the limit.
pub fn pack_blocks<S: AsRef<str>>(blocks: &[S], limit: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for b in blocks {
        let b = b.as_ref();
        if b.is_empty() && cur.is_empty() {
            // An empty block is spacing: never at the start of a chunk.
            continue;
        }
        let needed = dlen(b) + if cur.is_empty() { 0 } else { 1 };
        if dlen(&cur) + needed <= limit {
            if !cur.is_empty() {
                cur.push('\n');
            }
            cur.push_str(b);
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur).trim_end_matches('\n').to_string());
        }
        if b.is_empty() {
            continue;
        }
        if dlen(b) <= limit {
            cur.push_str(b);
        } else {
            let mut pieces = split_block(b, limit);
            let last = pieces.pop();
            out.extend(pieces);
            cur = last.unwrap_or_default();
        }
    }
    let cur = cur.trim_end_matches('\n');
    if !cur.is_empty() {
        out.push(cur.to_string());
    }
    out
}

/// Split Markdown text (paragraph lines and fenced code blocks) into chunks of at most `limit`
/// units, never inside a code block unless the block alone is larger than `limit`.
pub fn split_markdown(text: &str, limit: usize) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        let fence = line.trim_start().starts_with("```");
        if in_code {
            let last = blocks.last_mut().expect("a code block was opened");
            last.push('\n');
            last.push_str(line);
            if fence {
                in_code = false;
            }
        } else {
            blocks.push(line.to_string());
            in_code = fence;
        }
    }
    pack_blocks(&blocks, limit)
}

/// Turn a reply into message bodies: one embed per message, fields packed under every limit.
pub fn messages(reply: &Reply, delivery: &Delivery) -> Vec<Value> {
    let title = clip(&reply.title, TITLE_LIMIT);
    let footer = reply.footer.as_ref().map(|f| clip(f, FOOTER_LIMIT));
    let footer_len = footer.as_deref().map(dlen).unwrap_or(0);
    let mut embeds: Vec<EmbedBuild> = Vec::new();
    let mut cur = EmbedBuild::new(Some(title), reply.color);
    let budget = EMBED_TOTAL_LIMIT - footer_len;

    let desc_chunks = pack_blocks(&reply.description, DESCRIPTION_LIMIT.min(budget - cur.total));
    for (i, chunk) in desc_chunks.into_iter().enumerate() {
        if i > 0 {
            embeds.push(std::mem::replace(&mut cur, EmbedBuild::new(None, reply.color)));
        }
        cur.total += dlen(&chunk);
        cur.description = Some(chunk);
    }
    for section in &reply.sections {
        let name = clip(
            if section.name.trim().is_empty() { "\u{200B}" } else { &section.name },
            FIELD_NAME_LIMIT,
        );
        for (i, value) in pack_blocks(&section.blocks, FIELD_VALUE_LIMIT).into_iter().enumerate() {
            let mut field_name = if i == 0 { name.clone() } else { "\u{200B}".to_string() };
            if cur.fields.len() >= FIELDS_PER_EMBED
                || cur.total + dlen(&field_name) + dlen(&value) > budget
            {
                embeds.push(std::mem::replace(&mut cur, EmbedBuild::new(None, reply.color)));
                // A section continued in a new message repeats its name.
                field_name = name.clone();
            }
            cur.total += dlen(&field_name) + dlen(&value);
            cur.fields.push(json!({ "name": field_name, "value": value, "inline": false }));
        }
    }
    embeds.push(cur);
    let n = embeds.len();
    embeds
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let last = i + 1 == n;
            let mut embed = e.into_json();
            if last {
                if let Some(f) = &footer {
                    embed["footer"] = json!({ "text": f });
                }
            }
            let mut msg = json!({ "embeds": [embed], "allowed_mentions": no_mentions() });
            if delivery.ephemeral {
                msg["flags"] = json!(EPHEMERAL);
            }
            if last {
                if let Some(c) = &delivery.components {
                    msg["components"] = c.clone();
                }
            }
            msg
        })
        .collect()
}

struct EmbedBuild {
    title: Option<String>,
    description: Option<String>,
    fields: Vec<Value>,
    color: u32,
    total: usize,
}

impl EmbedBuild {
    fn new(title: Option<String>, color: u32) -> EmbedBuild {
        let total = title.as_deref().map(dlen).unwrap_or(0);
        EmbedBuild { title, description: None, fields: Vec::new(), color, total }
    }
    fn into_json(self) -> Value {
        let mut e = json!({ "type": "rich", "color": self.color });
        if let Some(t) = self.title.filter(|t| !t.is_empty()) {
            e["title"] = json!(t);
        }
        if let Some(d) = self.description {
            e["description"] = json!(d);
        }
        if !self.fields.is_empty() {
            e["fields"] = Value::Array(self.fields);
        }
        e
    }
}

/// A short text message (errors, confirmations), split under the content limit.
pub fn text_messages(text: &str, delivery: &Delivery) -> Vec<Value> {
    let chunks = split_markdown(text, CONTENT_LIMIT);
    let n = chunks.len();
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let mut msg = json!({ "content": c, "allowed_mentions": no_mentions() });
            if delivery.ephemeral {
                msg["flags"] = json!(EPHEMERAL);
            }
            if i + 1 == n {
                if let Some(comp) = &delivery.components {
                    msg["components"] = comp.clone();
                }
            }
            msg
        })
        .collect()
}

/// The messages of a public diagnosis reply (with the feedback components on the last one).
pub fn diagnosis_messages(report: &Report) -> Vec<Value> {
    messages(
        &diagnosis_reply(report),
        &Delivery { ephemeral: false, components: Some(feedback_components(report.locale)) },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::escape::code_block;

    fn fences_balanced(s: &str) -> bool {
        s.matches("```").count() % 2 == 0
    }

    #[test]
    fn pack_keeps_blocks_whole() {
        let blocks: Vec<String> = (0..40)
            .map(|i| {
                format!("**{i}.** note\n```sh\nopenclaw models auth login --provider p{i}\n```")
            })
            .collect();
        let chunks = pack_blocks(&blocks, FIELD_VALUE_LIMIT);
        assert!(chunks.len() > 1);
        for c in &chunks {
            assert!(dlen(c) <= FIELD_VALUE_LIMIT);
            assert!(fences_balanced(c), "{c}");
        }
        // Every command appears whole in exactly one chunk.
        for i in 0..40 {
            let cmd = format!("openclaw models auth login --provider p{i}\n");
            assert_eq!(chunks.iter().filter(|c| c.contains(&cmd)).count(), 1);
        }
    }

    #[test]
    fn a_long_code_block_is_refenced_at_line_boundaries() {
        let lines: Vec<String> = (0..200)
            .map(|i| format!("openclaw config set agents.list.{i}.model openai/gpt-5.5"))
            .collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let block = code_block("sh", &refs);
        let pieces = split_block(&block, 1024);
        assert!(pieces.len() > 5);
        for p in &pieces {
            assert!(dlen(p) <= 1024, "{}", dlen(p));
            assert!(p.starts_with("```sh\n") && p.ends_with("```"), "{p}");
        }
        for l in &lines {
            assert_eq!(pieces.iter().filter(|p| p.lines().any(|x| x == l)).count(), 1, "{l}");
        }
    }

    #[test]
    fn split_markdown_never_cuts_a_fence() {
        let mut text = String::new();
        for i in 0..60 {
            text.push_str(&format!(
                "Step {i}: do this.\n```\n/model openai/gpt-5.5@openai:user{i}@example.com\n```\n"
            ));
        }
        let chunks = split_markdown(&text, CONTENT_LIMIT);
        assert!(chunks.len() > 1);
        for c in &chunks {
            assert!(dlen(c) <= CONTENT_LIMIT);
            assert!(fences_balanced(c));
        }
        let joined = chunks.join("\n");
        for i in 0..60 {
            assert!(joined
                .contains(&format!("```\n/model openai/gpt-5.5@openai:user{i}@example.com\n```")));
        }
    }

    #[test]
    fn pathological_lines_are_still_bounded() {
        let line = "x".repeat(5000);
        let block = code_block("", &[&line]);
        for p in split_block(&block, 1024) {
            assert!(dlen(&p) <= 1024);
            assert!(fences_balanced(&p));
        }
        for p in split_markdown(&"ü".repeat(4500), 2000) {
            assert!(dlen(&p) <= 2000);
        }
    }

    #[test]
    fn messages_respect_embed_limits() {
        let sections: Vec<Section> = (0..12)
            .map(|s| Section {
                name: format!("Section {s}"),
                blocks: (0..8)
                    .map(|i| {
                        format!("**{i}.** {}\n```sh\nopenclaw x {s} {i}\n```", "word ".repeat(20))
                    })
                    .collect(),
            })
            .collect();
        let reply = Reply {
            title: "T".into(),
            description: vec!["d".repeat(5000)],
            sections,
            footer: Some("f".into()),
            color: 1,
        };
        let msgs = messages(&reply, &Delivery { ephemeral: true, components: Some(json!([])) });
        assert!(msgs.len() > 2);
        for (i, m) in msgs.iter().enumerate() {
            assert_eq!(m["allowed_mentions"], json!({"parse": []}));
            assert_eq!(m["flags"], json!(64));
            assert_eq!(m.get("components").is_some(), i + 1 == msgs.len());
            let e = &m["embeds"][0];
            let mut total = e["title"].as_str().map(dlen).unwrap_or(0);
            total += e["description"].as_str().map(dlen).unwrap_or(0);
            assert!(e["description"].as_str().map(dlen).unwrap_or(0) <= DESCRIPTION_LIMIT);
            let fields = e["fields"].as_array().cloned().unwrap_or_default();
            assert!(fields.len() <= FIELDS_PER_EMBED);
            for f in &fields {
                let v = f["value"].as_str().unwrap();
                assert!(dlen(v) <= FIELD_VALUE_LIMIT && !v.is_empty());
                assert!(fences_balanced(v));
                total += dlen(v) + dlen(f["name"].as_str().unwrap());
            }
            total += e["footer"]["text"].as_str().map(dlen).unwrap_or(0);
            assert!(total <= EMBED_TOTAL_LIMIT, "{total}");
        }
    }

    #[test]
    fn text_messages_carry_flags_and_no_mentions() {
        let m = text_messages("@everyone hi", &Delivery { ephemeral: true, components: None });
        assert_eq!(
            m,
            vec![
                json!({"content": "@everyone hi", "allowed_mentions": {"parse": []}, "flags": 64})
            ]
        );
    }
}
