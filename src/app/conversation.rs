//! Which memory a Discord paste belongs to, and the memory of each reply (security review H2).
//!
//! A thread (a forum post, a thread under a message) is one conversation: its memory is keyed
//! by the thread's id. Anywhere else a channel is shared by many people, so each user has their
//! own memory in it, keyed by (channel, user): nothing one user pastes in a support channel
//! reaches another user's reply, autocomplete or pin. Without a user id (never sent by Discord
//! for a command), nothing is remembered.
//!
//! "Show in …" re-renders the reply its menu sits under, not whatever the conversation
//! remembers now: the menu's custom id carries the conversation and how many of its messages
//! the reply had read (`cm:show:<channel>[:<user>]:<n>`), and the re-render reads only those
//! messages of that conversation (in the channel the menu was pressed in).

use super::layout::ID_SHOW_IN;
use crate::parse::Located;
use crate::store::ThreadKey;
use serde_json::Value;
use serenity::all::ChannelType;

/// Whether a channel is a thread (announcement, public or private thread).
pub fn is_thread(kind: ChannelType) -> bool {
    matches!(kind, ChannelType::NewsThread | ChannelType::PublicThread | ChannelType::PrivateThread)
}

/// The memory of a conversation: the thread's, or this user's in this channel.
pub fn key_for(channel: u64, in_thread: bool, user: Option<u64>) -> Option<ThreadKey> {
    if in_thread {
        return Some(ThreadKey::discord(channel));
    }
    user.map(|u| ThreadKey { scope: "discord".into(), id: format!("{channel}:{u}") })
}

/// The custom id of the "Show in …" menu under a reply that read `messages` messages of the
/// conversation `key`.
pub fn show_in_id(key: &ThreadKey, messages: usize) -> String {
    format!("{ID_SHOW_IN}:{}:{messages}", key.id)
}

/// The conversation and message count a "Show in …" custom id carries, if it was pressed in
/// that conversation's channel (`None` for an untagged, foreign or malformed id).
pub fn parse_show_in(custom_id: &str, channel: u64) -> Option<(ThreadKey, usize)> {
    let rest = custom_id.strip_prefix(ID_SHOW_IN)?.strip_prefix(':')?;
    let (id, n) = rest.rsplit_once(':')?;
    let n: usize = n.parse().ok()?;
    let mut parts = id.split(':');
    let ch: u64 = parts.next()?.parse().ok()?;
    let user: Option<u64> = match parts.next() {
        Some(u) => Some(u.parse().ok()?),
        None => None,
    };
    if parts.next().is_some() || ch != channel || n == 0 {
        return None;
    }
    let key = match user {
        Some(u) => key_for(ch, false, Some(u))?,
        None => ThreadKey::discord(ch),
    };
    Some((key, n))
}

/// The facts a reply read: the conversation's first `messages` messages.
pub fn facts_up_to(facts: &[Located], messages: usize) -> Vec<Located> {
    facts.iter().filter(|f| f.loc.message <= messages).cloned().collect()
}

/// Point every "Show in …" menu of these messages at their reply.
pub fn tag_show_in(msgs: &mut [Value], custom_id: &str) {
    for m in msgs {
        let Some(rows) = m.get_mut("components").and_then(Value::as_array_mut) else {
            continue;
        };
        for row in rows {
            let Some(items) = row.get_mut("components").and_then(Value::as_array_mut) else {
                continue;
            };
            for item in items {
                if item.get("custom_id").and_then(Value::as_str) == Some(ID_SHOW_IN) {
                    item["custom_id"] = Value::String(custom_id.to_string());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn threads_are_shared_and_channels_are_per_user() {
        assert_eq!(key_for(5, true, Some(7)), Some(ThreadKey::discord(5)));
        assert_eq!(key_for(5, true, None), Some(ThreadKey::discord(5)));
        let a = key_for(5, false, Some(7)).unwrap();
        let b = key_for(5, false, Some(8)).unwrap();
        assert_ne!(a, b);
        assert_ne!(a, ThreadKey::discord(5));
        assert_eq!(key_for(5, false, None), None);
    }

    #[test]
    fn show_in_menus_carry_their_conversation_and_length() {
        let key = key_for(5, false, Some(7)).unwrap();
        let id = show_in_id(&key, 3);
        assert_eq!(id, "cm:show:5:7:3");
        assert!(id.len() <= 100, "Discord's custom id limit");
        let mut msgs = vec![json!({ "components": [
            { "type": 1, "components": [{ "type": 2, "custom_id": "cm:ok:en" }] },
            { "type": 1, "components": [{ "type": 3, "custom_id": ID_SHOW_IN }] }
        ]})];
        tag_show_in(&mut msgs, &id);
        assert_eq!(msgs[0]["components"][1]["components"][0]["custom_id"], json!("cm:show:5:7:3"));
        assert_eq!(msgs[0]["components"][0]["components"][0]["custom_id"], json!("cm:ok:en"));
        assert_eq!(parse_show_in("cm:show:5:7:3", 5), Some((key, 3)));
        assert_eq!(parse_show_in("cm:show:5:2", 5), Some((ThreadKey::discord(5), 2)));
        // Only in its own channel, and only well formed.
        for bad in [
            "cm:show:5:7:3",
            "cm:show",
            "cm:show:x:1",
            "cm:show:5:7:8:1",
            "cm:show:5:0",
            "cm:showx:5:1",
        ] {
            assert_eq!(parse_show_in(bad, 6), None, "{bad}");
        }
        assert_eq!(parse_show_in("cm:show:5:7:8:1", 5), None);
    }
}
