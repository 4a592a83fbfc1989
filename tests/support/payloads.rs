//! Realistic interaction and message payloads, shaped like what Discord sends on the gateway
//! (INTERACTION_CREATE, MESSAGE_CREATE), so serenity deserializes them as it would in
//! production.

use super::fake_discord::{APP_ID, BOT_USER_ID, GUILD_ID};
use serde_json::{json, Value};

pub const USER_ID: u64 = 1_300_000_000_000_000_500;
pub const HELPER_ID: u64 = 1_300_000_000_000_000_501;
/// Every permission bit an admin has (MANAGE_GUILD = 32 included).
pub const ADMIN_PERMS: &str = "2251799813685247";
/// Send messages and read history only.
pub const MEMBER_PERMS: &str = "68608";

pub fn user(id: u64, name: &str) -> Value {
    json!({ "id": id.to_string(), "username": name, "discriminator": "0", "global_name": name, "avatar": null,
            "public_flags": 0, "flags": 0 })
}

pub fn member(id: u64, name: &str, permissions: &str) -> Value {
    json!({ "user": user(id, name), "nick": null, "avatar": null, "roles": [], "joined_at": "2026-01-02T03:04:05.000000+00:00",
            "premium_since": null, "deaf": false, "mute": false, "flags": 0, "pending": false,
            "permissions": permissions, "communication_disabled_until": null })
}

/// An option of type 3 (string).
pub fn opt(name: &str, value: &str) -> Value {
    json!({ "name": name, "type": 3, "value": value })
}

/// A focused (being typed) option of an autocomplete interaction.
pub fn focused(name: &str, value: &str) -> Value {
    json!({ "name": name, "type": 3, "value": value, "focused": true })
}

pub fn subcommand(name: &str, options: Vec<Value>) -> Value {
    json!({ "name": name, "type": 1, "options": options })
}

/// The envelope shared by every interaction type.
pub struct Envelope {
    pub id: u64,
    pub channel_id: u64,
    pub locale: &'static str,
    pub guild_locale: &'static str,
    pub invoker: Value,
}

impl Envelope {
    pub fn new(id: u64, channel_id: u64, locale: &'static str) -> Envelope {
        Envelope {
            id,
            channel_id,
            locale,
            guild_locale: "en-US",
            invoker: member(USER_ID, "asker", MEMBER_PERMS),
        }
    }

    pub fn token(&self) -> String {
        format!("aW50ZXJhY3Rpb246{}:token", self.id)
    }

    fn base(&self, kind: u8, data: Value) -> Value {
        json!({
            "id": self.id.to_string(), "application_id": APP_ID.to_string(), "type": kind, "token": self.token(),
            "version": 1, "guild_id": GUILD_ID.to_string(), "channel_id": self.channel_id.to_string(),
            "channel": { "id": self.channel_id.to_string(), "type": 0, "name": "openclaw-help", "guild_id": GUILD_ID.to_string() },
            "member": self.invoker, "locale": self.locale, "guild_locale": self.guild_locale,
            "app_permissions": "2248473465835073", "entitlements": [], "context": 0,
            "authorizing_integration_owners": { "0": GUILD_ID.to_string() },
            "attachment_size_limit": 10485760, "data": data
        })
    }

    /// A slash command (type 2, data type 1).
    pub fn command(&self, name: &str, options: Vec<Value>) -> Value {
        self.command_with_resolved(name, options, json!({}))
    }

    pub fn command_with_resolved(&self, name: &str, options: Vec<Value>, resolved: Value) -> Value {
        self.base(
            2,
            json!({ "id": "1300000000000000900", "name": name, "type": 1, "options": options, "resolved": resolved }),
        )
    }

    /// Autocomplete (type 4).
    pub fn autocomplete(&self, name: &str, options: Vec<Value>) -> Value {
        self.base(
            4,
            json!({ "id": "1300000000000000900", "name": name, "type": 1, "options": options }),
        )
    }

    /// The message context menu command "Diagnose" on `message`.
    pub fn context_menu(&self, message: &Value) -> Value {
        let target = message["id"].as_str().unwrap().to_string();
        self.base(
            2,
            json!({ "id": "1300000000000000901", "name": "Diagnose", "type": 3, "target_id": target,
                    "resolved": { "messages": { target.clone(): message } } }),
        )
    }

    /// A button or select press on `message` (type 3).
    pub fn component(
        &self,
        custom_id: &str,
        component_type: u8,
        values: Option<Vec<&str>>,
        message: &Value,
    ) -> Value {
        let mut data = json!({ "custom_id": custom_id, "component_type": component_type });
        if let Some(v) = values {
            data["values"] = json!(v);
        }
        let mut v = self.base(3, data);
        v["message"] = message.clone();
        v
    }

    /// A modal submit (type 5) with the paste in the text input `paste`.
    pub fn modal_submit(&self, custom_id: &str, paste: &str) -> Value {
        self.base(
            5,
            json!({ "custom_id": custom_id, "components": [
                { "type": 1, "components": [{ "type": 4, "custom_id": "paste", "value": paste }] }
            ]}),
        )
    }
}

/// A message as Discord sends it (MESSAGE_CREATE, or inside `resolved.messages`).
pub fn message(id: u64, channel_id: u64, author: Value, content: &str) -> Value {
    json!({
        "id": id.to_string(), "channel_id": channel_id.to_string(), "guild_id": GUILD_ID.to_string(),
        "author": author, "content": content,
        "timestamp": "2026-05-12T09:58:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0, "flags": 0, "components": []
    })
}

/// A message the bot itself posted (what a component interaction carries).
pub fn bot_message(id: u64, channel_id: u64) -> Value {
    let mut m = message(
        id,
        channel_id,
        json!({ "id": BOT_USER_ID.to_string(), "username": "clawmedic", "discriminator": "0",
        "global_name": null, "avatar": null, "bot": true }),
        "",
    );
    m["application_id"] = json!(APP_ID.to_string());
    m
}

/// An attachment object (as in `resolved.attachments` or a message's `attachments`).
pub fn attachment(id: u64, filename: &str, content_type: &str, size: u64, url: &str) -> Value {
    json!({ "id": id.to_string(), "filename": filename, "size": size, "url": url, "proxy_url": url,
            "content_type": content_type, "height": null, "width": null })
}
