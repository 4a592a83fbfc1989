//! Writes the benchmark shapes (`benches/fixtures/shapes.rs`) to files, for whole-process
//! timings against `wc -l` (docs/performance.md, "Shapes"):
//! `cargo run --release -p clawmedic-engine --example shapes -- /tmp/shapes 1024` writes
//! `/tmp/shapes/<shape>-1024k.txt` (a thread: `thread_20-1024k-01.txt` … `-20.txt`).

#[path = "../benches/fixtures/mod.rs"]
mod fixtures;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "shapes".into()));
    let kib: usize = args.next().and_then(|k| k.parse().ok()).unwrap_or(1024);
    std::fs::create_dir_all(&dir)?;
    for (name, make) in fixtures::shapes::SHAPES {
        let messages = make(kib * 1024);
        if messages.len() == 1 {
            std::fs::write(dir.join(format!("{name}-{kib}k.txt")), &messages[0])?;
        } else {
            for (i, m) in messages.iter().enumerate() {
                std::fs::write(dir.join(format!("{name}-{kib}k-{:02}.txt", i + 1)), m)?;
            }
        }
    }
    Ok(())
}
