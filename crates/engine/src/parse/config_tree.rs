//! Pasted configuration read as key paths: fragments of `openclaw.json` (JSON or JSON5, often
//! cut out of a larger file, with `//` comments and unquoted keys), session rows and `--json`
//! output. Each scalar becomes one [`ConfigValue`] with the path of keys above it, so a rule asks
//! "is `agents.list[].model` set for the agent `main`?" instead of re-reading text.
//!
//! Users paste pieces without their root (`"model": {"primary": …}` under a heading in prose),
//! so paths are relative to what was pasted; rules match on the tail of a path.

use serde::{Deserialize, Serialize};

/// One scalar of a pasted config block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigValue {
    /// Keys from the outermost pasted object down to this value; an array adds `[]` to its key
    /// (`["agents", "list[]", "model", "primary"]`). A dotted key (`"agents.defaults.models"`)
    /// is split into its segments.
    pub path: Vec<String>,
    /// The scalar as text; `[]` and `{}` for an empty array or object.
    pub value: String,
    /// Which object the value sits in (values of one `agents.list` entry share it).
    pub object: u32,
}

impl ConfigValue {
    /// The last key (`primary` in `…model.primary`).
    pub fn key(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("")
    }

    /// Whether the path ends with these keys (`[]` ignored on both sides).
    pub fn ends_with(&self, tail: &[&str]) -> bool {
        if tail.len() > self.path.len() {
            return false;
        }
        let start = self.path.len() - tail.len();
        self.path[start..]
            .iter()
            .zip(tail)
            .all(|(a, b)| a.trim_end_matches("[]") == b.trim_end_matches("[]"))
    }

    /// Whether one key of the path is `key`.
    pub fn has_key(&self, key: &str) -> bool {
        self.path.iter().any(|p| p.trim_end_matches("[]") == key)
    }

    /// The key `n` levels above the value's own key (0 = the value's key).
    pub fn parent(&self, n: usize) -> Option<&str> {
        self.path.len().checked_sub(n + 1).map(|i| self.path[i].trim_end_matches("[]"))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Str(String),
    Word(String),
    Open(char),
    Close(char),
    Colon,
    Comma,
}

/// A line that can belong to a config block: starts with a bracket or a quoted or bare key.
fn is_config_line(line: &str) -> bool {
    let t = super::trim_start(line);
    match t.chars().next() {
        Some('{' | '}' | '[' | ']' | '"' | '\u{201C}' | '\u{201D}' | '\u{201E}') => true,
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {
            // JSON5 bare key: `primary: "x"`, `order: {`.
            let key_len = t
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
                .unwrap_or(t.len());
            let rest = t[key_len..].trim_start();
            let value = rest.strip_prefix(':').map(str::trim_start);
            let keyword = |v: &str| {
                ["true", "false", "null"].iter().any(|k| {
                    v.strip_prefix(k).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                })
            };
            value.is_some_and(|v| {
                v.is_empty()
                    || matches!(v.chars().next(), Some('"' | '{' | '[' | '\'' | '0'..='9'))
                    || keyword(v)
            })
        }
        _ => false,
    }
}

fn tokenize(line: &str, out: &mut Vec<Tok>) {
    // Chat clients turn straight quotes into typographic ones.
    let line = &line
        .replace(['\u{201C}', '\u{201D}', '\u{201E}'], "\"")
        .replace(['\u{2018}', '\u{2019}'], "'");
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' | '[' => out.push(Tok::Open(c)),
            '}' | ']' => out.push(Tok::Close(c)),
            ':' => out.push(Tok::Colon),
            ',' => out.push(Tok::Comma),
            '/' if line[i..].starts_with("//") => return,
            '"' | '\'' => {
                let mut s = String::new();
                let mut closed = false;
                while let Some((_, d)) = chars.next() {
                    match d {
                        '\\' => {
                            if let Some((_, e)) = chars.next() {
                                s.push(e);
                            }
                        }
                        d if d == c => {
                            closed = true;
                            break;
                        }
                        d => s.push(d),
                    }
                }
                if !closed {
                    // An apostrophe in prose, not a string: drop the rest of the line.
                    return;
                }
                out.push(Tok::Str(s));
            }
            c if c.is_whitespace() => {}
            _ => {
                let mut w = String::new();
                w.push(c);
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_alphanumeric() || matches!(d, '_' | '-' | '.' | '/' | '@' | '+' | '$') {
                        w.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Word(w));
            }
        }
    }
}

/// Split a dotted path key (`agents.defaults.models`) but keep refs and ids whole.
fn key_segments(key: &str) -> Vec<String> {
    let dotted = key.contains('.')
        && !key.contains(['/', ':', '@', ' '])
        && key.split('.').all(|s| s.chars().next().is_some_and(|c| c.is_ascii_alphabetic()));
    if dotted {
        key.split('.').map(str::to_string).collect()
    } else {
        vec![key.to_string()]
    }
}

struct Frame {
    array: bool,
    /// How many path segments this frame added.
    added: usize,
    object: u32,
}

