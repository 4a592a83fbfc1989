//! What a terminal screenshot needs before Tesseract reads it (measured in docs/ocr.md).
//!
//! Tesseract is trained on dark print on a light page at roughly 10–12 px x-height. Terminal
//! screenshots break both: dark themes (light text on black or PowerShell blue), coloured text
//! (green `ok`, red errors) that a plain greyscale turns into a pale grey, and 12–14 px fonts,
//! often downscaled by the chat client. So:
//!
//! 1. **Ink map** instead of greyscale + invert: the background colour is the most common
//!    colour; every pixel becomes its distance from it (the largest channel difference), drawn
//!    dark on white. One rule for dark, light and blue themes, and coloured text keeps its
//!    contrast (a greyscale of red on black is 30 % grey; its distance from black is 100 %).
//! 2. **Upscale** when the text is small: the text line height is measured from the row
//!    profile, and the image is scaled so lines are at least [`Preprocessing::min_line_px`].
//! 3. **Threshold** (Otsu) only on request: Tesseract binarises by itself, and a hard threshold
//!    of a downscaled JPEG loses thin strokes (`:` and `.` in profile ids) — see docs/ocr.md.

use image::{imageops, DynamicImage, GrayImage};

/// Preprocessing choices (the defaults are the measured best; see docs/ocr.md: the ink map
/// beat plain greyscale + invert, 16 px lines beat no upscaling and larger targets gained
/// nothing for more time, Otsu thresholding lost words).
#[derive(Debug, Clone)]
pub struct Preprocessing {
    /// Distance from the background colour (else: plain luma, inverted when the background
    /// is dark).
    pub ink_map: bool,
    /// Upscale until a text line is at least this tall (pixels); 0 = never.
    pub min_line_px: u32,
    /// Binarise with Otsu's threshold.
    pub threshold: bool,
    /// Largest upscaled image (pixels), bounding memory and OCR time.
    pub max_pixels: u64,
}

impl Default for Preprocessing {
    fn default() -> Preprocessing {
        Preprocessing { ink_map: true, min_line_px: 16, threshold: false, max_pixels: 12_000_000 }
    }
}

/// A greyscale bitmap ready for Tesseract (dark text on white).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub image: GrayImage,
    /// The scale applied (1.0 when none).
    pub scale: f32,
    /// The text line height measured before scaling (pixels), when there was text.
    pub line_px: Option<u32>,
    /// The background was dark (a dark theme).
    pub dark: bool,
}

impl Prepared {
    /// Binary PGM (P5), which Tesseract's leptonica reads from stdin without any encoding cost.
    pub fn to_pgm(&self) -> Vec<u8> {
        let (w, h) = self.image.dimensions();
        let mut out = format!("P5\n{w} {h}\n255\n").into_bytes();
        out.extend_from_slice(self.image.as_raw());
        out
    }
}

/// The most common colour, from a strided sample quantised to 5 bits a channel.
fn background(img: &image::RgbImage) -> [u8; 3] {
    let (w, h) = img.dimensions();
    let mut bins = vec![0u32; 1 << 15];
    let step = (((u64::from(w) * u64::from(h)) / 200_000).max(1) as f64).sqrt().ceil() as u32;
    for y in (0..h).step_by(step as usize) {
        for x in (0..w).step_by(step as usize) {
            let p = img.get_pixel(x, y).0;
            let k = (usize::from(p[0] >> 3) << 10)
                | (usize::from(p[1] >> 3) << 5)
                | usize::from(p[2] >> 3);
            bins[k] += 1;
        }
    }
    let k = bins.iter().enumerate().max_by_key(|(_, n)| **n).map(|(k, _)| k).unwrap_or(0);
    // The centre of the bin.
    [((k >> 10) as u8) << 3 | 4, (((k >> 5) & 31) as u8) << 3 | 4, ((k & 31) as u8) << 3 | 4]
}

