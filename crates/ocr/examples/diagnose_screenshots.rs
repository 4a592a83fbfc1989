//! `clawmedic diagnose` for screenshots without the front doors: the same arguments and JSON,
//! images (by magic bytes) read by OCR and the engine's repair, text files as they are. Used to
//! score and time the screenshot fixtures while the root crate is being built or changed:
//! `CARGO_TARGET_DIR=/tmp/tgt-ocr cargo build --release -p clawmedic-ocr --example diagnose_screenshots`,
//! then `score-cases --bin /tmp/tgt-ocr/release/examples/diagnose_screenshots tests/data/screenshots`.
use clawmedic_engine::ingest::ocr_repair::{repair_ocr_in, OcrWord};
use clawmedic_engine::versions::Version;
use clawmedic_engine::{diagnose_thread, render, Options};
use clawmedic_ocr::{read_image, sniff, Limits, Tesseract};

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut lang, mut version, mut json, mut files) = (None, None, false, Vec::new());
    while let Some(a) = args.next() {
        match a.as_str() {
            "diagnose" => {}
            "--lang" => lang = args.next(),
            "--openclaw-version" => version = args.next().and_then(|v| Version::parse(&v)),
            "--format" => json = args.next().as_deref() == Some("json"),
            _ => files.push(a),
        }
    }
    let texts: Vec<String> = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).expect("readable file");
            if sniff(&bytes).is_some() {
                let tess = lang.as_deref().map(Tesseract::for_locale).unwrap_or_default();
                let ocr = read_image(&bytes, &tess, &Limits::default()).expect("screenshot");
                let cell = ocr.cell_width();
                let lines: Vec<Vec<OcrWord>> = ocr
                    .lines
                    .iter()
                    .map(|l| {
                        (0..l.words.len())
                            .map(|i| OcrWord {
                                text: l.words[i].text.clone(),
                                conf: l.words[i].conf,
                                spaces: ocr.spaces_before(l, i, cell),
                            })
                            .collect()
                    })
                    .collect();
                let text = repair_ocr_in(&lines, ocr.columns());
                if std::env::var_os("SHOW_OCR").is_some() {
                    eprintln!("{text}");
                }
                text
            } else {
                String::from_utf8_lossy(&bytes).into_owned()
            }
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let report = diagnose_thread(
        &refs,
        &Options { lang: lang.as_deref(), openclaw_version: version, ..Default::default() },
    );
    if json {
        println!("{}", serde_json::to_string_pretty(&render::json::json(&report)).unwrap());
    } else {
        print!("{}", render::text::reply(&report));
    }
}
