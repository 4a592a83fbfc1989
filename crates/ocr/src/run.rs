//! The `tesseract` process: bitmap in on stdin, TSV out on stdout, killed at its time box.

use crate::{parse_tsv, OcrError, OcrText, Prepared};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How to run Tesseract.
#[derive(Debug, Clone)]
pub struct Tesseract {
    /// The program (`tesseract` on PATH by default).
    pub program: String,
    /// Languages, `+`-joined (`eng`, `eng+chi_sim`). Each one adds load and recognition time,
    /// so front doors add a script pack only when the asker's locale needs it.
    pub langs: String,
    /// Page segmentation mode: 6 ("a single uniform block of text") reads a terminal best
    /// (measured in docs/ocr.md; 3, the automatic layout, splits table columns into blocks).
    pub psm: u8,
}

impl Default for Tesseract {
    fn default() -> Tesseract {
        Tesseract { program: "tesseract".into(), langs: "eng".into(), psm: 6 }
    }
}

/// The Tesseract language packs for a reply locale id (`zh-CN`, `ja-JP`, `ru`, …), after
/// `eng` (terminal output is English whatever the prose is).
pub fn langs_for_locale(locale: &str) -> &'static str {
    match locale {
        "zh-CN" => "eng+chi_sim",
        "zh-TW" => "eng+chi_tra",
        "ja-JP" | "ja" => "eng+jpn",
        "ko" => "eng+kor",
        "ru" | "uk" => "eng+rus",
        _ => "eng",
    }
}

/// Is the `tesseract` command there?
pub fn tesseract_available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl Tesseract {
    /// With the language packs a reply locale needs.
    pub fn for_locale(locale: &str) -> Tesseract {
        Tesseract { langs: langs_for_locale(locale).into(), ..Tesseract::default() }
    }

    /// Recognise a prepared bitmap. Blocking; the process is killed after `timeout`.
    pub fn recognize(&self, img: &Prepared, timeout: Duration) -> Result<OcrText, OcrError> {
        let tsv = self.run(img.to_pgm(), timeout)?;
        let mut text = parse_tsv(&tsv);
        text.width = img.image.width();
        Ok(text)
    }

    fn run(&self, input: Vec<u8>, timeout: Duration) -> Result<String, OcrError> {
        let mut child = Command::new(&self.program)
            .args(["stdin", "stdout", "--psm", &self.psm.to_string(), "--oem", "1"])
            .args(["-l", &self.langs, "--dpi", "300", "tsv"])
            // One core per image: the front door's semaphore decides how many run at once.
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => OcrError::TesseractMissing,
                _ => OcrError::Tesseract(e.to_string()),
            })?;
        let mut stdin = child.stdin.take();
        let writer = std::thread::spawn(move || {
            if let Some(s) = stdin.as_mut() {
                // A closed pipe (tesseract exited early) shows up in its status below.
                let _ = s.write_all(&input);
            }
        });
        let mut stdout = child.stdout.take();
        let reader = std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(s) = stdout.as_mut() {
                // At most 16 MiB of TSV: a screenshot gives a few hundred KiB.
                let _ = s.take(16 << 20).read_to_end(&mut buf);
            }
            buf
        });
        let mut stderr = child.stderr.take();
        let err_reader = std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(s) = stderr.as_mut() {
                let _ = s.take(64 << 10).read_to_end(&mut buf);
            }
            buf
        });
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() >= timeout => {
                    let _ = child.kill();
                    let _ = child.wait();
                    let _ = writer.join();
                    let _ = reader.join();
                    let _ = err_reader.join();
                    return Err(OcrError::Timeout(timeout));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(OcrError::Tesseract(e.to_string()));
                }
            }
        };
        let _ = writer.join();
        let out = reader.join().unwrap_or_default();
        let err = err_reader.join().unwrap_or_default();
        if !status.success() {
            let msg = String::from_utf8_lossy(&err);
            let first = msg.lines().find(|l| !l.trim().is_empty()).unwrap_or("no message");
            return Err(OcrError::Tesseract(format!(
                "{status}: {}",
                first.chars().take(200).collect::<String>()
            )));
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_pick_their_script_packs() {
        assert_eq!(langs_for_locale("zh-CN"), "eng+chi_sim");
        assert_eq!(langs_for_locale("zh-TW"), "eng+chi_tra");
        assert_eq!(langs_for_locale("ja-JP"), "eng+jpn");
        assert_eq!(langs_for_locale("ko"), "eng+kor");
        assert_eq!(langs_for_locale("ru"), "eng+rus");
        assert_eq!(langs_for_locale("de"), "eng");
    }

    #[test]
    fn a_missing_program_is_a_typed_error() {
        let t = Tesseract { program: "/nonexistent/tesseract".into(), ..Tesseract::default() };
        let img = crate::preprocess(
            &image::DynamicImage::new_rgb8(20, 20),
            &crate::Preprocessing::default(),
        );
        assert!(matches!(
            t.recognize(&img, Duration::from_secs(5)),
            Err(OcrError::TesseractMissing)
        ));
    }

    #[test]
    fn a_process_over_its_time_box_is_killed() {
        // `sleep` stands in for a stuck tesseract: it ignores its arguments' meaning and runs
        // past the box. Bounded work: the box is 50 ms, the sleep 30 s.
        let dir = std::env::temp_dir().join(format!("ocr-timeout-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("tesseract");
        std::fs::write(&script, "#!/bin/sh\nexec sleep 30\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let t = Tesseract { program: script.display().to_string(), ..Tesseract::default() };
        let img = crate::preprocess(
            &image::DynamicImage::new_rgb8(20, 20),
            &crate::Preprocessing::default(),
        );
        let r = t.recognize(&img, Duration::from_millis(50));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(matches!(r, Err(OcrError::Timeout(_))), "{r:?}");
    }
}
