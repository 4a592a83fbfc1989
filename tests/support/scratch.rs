//! Files the CLI tests hand to the binary, each in its own temporary folder that is removed
//! when the test ends (a failed assertion included), so a test run leaves nothing behind.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// A file with the given name and bytes; the file and its folder go when this is dropped.
pub struct ScratchFile {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl ScratchFile {
    pub fn new(name: &str, bytes: &[u8]) -> Self {
        let dir = tempfile::Builder::new().prefix("clawmedic-test-").tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        ScratchFile { _dir: dir, path }
    }
}

impl AsRef<OsStr> for ScratchFile {
    fn as_ref(&self) -> &OsStr {
        self.path.as_os_str()
    }
}

impl AsRef<Path> for ScratchFile {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}
