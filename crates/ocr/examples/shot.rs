//! Tools for the screenshot fixtures and measurements (not used by the product):
//!
//! - `shot ocr FILE [--plain] [--threshold] [--min-line PX] [--psm N] [--langs L] [--words]`:
//!   print what Tesseract reads, with the preprocessing chosen (docs/ocr.md measures these);
//! - `shot convert IN OUT [--jpeg QUALITY] [--scale FACTOR]`: re-encode a rendered PNG as
//!   JPEG and/or downscale it (scripts/render-screenshots.py).
use clawmedic_ocr::{decode, preprocess, Limits, Preprocessing, Tesseract};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    match args.first().map(String::as_str) {
        Some("ocr") => {
            let bytes = std::fs::read(&args[1]).expect("read");
            let t0 = Instant::now();
            let img = decode(&bytes, &Limits::default()).expect("decode");
            let opts = Preprocessing {
                ink_map: !flag("--plain"),
                threshold: flag("--threshold"),
                min_line_px: value("--min-line").map_or(16, |v| v.parse().unwrap()),
                ..Preprocessing::default()
            };
            let p = preprocess(&img, &opts);
            let t1 = Instant::now();
            let mut tess = Tesseract::default();
            if let Some(psm) = value("--psm") {
                tess.psm = psm.parse().unwrap();
            }
            if let Some(l) = value("--langs") {
                tess.langs = l;
            }
            let text = tess.recognize(&p, Duration::from_secs(30)).expect("ocr");
            let t2 = Instant::now();
            if flag("--words") {
                for l in &text.lines {
                    let w: Vec<String> =
                        l.words.iter().map(|w| format!("{}[{:.0}]", w.text, w.conf)).collect();
                    println!("{}", w.join(" "));
                }
            } else {
                print!("{}", text.text());
            }
            eprintln!(
                "line_px={:?} scale={:.2} dark={} size={:?} prep={:?} ocr={:?}",
                p.line_px,
                p.scale,
                p.dark,
                p.image.dimensions(),
                t1 - t0,
                t2 - t1
            );
        }
        Some("convert") => {
            let bytes = std::fs::read(&args[1]).expect("read");
            let mut img = image::load_from_memory(&bytes).expect("decode").to_rgb8();
            if let Some(s) = value("--scale") {
                let s: f32 = s.parse().unwrap();
                let (w, h) = img.dimensions();
                img = image::imageops::resize(
                    &img,
                    (w as f32 * s).round() as u32,
                    (h as f32 * s).round() as u32,
                    image::imageops::FilterType::Triangle,
                );
            }
            let out = std::fs::File::create(&args[2]).expect("create");
            let mut out = std::io::BufWriter::new(out);
            if let Some(q) = value("--jpeg") {
                let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(
                    &mut out,
                    q.parse().unwrap(),
                );
                img.write_with_encoder(enc).expect("jpeg");
            } else {
                img.write_to(&mut out, image::ImageFormat::Png).expect("png");
            }
        }
        _ => {
            eprintln!(
                "usage: shot ocr FILE [options] | shot convert IN OUT [--jpeg Q] [--scale F]"
            );
        }
    }
}
