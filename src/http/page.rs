//! The web page around the engine's HTML diagnosis layout ([`crate::render::html`]): a form
//! (paste, file, screenshot, language, version) and the result section; the form is multipart,
//! so a screenshot goes with it even without JavaScript. Every string from the request is
//! HTML-escaped ([`esc`]). Inline CSS; the few lines of JavaScript ([`SCRIPT`], served as
//! `/app.js`) add the copy buttons and file reading — without it the page still diagnoses
//! pasted text.

use crate::diagnose::Msg;
use crate::lang::{endonym, Locale};
pub use crate::render::html::esc;
use crate::render::html::{diagnosis, dir, prose};
use crate::render::{t, tr};
use crate::{Report, MAX_MESSAGE_BYTES};
use std::fmt::Write;

/// What one page shows.
#[derive(Default)]
pub struct View<'a> {
    /// The page's own language (from `?lang=`, the form, or Accept-Language).
    pub ui: Option<Locale>,
    /// The reply language chosen in the form (`None` = detect from the paste).
    pub chosen: Option<Locale>,
    /// The version typed in the form (shown back, escaped).
    pub version: Option<&'a str>,
    /// The paste, put back into the form after an error so it need not be pasted again
    /// (secrets already redacted by the caller; escaped here).
    pub paste: Option<&'a str>,
    pub report: Option<&'a Report>,
    /// An error message (already localized).
    pub error: Option<String>,
}

