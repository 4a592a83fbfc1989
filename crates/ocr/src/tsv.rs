//! Tesseract's TSV output: one row per page, block, paragraph, line and word; words carry a
//! confidence (0–100) and a box.

/// One recognised word.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrWord {
    pub text: String,
    /// Tesseract's confidence, 0–100.
    pub conf: f32,
    pub left: u32,
    pub width: u32,
}

/// One text line, words in reading order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OcrLine {
    pub words: Vec<OcrWord>,
}

/// What an image said.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OcrText {
    pub lines: Vec<OcrLine>,
    /// Width of the image Tesseract read (pixels), for [`OcrText::columns`].
    pub width: u32,
}

impl OcrText {
    /// The width of one character cell, from the words (a terminal font is monospaced).
    pub fn cell_width(&self) -> f32 {
        let mut w: Vec<f32> = self
            .lines
            .iter()
            .flat_map(|l| &l.words)
            .filter(|w| w.text.chars().count() >= 4)
            // A word's box leaves out the bearings of its outer glyphs, about a third of a
            // cell in a monospaced font.
            .map(|w| w.width as f32 / (w.text.chars().count() as f32 - 0.3))
            .collect();
        if w.is_empty() {
            return 8.0;
        }
        w.sort_by(f32::total_cmp);
        w[w.len() / 2].max(1.0)
    }

    /// How many character cells wide the screenshot is (a terminal wraps long lines there).
    pub fn columns(&self) -> Option<usize> {
        (self.width > 0 && !self.lines.is_empty())
            .then(|| (self.width as f32 / self.cell_width()).floor() as usize)
    }

    /// The gap before each word in spaces, so column layout survives. 0 when the words touch:
    /// Tesseract splits some ids at `:` or `@` (`openai-codex:` `dana@example.com`), and a
    /// terminal cell holds no space there.
    pub fn spaces_before(&self, line: &OcrLine, i: usize, cell: f32) -> usize {
        if i == 0 {
            return 0;
        }
        let prev = &line.words[i - 1];
        let gap = line.words[i].left.saturating_sub(prev.left + prev.width) as f32;
        // A gap of one space measures a cell plus the bearings of the glyphs around it.
        ((gap / cell + 0.25).floor() as usize).min(40)
    }

    /// Plain text: lines joined with newlines, gaps as spaces.
    pub fn text(&self) -> String {
        let cell = self.cell_width();
        let mut out = String::new();
        for line in &self.lines {
            for (i, w) in line.words.iter().enumerate() {
                out.extend(std::iter::repeat_n(' ', self.spaces_before(line, i, cell)));
                out.push_str(&w.text);
            }
            out.push('\n');
        }
        out
    }
}

/// Parse `tesseract … tsv` output. Rows that are not words, and empty words, are skipped;
/// malformed rows are ignored rather than failing the whole image.
pub fn parse_tsv(tsv: &str) -> OcrText {
    let mut lines: Vec<OcrLine> = Vec::new();
    let mut key = None;
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.splitn(12, '\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let text = cols[11].trim();
        if text.is_empty() {
            continue;
        }
        let num = |i: usize| cols[i].trim().parse::<u32>().unwrap_or(0);
        let k = (num(1), num(2), num(3), num(4));
        if key != Some(k) {
            lines.push(OcrLine::default());
            key = Some(k);
        }
        let conf = cols[10].trim().parse::<f32>().unwrap_or(0.0).clamp(0.0, 100.0);
        if let Some(l) = lines.last_mut() {
            l.words.push(OcrWord { text: text.to_string(), conf, left: num(6), width: num(8) });
        }
    }
    OcrText { lines, width: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t800\t100\t-1\t
4\t1\t1\t1\t1\t0\t10\t10\t300\t20\t-1\t
5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t96.5\tAuth
5\t1\t1\t1\t1\t2\t70\t10\t60\t20\t95.1\tprobes
5\t1\t1\t1\t2\t1\t10\t40\t140\t20\t91.0\topenai/gpt-5.5
5\t1\t1\t1\t2\t2\t250\t40\t10\t20\t40.2\t|
5\t1\t1\t1\t2\t3\t270\t40\t10\t20\t12\t 
bad row
";

    #[test]
    fn words_grouped_into_lines_with_confidences() {
        let t = parse_tsv(TSV);
        assert_eq!(t.lines.len(), 2);
        assert_eq!(
            t.lines[0].words[1],
            OcrWord { text: "probes".into(), conf: 95.1, left: 70, width: 60 }
        );
        assert_eq!(t.lines[1].words[1].conf, 40.2);
        assert_eq!(t.lines[1].words.len(), 2, "empty words are dropped");
    }

    #[test]
    fn gaps_become_spaces_by_cell_width() {
        // Cell width: median of 50/3.7, 60/5.7, 140/13.7 = 10.5 px; 100 px of gap is 9 spaces.
        assert_eq!(parse_tsv(TSV).text(), "Auth probes\nopenai/gpt-5.5         |\n");
    }
}
