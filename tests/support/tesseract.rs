//! Whether OCR can run here. `.ci/run` installs the `tesseract` command; on a developer machine
//! without it the screenshot tests skip loudly, so `cargo test --release` works on a fresh
//! machine. Under CI (`CI` set and not empty, `0` or `false`) a missing command fails the test.

use std::process::Command;

pub fn have_tesseract() -> bool {
    let found =
        Command::new("tesseract").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
        assert!(
            !ci,
            "the tesseract command is missing: CI installs it (scripts/install-tesseract.sh)"
        );
        eprintln!(
            "SKIPPED: the tesseract command is missing (scripts/install-tesseract.sh installs it)"
        );
    }
    found
}