const STYLE: &str = r#"
:root{color-scheme:light dark;--bg:#f7f7f5;--fg:#1d1f21;--muted:#5c6166;--card:#fff;--line:#d9dcde;--accent:#0b6bcb;--warn:#8a4b00;--warnbg:#fff4e0;--code:#eef1f4}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e6e6e6;--muted:#a0a6ad;--card:#1e2125;--line:#363b41;--accent:#6cb0ff;--warn:#ffcf8a;--warnbg:#3a2c14;--code:#2a2f35}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.5rem;margin:0 0 1rem}
h2{font-size:1.25rem;margin:0 0 .5rem}
h3{font-size:1.1rem;margin:1rem 0 .25rem}
h4{font-size:.95rem;margin:.75rem 0 .25rem;color:var(--muted)}
form,.result{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin:.25rem 0}
textarea{width:100%;min-height:14rem;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.5rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
textarea.drag{outline:3px dashed var(--accent)}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.75rem 0}
.row>div{flex:1 1 14rem}
select,input[type=text]{width:100%;padding:.4rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);font:inherit}
button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid var(--accent)}
button[type=submit]{background:var(--accent);color:#fff;padding:.5rem 1.5rem;font-weight:600}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.note{color:var(--muted);font-size:.9rem;margin:.5rem 0 0}
.error{background:var(--warnbg);color:var(--warn);border-radius:6px;padding:.75rem;font-weight:600}
.warn{background:var(--warnbg);color:var(--warn);border-radius:6px;padding:.5rem .75rem}
.finding{border-top:1px solid var(--line);margin-top:.75rem}
.finding.top h3{color:var(--accent)}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--code);border-radius:4px;padding:.1rem .3rem;unicode-bidi:isolate;overflow-wrap:anywhere}
.cmd{display:flex;gap:.5rem;align-items:flex-start;margin:.25rem 0}
.cmd code{flex:1;padding:.4rem .5rem;white-space:pre-wrap}
.copy{background:transparent;color:var(--accent);padding:.3rem .7rem;white-space:nowrap}
.copy[data-copied]{background:var(--accent);color:#fff}
.where{font-size:.85rem;color:var(--muted)}
ul,ol{padding-inline-start:1.25rem}
.evidence code{white-space:pre-wrap}
.at{color:var(--muted);font-size:.85rem}
.ids{color:var(--muted);font-size:.8rem;margin:1rem 0 0}
"#;

/// The page script: copy buttons, file choosing and dropping, screenshots dropped or pasted into
/// the box. No framework.
pub const SCRIPT: &str = r#"(function () {
  'use strict';
  var b = document.body;
  function fallbackCopy(text) {
    var ta = document.createElement('textarea');
    ta.value = text; ta.setAttribute('readonly', ''); ta.style.position = 'fixed'; ta.style.opacity = '0';
    b.appendChild(ta); ta.select();
    var ok = false; try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    b.removeChild(ta);
    return ok ? Promise.resolve() : Promise.reject(new Error('copy failed'));
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }
  document.querySelectorAll('button.copy').forEach(function (btn) {
    var label = btn.textContent;
    btn.hidden = false;
    btn.addEventListener('click', function () {
      var code = document.getElementById(btn.getAttribute('data-target'));
      if (!code) { return; }
      copy(code.textContent).then(function () {
        btn.textContent = b.getAttribute('data-copied-label');
        btn.setAttribute('data-copied', 'true');
        setTimeout(function () { btn.textContent = label; }, 4000);
      }, function () {
        var r = document.createRange(); r.selectNodeContents(code);
        var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
      });
    });
  });
  var row = document.getElementById('file-row'), input = document.getElementById('file'), ta = document.getElementById('paste');
  var msg = document.getElementById('file-error'), max = parseInt(b.getAttribute('data-max-bytes'), 10);
  if (!row || !input || !ta) { return; }
  row.hidden = false;
  // Files as the server reads them: UTF-16 by its BOM (Windows PowerShell 5.1), else UTF-8,
  // else Windows-1252 (never U+FFFD for a legacy file).
  function decode(buf) {
    var bytes = new Uint8Array(buf);
    if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) { return new TextDecoder('utf-16le').decode(bytes); }
    if (bytes.length >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF) { return new TextDecoder('utf-16be').decode(bytes); }
    try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch (e) { return new TextDecoder('windows-1252').decode(bytes); }
  }
  function load(file) {
    msg.textContent = '';
    if (!file) { return; }
    if (file.size > max) { msg.textContent = b.getAttribute('data-too-large').replace('{file}', file.name); return; }
    var r = new FileReader();
    r.onload = function () { ta.value = decode(r.result); ta.focus(); };
    r.readAsArrayBuffer(file);
  }
  // Screenshots go to the form's image input (sent with the form, read by OCR on the server).
  var img = document.getElementById('image'), imgMsg = document.getElementById('image-status');
  var maxImg = parseInt(b.getAttribute('data-max-image-bytes'), 10);
  function isImage(f) { return !!f && /^image\/(png|jpeg|webp)$/.test(f.type); }
  function setImage(file) {
    imgMsg.textContent = '';
    if (file.size > maxImg) { imgMsg.textContent = b.getAttribute('data-image-too-large').replace('{file}', file.name); return; }
    var dt = new DataTransfer(); dt.items.add(file); img.files = dt.files;
    imgMsg.textContent = file.name;
  }
  function take(file) { if (isImage(file) && img) { setImage(file); } else { load(file); } }
  input.addEventListener('change', function () { load(input.files[0]); });
  ta.addEventListener('dragover', function (e) { e.preventDefault(); ta.classList.add('drag'); });
  ta.addEventListener('dragleave', function () { ta.classList.remove('drag'); });
  ta.addEventListener('drop', function (e) {
    ta.classList.remove('drag');
    if (e.dataTransfer && e.dataTransfer.files.length) { e.preventDefault(); take(e.dataTransfer.files[0]); }
  });
  // A screenshot pasted into the box (Ctrl+V after a screen capture) goes to the image input.
  ta.addEventListener('paste', function (e) {
    var items = (e.clipboardData && e.clipboardData.items) || [];
    for (var i = 0; i < items.length; i++) {
      if (items[i].kind === 'file' && /^image\//.test(items[i].type)) {
        var f = items[i].getAsFile();
        if (isImage(f) && img) { e.preventDefault(); setImage(f); return; }
      }
    }
  });
})();
"#;

