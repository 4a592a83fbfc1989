//! The pin reply (`/model pin`): why the `/model` command's prefix is what it is, then the
//! steps (`openclaw doctor --fix` first when a legacy profile id was renamed). A layout like the
//! diagnosis reply: the same [`Reply`] shape, the same version line.

use crate::diagnose::{Msg, Pin, Place};
use crate::lang::Locale;
use crate::render::discord::{isolate_reply, tr_safe, Reply, Section, COLOR_INFO};
use crate::render::escape::{code_block, code_span};
use crate::render::t;
use crate::render::text::{version_line_of, where_label, VersionKnown};

/// The pin reply: why the prefix is what it is, then the steps.
///
/// `version` is what the conversation knows (given with the command, remembered, or the floor
/// its pastes' fingerprints imply).
pub fn pin_reply(l: Locale, version: &VersionKnown, pin: &Pin) -> Reply {
    let provider = pin
        .command
        .strip_prefix("/model ")
        .and_then(|r| r.split('/').next())
        .unwrap_or("")
        .to_string();
    // The same version line as every other reply (floor included).
    let mut description = vec![version_line_of(l, version)];
    description.push(String::new());
    let explain = tr_safe(
        l,
        &Msg::new("pin-explain")
            .arg("profile", pin.profile_id.clone())
            .arg("provider", provider.clone()),
    );
    // "must start with `openai-codex`/" reads better as "`openai-codex/`".
    description.push(
        explain.replace(&format!("{}/", code_span(&provider)), &code_span(&format!("{provider}/"))),
    );
    if pin.needs_doctor {
        description.push(tr_safe(
            l,
            &Msg::new("pin-explain-renamed").arg("profile", pin.profile_id.clone()),
        ));
    }
    if pin.model_placeholder {
        description.push(tr_safe(l, &Msg::new("pin-model-placeholder").arg("provider", provider)));
    }
    let mut sections = Vec::new();
    let mut n = 0;
    if pin.needs_doctor {
        n += 1;
        sections.push(Section {
            name: format!(
                "{} · {}",
                t(l, "reply-steps"),
                where_label(l, Place::Cli, "openclaw doctor --fix")
            ),
            blocks: vec![format!(
                "**{n}.** {}\n{}",
                t(l, "step-doctor-fix"),
                code_block("sh", &["openclaw doctor --fix"])
            )],
        });
    }
    n += 1;
    sections.push(Section {
        name: format!("{} · {}", t(l, "reply-steps"), where_label(l, Place::Chat, &pin.command)),
        blocks: vec![format!(
            "**{n}.** {}\n{}",
            tr_safe(l, &Msg::new("step-pin").arg("profile", pin.profile_id.clone())),
            code_block("", &[&pin.command])
        )],
    });
    isolate_reply(
        l,
        Reply {
            title: t(l, "pin-title"),
            description,
            sections,
            footer: Some(format!("clawmedic · pin · {}", l.id())),
            color: COLOR_INFO,
        },
    )
}