/// Read every config block of a message; the line index of each value is returned with it.
/// Lines read here are marked consumed (they are not prose).
pub fn parse(lines: &[&str], consumed: &mut [bool], limit: usize) -> Vec<(usize, ConfigValue)> {
    let mut out = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut pending_key: Option<String> = None;
    let mut next_object = 0u32;
    let mut toks = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !is_config_line(line) {
            // A block ends where prose starts: forget its nesting.
            if !super::trim(line).is_empty() {
                path.clear();
                frames.clear();
                pending_key = None;
            }
            continue;
        }
        toks.clear();
        tokenize(line, &mut toks);
        let mut any = false;
        let mut k = 0;
        while k < toks.len() {
            if out.len() >= limit {
                return out;
            }
            match &toks[k] {
                Tok::Str(s) | Tok::Word(s) if toks.get(k + 1) == Some(&Tok::Colon) => {
                    pending_key = Some(s.clone());
                    k += 2;
                    continue;
                }
                Tok::Open(c) => {
                    let key = pending_key.take();
                    let array = *c == '[';
                    // An empty container is a value of its own.
                    if matches!(toks.get(k + 1), Some(Tok::Close(_))) {
                        if let Some(key) = key {
                            let mut p = path.clone();
                            p.extend(key_segments(&key));
                            let object = frames.last().map_or(0, |f| f.object);
                            out.push((
                                i,
                                ConfigValue {
                                    path: p,
                                    value: if array { "[]" } else { "{}" }.into(),
                                    object,
                                },
                            ));
                            any = true;
                        }
                        k += 2;
                        continue;
                    }
                    let mut added = 0;
                    if let Some(key) = key {
                        let mut segs = key_segments(&key);
                        if array {
                            if let Some(last) = segs.last_mut() {
                                last.push_str("[]");
                            }
                        }
                        added = segs.len();
                        path.extend(segs);
                    }
                    next_object += 1;
                    frames.push(Frame { array, added, object: next_object });
                    any = true;
                }
                Tok::Close(_) => {
                    if let Some(f) = frames.pop() {
                        path.truncate(path.len().saturating_sub(f.added));
                    }
                    pending_key = None;
                    any = true;
                }
                Tok::Str(s) | Tok::Word(s) => {
                    let in_array = frames.last().is_some_and(|f| f.array);
                    if let Some(key) = pending_key.take() {
                        let mut p = path.clone();
                        p.extend(key_segments(&key));
                        let object = frames.last().map_or(0, |f| f.object);
                        out.push((i, ConfigValue { path: p, value: s.clone(), object }));
                        any = true;
                    } else if in_array {
                        let object = frames.last().map_or(0, |f| f.object);
                        out.push((i, ConfigValue { path: path.clone(), value: s.clone(), object }));
                        any = true;
                    }
                }
                Tok::Colon | Tok::Comma => {}
            }
            k += 1;
        }
        if any {
            consumed[i] = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<ConfigValue> {
        let lines: Vec<&str> = text.lines().collect();
        let mut consumed = vec![false; lines.len()];
        parse(&lines, &mut consumed, 1000).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn nested_paths_arrays_and_objects() {
        let v = read(
            r#"{
  "agents": {
    "defaults": { "model": { "primary": "openai/gpt-5.5", "fallbacks": ["anthropic/claude-opus-4-8"] } },
    "list": [
      { "id": "main", "model": { "primary": "openai-codex/gpt-5.4", "fallbacks": [] } }
    ]
  }
}"#,
        );
        let primary = v.iter().find(|c| c.ends_with(&["defaults", "model", "primary"])).unwrap();
        assert_eq!(primary.value, "openai/gpt-5.5");
        let fb = v.iter().find(|c| c.ends_with(&["defaults", "model", "fallbacks"])).unwrap();
        assert_eq!(fb.value, "anthropic/claude-opus-4-8");
        let id = v.iter().find(|c| c.ends_with(&["list", "id"])).unwrap();
        let agent_primary = v.iter().find(|c| c.ends_with(&["list", "model", "primary"])).unwrap();
        assert_eq!(agent_primary.value, "openai-codex/gpt-5.4");
        assert_eq!(id.value, "main");
        let empty = v.iter().find(|c| c.ends_with(&["list", "model", "fallbacks"])).unwrap();
        assert_eq!(empty.value, "[]");
        // The agent's id and its model's fields are in one list entry (the model object nests).
        assert!(id.object < agent_primary.object);
    }

    #[test]
    fn dotted_keys_refs_comments_and_json5() {
        let v = read(
            "\"agents.defaults.models\": {\n  \"ollama-remote/llama3.1:8b\": {}\n}\n  // a comment\n  baseURL: 'https://api.minimax.io/v1',",
        );
        assert_eq!(v[0].path, vec!["agents", "defaults", "models", "ollama-remote/llama3.1:8b"]);
        assert_eq!(v[0].value, "{}");
        assert_eq!(v[1].key(), "baseURL");
        assert_eq!(v[1].value, "https://api.minimax.io/v1");
    }

    #[test]
    fn prose_ends_a_block_and_is_not_read() {
        let v = read("Global default:\n\n{\n  \"primary\": \"openai-codex/gpt-5.5\"\nExplicit main-agent override:\n\"id\": \"main\"");
        assert_eq!(v.len(), 2);
        assert_eq!(v[1].path, vec!["id"]);
    }
}