/// The Content-Security-Policy of the page: no inline script, nothing from elsewhere.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; \
form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The whole page.
pub fn render(view: &View<'_>) -> String {
    let ui = view.ui.unwrap_or(Locale::En);
    let mut out = String::with_capacity(16 * 1024);
    let too_large = tr(
        ui,
        &Msg::new("error-too-large")
            .arg("path", "{file}")
            .arg("limit", MAX_MESSAGE_BYTES.to_string()),
    );
    let image_too_large = tr(
        ui,
        &Msg::new("error-too-large")
            .arg("path", "{file}")
            .arg("limit", crate::screenshot::limits().max_bytes.to_string()),
    );
    let _ = write!(
        out,
        r#"<!doctype html><html lang="{id}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>{title}</title><style>{STYLE}</style><script src="/app.js" defer></script></head><body data-copied-label="{copied}" data-max-bytes="{max}" data-too-large="{too_large}" data-max-image-bytes="{max_image}" data-image-too-large="{image_too_large}"><main><h1>{title}</h1>"#,
        id = ui.id(),
        dir = dir(ui),
        title = esc(&t(ui, "web-title")),
        copied = esc(&t(ui, "web-copied")),
        max = MAX_MESSAGE_BYTES,
        too_large = esc(&too_large),
        max_image = crate::screenshot::limits().max_bytes,
        image_too_large = esc(&image_too_large),
    );
    if let Some(e) = &view.error {
        let _ = write!(out, r#"<p class="error" role="alert">{}</p>"#, prose(e));
    }
    if let Some(r) = view.report {
        diagnosis(&mut out, r);
    }
    let _ = write!(
        out,
        r#"<form method="post" action="/" id="paste-form" enctype="multipart/form-data"><input type="hidden" name="ui" value="{id}"><label for="paste">{paste_label}</label><textarea id="paste" name="paste" rows="14" spellcheck="false" autocapitalize="off" autocomplete="off" dir="ltr">{paste}</textarea><div id="file-row" class="row" hidden><div><label for="file">{file_label}</label><input type="file" id="file" accept=".txt,.log,.json,text/plain,application/json"><p id="file-error" class="note" role="status" aria-live="polite"></p></div></div><div class="row"><div><label for="image">{image_label}</label><input type="file" id="image" name="image" accept="image/png,image/jpeg,image/webp"><p id="image-status" class="note" role="status" aria-live="polite"></p></div></div><div class="row"><div><label for="lang">{lang_label}</label><select id="lang" name="lang"><option value="">{auto}</option>"#,
        id = ui.id(),
        paste_label = esc(&t(ui, "web-paste-label")),
        file_label = esc(&t(ui, "opt-file-description")),
        image_label = esc(&t(ui, "web-image-label")),
        lang_label = esc(&t(ui, "opt-language-description")),
        auto = esc(&t(ui, "web-language-auto")),
        paste = esc(view.paste.unwrap_or("")),
    );
    for l in Locale::ALL {
        let _ = write!(
            out,
            r#"<option value="{id}" lang="{id}"{sel}>{name}</option>"#,
            id = l.id(),
            sel = if view.chosen == Some(l) { " selected" } else { "" },
            name = esc(endonym(l)),
        );
    }
    let _ = write!(
        out,
        r#"</select></div><div><label for="version">{version_label}</label><input type="text" id="version" name="version" maxlength="80" placeholder="2026.6.9" dir="ltr" value="{version}" autocomplete="off"></div></div><button type="submit">{submit}</button><p class="note">{privacy}</p></form></main></body></html>"#,
        version_label = esc(&t(ui, "opt-version-description")),
        version = esc(view.version.unwrap_or("")),
        submit = esc(&t(ui, "web-submit")),
        privacy = esc(&t(ui, "web-privacy")),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{diagnose_thread, Options};

    #[test]
    fn everything_from_the_engine_is_escaped() {
        assert_eq!(
            esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        let paste = "OpenClaw 2026.6.9\n⚠️ Agent failed before reply: No API key found for provider \"<script>alert(1)</script>\".";
        let report = diagnose_thread(&[paste], &Options::default());
        let html = render(&View {
            report: Some(&report),
            error: Some("<b>x</b>".into()),
            ..Default::default()
        });
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<b>x</b>"));
        // The only scripts are the page's own.
        assert_eq!(html.matches("<script").count(), 1);
    }

    #[test]
    fn rtl_prose_with_ltr_commands() {
        let paste = include_str!("../../examples/pastes/probe-excluded.txt");
        let report = diagnose_thread(&[paste], &Options { lang: Some("ar"), ..Default::default() });
        let html =
            render(&View { ui: Some(Locale::Ar), report: Some(&report), ..Default::default() });
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(html.contains(r#"lang="ar" dir="rtl" aria-labelledby="result-title""#));
        assert!(html.contains(r#"<code dir="ltr" id="cmd-1">/model openai-codex/gpt-5.4@openai-codex:sam.lee@example.net</code>"#), "{html}");
    }
}