fn luma(p: [u8; 3]) -> u32 {
    (u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000
}

/// Dark-on-white ink map (see the module comment).
fn ink_map(img: &image::RgbImage, bg: [u8; 3]) -> GrayImage {
    let (w, h) = img.dimensions();
    let mut ink = Vec::with_capacity((w * h) as usize);
    let mut hist = [0u32; 256];
    for p in img.pixels() {
        let d = (0..3).map(|c| p.0[c].abs_diff(bg[c])).max().unwrap_or(0);
        hist[usize::from(d)] += 1;
        ink.push(d);
    }
    // Stretch so that the 90th percentile of real ink (distance > 40) is full black.
    let total: u32 = hist[41..].iter().sum();
    let mut full = 255u32;
    if total > 0 {
        let mut acc = 0;
        for (d, n) in hist.iter().enumerate().skip(41) {
            acc += n;
            if acc * 10 >= total * 9 {
                full = d as u32;
                break;
            }
        }
    }
    let full = full.max(64);
    let out: Vec<u8> =
        ink.into_iter().map(|d| 255 - ((u32::from(d) * 255 / full).min(255) as u8)).collect();
    GrayImage::from_raw(w, h, out).unwrap_or_else(|| GrayImage::new(w, h))
}

/// Plain luma, inverted on a dark background.
fn plain(img: &image::RgbImage, dark: bool) -> GrayImage {
    let mut g = DynamicImage::ImageRgb8(img.clone()).to_luma8();
    if dark {
        imageops::invert(&mut g);
    }
    g
}

/// The typical text line height: runs of rows that hold clearly more ink than a table's
/// vertical borders do.
pub fn line_height(g: &GrayImage) -> Option<u32> {
    let (w, h) = g.dimensions();
    let counts: Vec<u32> =
        (0..h).map(|y| (0..w).filter(|&x| g.get_pixel(x, y).0[0] < 128).count() as u32).collect();
    let mut sorted: Vec<u32> = counts.iter().copied().filter(|&c| c > 0).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_unstable();
    let p75 = sorted[sorted.len() * 3 / 4];
    let cut = (p75 / 5).max(2);
    let mut runs = Vec::new();
    let mut run = 0;
    for &c in &counts {
        if c > cut {
            run += 1;
        } else if run > 0 {
            runs.push(run);
            run = 0;
        }
    }
    if run > 0 {
        runs.push(run);
    }
    // Runs of one or two rows are underlines and rules, not text.
    runs.retain(|&r| r >= 3);
    if runs.is_empty() {
        return None;
    }
    runs.sort_unstable();
    Some(runs[runs.len() / 2])
}

/// Otsu's threshold of a greyscale image.
fn otsu(g: &GrayImage) -> u8 {
    let mut hist = [0u64; 256];
    for p in g.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    let total: u64 = hist.iter().sum();
    let sum: f64 = hist.iter().enumerate().map(|(i, &n)| i as f64 * n as f64).sum();
    let (mut wb, mut sb, mut best, mut best_t) = (0f64, 0f64, 0f64, 128u8);
    for (t, &n) in hist.iter().enumerate() {
        wb += n as f64;
        if wb == 0.0 {
            continue;
        }
        let wf = total as f64 - wb;
        if wf == 0.0 {
            break;
        }
        sb += t as f64 * n as f64;
        let mb = sb / wb;
        let mf = (sum - sb) / wf;
        let between = wb * wf * (mb - mf) * (mb - mf);
        if between > best {
            best = between;
            best_t = t as u8;
        }
    }
    best_t
}

/// Prepare a decoded screenshot for Tesseract.
pub fn preprocess(img: &DynamicImage, opts: &Preprocessing) -> Prepared {
    let rgb = img.to_rgb8();
    let bg = background(&rgb);
    let dark = luma(bg) < 128;
    let mut g = if opts.ink_map { ink_map(&rgb, bg) } else { plain(&rgb, dark) };
    drop(rgb);
    let line_px = line_height(&g);
    let mut scale = 1.0f32;
    if let Some(lh) = line_px {
        if opts.min_line_px > 0 && lh < opts.min_line_px {
            let (w, h) = g.dimensions();
            let want = (opts.min_line_px as f32 / lh as f32).min(4.0);
            let room = ((opts.max_pixels as f64) / (f64::from(w) * f64::from(h))).sqrt() as f32;
            scale = want.min(room).max(1.0);
            if scale > 1.05 {
                let nw = (w as f32 * scale).round() as u32;
                let nh = (h as f32 * scale).round() as u32;
                g = imageops::resize(&g, nw, nh, imageops::FilterType::CatmullRom);
            } else {
                scale = 1.0;
            }
        }
    }
    if opts.threshold {
        let t = otsu(&g);
        for p in g.pixels_mut() {
            p.0[0] = if p.0[0] > t { 255 } else { 0 };
        }
    }
    Prepared { image: g, scale, line_px, dark }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    /// Two "text lines" of 10 rows of ink on a background, and a vertical border.
    fn shot(bg: [u8; 3], fg: [u8; 3]) -> DynamicImage {
        let mut img = RgbImage::from_pixel(200, 60, Rgb(bg));
        for y in (10..20).chain(35..45) {
            for x in (20..180).step_by(2) {
                img.put_pixel(x, y, Rgb(fg));
            }
        }
        for y in 0..60 {
            img.put_pixel(5, y, Rgb(fg));
        }
        DynamicImage::ImageRgb8(img)
    }

    #[test]
    fn every_theme_becomes_dark_text_on_white() {
        for (bg, fg, dark) in [
            ([0, 0, 0], [200, 200, 200], true),
            ([255, 255, 255], [30, 30, 30], false),
            ([1, 36, 86], [238, 237, 240], true),
            ([0, 0, 0], [205, 49, 49], true),
        ] {
            let p =
                preprocess(&shot(bg, fg), &Preprocessing { min_line_px: 0, ..Default::default() });
            assert_eq!(p.dark, dark, "{bg:?}");
            assert!(p.image.get_pixel(100, 2).0[0] > 240, "background stays white: {bg:?}");
            assert!(p.image.get_pixel(20, 15).0[0] < 40, "ink is dark: {bg:?} {fg:?}");
        }
    }

    #[test]
    fn small_text_is_upscaled_to_the_target_line_height() {
        let opts = Preprocessing { min_line_px: 30, ..Default::default() };
        let p = preprocess(&shot([0, 0, 0], [255, 255, 255]), &opts);
        assert_eq!(p.line_px, Some(10));
        assert!((p.scale - 3.0).abs() < 0.01, "{}", p.scale);
        assert_eq!(p.image.dimensions(), (600, 180));
        let big = Preprocessing { max_pixels: 200 * 60 * 4, ..opts };
        let p = preprocess(&shot([0, 0, 0], [255, 255, 255]), &big);
        assert!((p.scale - 2.0).abs() < 0.01, "bounded by max_pixels: {}", p.scale);
        // Text already tall enough is left as it is.
        let p = preprocess(
            &shot([0, 0, 0], [255, 255, 255]),
            &Preprocessing { min_line_px: 10, ..Default::default() },
        );
        assert_eq!(p.scale, 1.0);
    }

    #[test]
    fn threshold_leaves_two_levels() {
        let opts = Preprocessing { threshold: true, min_line_px: 0, ..Default::default() };
        let p = preprocess(&shot([250, 250, 250], [90, 90, 90]), &opts);
        assert!(p.image.pixels().all(|p| p.0[0] == 0 || p.0[0] == 255));
    }

    #[test]
    fn pgm_header_and_size() {
        let p = preprocess(
            &shot([0, 0, 0], [255, 255, 255]),
            &Preprocessing { min_line_px: 0, ..Default::default() },
        );
        let pgm = p.to_pgm();
        assert!(pgm.starts_with(b"P5\n200 60\n255\n"));
        assert_eq!(pgm.len(), b"P5\n200 60\n255\n".len() + 200 * 60);
    }
}
