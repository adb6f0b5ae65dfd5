//! Every file the tool reads or writes goes through here.
//!
//! Reads look at the file type before opening, so a FIFO or a device never
//! blocks the tool, and refuse directories, oversized and binary files with
//! one clear message. Writes never touch one of the command's own inputs
//! (compared by device and inode, after following links), write *through*
//! anything that is not a regular file (`/dev/null`, a FIFO, a terminal),
//! and replace regular files atomically (temporary file, flush, rename),
//! through symlinks, keeping the file's mode and, where allowed, its owner.
//! An advisory lock on a sidecar file keeps two `assess` runs off one file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::i18n::{Msg, MsgArg};
use crate::msg;

use crate::position::Pos;

/// Largest guideline or answer file accepted: 8 MiB. The built-in guidelines
/// are about 250 KB and a full answer file with long notes stays under 200 KB.
pub(crate) const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The OS refused or the file is missing.
    #[error("{path}: cannot read: {reason}")]
    Io {
        /// The path as given.
        path: String,
        /// The OS message.
        reason: String,
    },
    /// The path is a directory.
    #[error("{path}: is a folder, expected a file")]
    Directory {
        /// The path as given.
        path: String,
    },
    /// A FIFO, device or socket: reading it could block or never end.
    #[error("{path}: is {kind}, not a regular file; give the path of a file")]
    Special {
        /// The path as given.
        path: String,
        /// "a FIFO (named pipe)", "a character device", ...
        kind: &'static str,
    },
    /// The file is over the size limit.
    #[error("{path}: file is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The path as given.
        path: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{path}:{pos}: not UTF-8 text; save the file as UTF-8 (or is it a binary file?)")]
    NotText {
        /// The path as given.
        path: String,
        /// Where the first bad byte is.
        pos: Pos,
    },
}

impl ReadError {
    /// The error in the catalogues' words.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            ReadError::Io { path, reason } => {
                msg!("read-io", path = path, reason = reason_msg(reason))
            }
            ReadError::Directory { path } => msg!("read-folder", path = path),
            ReadError::Special { path, kind } => {
                msg!("read-special", path = path, kind = special_msg(kind))
            }
            ReadError::TooLarge { path, size, limit } => msg!(
                "read-too-large",
                path = path,
                size = size.to_string(),
                limit = limit.to_string()
            ),
            ReadError::NotText { path, pos } => {
                msg!("read-not-text", path = path, pos = pos.to_string())
            }
        }
    }
}

impl WriteError {
    /// The error in the catalogues' words.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            WriteError::OverInput { path, input: None } => msg!("write-over-input", path = path),
            WriteError::OverInput {
                path,
                input: Some(input),
            } => msg!("write-over-input-as", path = path, input = input),
            WriteError::NoFolder { path, folder } => {
                msg!("write-no-folder", path = path, folder = folder)
            }
            WriteError::Folder { path } => msg!("write-folder", path = path),
            WriteError::Io { path, reason } if path == "standard output" => {
                msg!("write-stdout", reason = reason_msg(reason))
            }
            WriteError::Io { path, reason } => {
                msg!("write-io", path = path, reason = reason_msg(reason))
            }
        }
    }
}

impl LockError {
    /// The error in the catalogues' words.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            LockError::Busy { path, lock } => msg!("lock-busy", path = path, lock = lock),
            LockError::Io { path, lock, reason } => {
                msg!(
                    "lock-io",
                    path = path,
                    lock = lock,
                    reason = reason_msg(reason)
                )
            }
            LockError::Read(e) => e.msg(),
        }
    }
}

/// An OS reason in the catalogues' words, for the ones [`describe_io`]
/// names; others as the OS gave them.
fn reason_msg(reason: &str) -> MsgArg {
    let id = match reason {
        "no such file" => "io-not-found",
        "permission denied" => "io-permission",
        "no space left on the device" => "io-full",
        "the file system is read-only" => "io-read-only",
        _ => {
            return match reason
                .strip_prefix("the folder ")
                .and_then(|r| r.strip_suffix(" does not exist"))
            {
                Some(folder) => msg!("io-no-folder", folder = folder).into(),
                None => MsgArg::Str(reason.to_string()),
            };
        }
    };
    Msg::new(id).into()
}

/// The kind of a special file in the catalogues' words.
fn special_msg(kind: &str) -> Msg {
    Msg::new(match kind {
        "a FIFO (named pipe)" => "special-fifo",
        "a character device" => "special-char-device",
        "a block device" => "special-block-device",
        "a socket" => "special-socket",
        _ => "special-other",
    })
}

/// The kind of a file that is neither a regular file nor a folder.
fn special_kind(meta: &fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() || t.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Reads a whole file as bytes, up to `limit`, after checking that it is a
/// regular file.
pub(crate) fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let shown = path.display().to_string();
    let io = |e: io::Error| ReadError::Io {
        path: shown.clone(),
        reason: describe_io(&e),
    };
    let meta = fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ReadError::Directory { path: shown });
    }
    if let Some(kind) = special_kind(&meta) {
        return Err(ReadError::Special { path: shown, kind });
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            path: shown,
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` guards against a file that grows while we read it.
    File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: shown,
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Reads a whole text file, refusing folders, special files, files over
/// [`MAX_FILE_BYTES`] and anything that is not UTF-8.
pub(crate) fn read_text(path: &Path) -> Result<String, ReadError> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
    text_from_bytes(bytes).map_err(|pos| ReadError::NotText {
        path: path.display().to_string(),
        pos,
    })
}

/// Turns bytes into text, or gives the position of the first invalid byte.
/// A NUL byte counts as invalid: no text file of ours contains one.
pub(crate) fn text_from_bytes(bytes: Vec<u8>) -> Result<String, Pos> {
    let bad_at = |valid: &[u8]| Pos::after(&String::from_utf8_lossy(valid));
    if let Some(nul) = memchr::memchr(0, &bytes) {
        return Err(bad_at(&bytes[..nul]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        bad_at(&e.into_bytes()[..valid])
    })
}

/// The files of a folder whose names end in one of `extensions`, sorted;
/// special files and sub-folders are left out.
pub(crate) fn files_in(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>, ReadError> {
    let entries = fs::read_dir(dir).map_err(|e| ReadError::Io {
        path: dir.display().to_string(),
        reason: describe_io(&e),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| extensions.iter().any(|e| e.eq_ignore_ascii_case(x)))
        })
        .filter(|p| fs::metadata(p).is_ok_and(|m| m.is_file()))
        .collect();
    files.sort();
    Ok(files)
}

/// A short, stable description of an I/O error (no "os error 2" noise).
pub fn describe_io(e: &io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".to_string(),
        PermissionDenied => "permission denied".to_string(),
        StorageFull => "no space left on the device".to_string(),
        ReadOnlyFilesystem => "the file system is read-only".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// Which file a path names, after following links: (device, inode) on Unix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct FileId(u64, u64);

/// The identity of the file at `path`, if it exists.
pub(crate) fn file_id(path: &Path) -> Option<FileId> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(FileId(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        // Without inodes, compare the canonical paths.
        let _ = meta;
        use std::hash::{Hash, Hasher};
        let canon = fs::canonicalize(path).ok()?;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        canon.hash(&mut h);
        Some(FileId(0, h.finish()))
    }
}

/// Where a command's output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// Standard output.
    Stdout,
    /// A file (or a device, or a FIFO) by path.
    Path(PathBuf),
}

impl Target {
    /// `-` means standard output.
    pub(crate) fn from_arg(path: &Path) -> Self {
        if path.as_os_str() == "-" {
            Target::Stdout
        } else {
            Target::Path(path.to_path_buf())
        }
    }
}

/// Why output could not be written.
#[derive(Debug, Error)]
pub enum WriteError {
    /// The output is one of the command's inputs.
    #[error(
        "{path}: is an input of this command{}; refusing to write over it, choose another output file",
        input.as_ref().map(|i| format!(" (as {i})")).unwrap_or_default()
    )]
    OverInput {
        /// The output path.
        path: String,
        /// The input's name when it was given under another one (a link,
        /// another spelling).
        input: Option<String>,
    },
    /// The folder to write into does not exist.
    #[error("{path}: cannot write: the folder {folder} does not exist")]
    NoFolder {
        /// The output path.
        path: String,
        /// Its folder.
        folder: String,
    },
    /// The output path is a folder.
    #[error("{path}: is a folder; give a file name")]
    Folder {
        /// The output path.
        path: String,
    },
    /// The OS refused.
    #[error("{path}: cannot write: {reason}")]
    Io {
        /// The output path, or "standard output".
        path: String,
        /// The OS message.
        reason: String,
    },
}

/// Checks that writing to `path` will not replace one of `inputs` and that
/// its folder exists, without writing anything.
pub(crate) fn check_output(path: &Path, inputs: &Inputs) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    if file_id(path).is_some() {
        if let Some(input) = inputs.input_at(path) {
            let given = input.display().to_string();
            let input = (given != shown).then_some(given);
            return Err(WriteError::OverInput { path: shown, input });
        }
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            return Err(WriteError::Folder { path: shown });
        }
    } else {
        let folder = folder_of(&real_path(path));
        if !folder.is_dir() {
            return Err(WriteError::NoFolder {
                path: shown,
                folder: folder.display().to_string(),
            });
        }
    }
    Ok(())
}

/// Writes `bytes` to `target`: standard output through `stdout`; a regular
/// file atomically; anything else (a device, a FIFO) by writing through it.
/// Refuses to write over one of `inputs`.
pub(crate) fn write(
    target: &Target,
    bytes: &[u8],
    inputs: &Inputs,
    stdout: &mut dyn Write,
) -> Result<(), WriteError> {
    match target {
        Target::Stdout => match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            // A reader that stops early (`| head`) is not an error.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(WriteError::Io {
                path: "standard output".to_string(),
                reason: describe_io(&e),
            }),
            Ok(()) => Ok(()),
        },
        Target::Path(path) => {
            check_output(path, inputs)?;
            write_file(path, bytes)
        }
    }
}

/// Writes a file: through it when it is a device or FIFO, atomically when it
/// is (or will be) a regular file.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    let io = |e: io::Error| WriteError::Io {
        path: shown.clone(),
        reason: describe_io(&e),
    };
    match fs::metadata(path) {
        Ok(meta) if special_kind(&meta).is_some() => {
            // Never replace /dev/null or a FIFO by a regular file.
            let mut f = OpenOptions::new().write(true).open(path).map_err(io)?;
            f.write_all(bytes).and_then(|()| f.flush()).map_err(io)
        }
        Ok(meta) if meta.is_dir() => Err(WriteError::Folder { path: shown }),
        _ => write_atomic(path, bytes).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound && !folder_of(&real_path(path)).is_dir() {
                WriteError::NoFolder {
                    path: shown.clone(),
                    folder: folder_of(&real_path(path)).display().to_string(),
                }
            } else {
                io(e)
            }
        }),
    }
}

/// The folder of a path (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The path a write must replace: the final target when `path` is a symlink
/// (relative links resolved against the link's folder), else `path`.
fn real_path(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::read_link(&current) {
            Ok(target) if target.is_absolute() => current = target,
            Ok(target) => current = folder_of(&current).join(target),
            Err(_) => return current,
        }
    }
    current
}

/// Writes `bytes` to `path` through a temporary file in the same folder and
/// a rename, so a reader never sees a half-written file and a crash leaves
/// the old file or the new one. A symlink stays a symlink (its target is
/// replaced), and the file keeps its permissions and, where the process may
/// set it, its owner.
///
/// The temporary file gets a random name and is created exclusively
/// (`O_EXCL`): a name made of the process id collides across containers and
/// PID namespaces, and a failed write must only ever remove its own file.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let real = real_path(path);
    let dir = folder_of(&real);
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "output".to_string());
    let old = fs::metadata(&real).ok();
    let prefix = format!(".{}.", short_name(&name));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the mode any program's new file gets (0666 less the
    // umask), not the 0600 of a temporary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // Dropped on any error below, which removes the temporary file.
    let mut tmp = builder.tempfile_in(&dir)?;
    if let Some(old) = &old {
        tmp.as_file().set_permissions(old.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Only root may give a file away; others keep their own.
            let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(old.uid()), Some(old.gid()));
        }
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&real).map_err(|e| e.error)?;
    // Make the rename itself durable; not every platform can open a dir.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates a new file that did not exist, never replacing one: `stem.ext`,
/// else `stem-2.ext`, `stem-3.ext`, ... Returns the path written.
pub(crate) fn write_new(folder: &Path, stem: &str, ext: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let mut last = None;
    for n in 1..=100 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = folder.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                let written = f.write_all(bytes).and_then(|()| f.sync_all());
                if let Err(e) = written {
                    drop(f);
                    let _ = fs::remove_file(&path);
                    return Err(e);
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free file name")))
}

/// A file name cut to fit beside a prefix and suffix within 255 bytes.
fn short_name(name: &str) -> String {
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].to_string()
}

/// An advisory lock held on a sidecar file beside an answer file. The
/// sidecar (`.NAME.lock`) is never renamed, unlike the answer file, which a
/// save replaces; it is removed when the lock is dropped, so no session
/// leaves it behind.
#[derive(Debug)]
pub(crate) struct Lock {
    _file: File,
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked: a process that opened this file in
        // the meantime finds, once it holds the lock, that the name now
        // leads elsewhere (or nowhere), and tries again (see `lock`).
        let _ = fs::remove_file(&self.path);
    }
}

/// Why a lock could not be taken.
#[derive(Debug, Error)]
pub(crate) enum LockError {
    /// Another process holds it.
    #[error(
        "{path}: another wen-assess session is working on this file (lock {lock}); wait for it to finish, or work on a copy"
    )]
    Busy {
        /// The answer file.
        path: String,
        /// The lock file.
        lock: String,
    },
    /// The lock file could not be created.
    #[error("{path}: cannot create the lock file {lock}: {reason}")]
    Io {
        /// The answer file.
        path: String,
        /// The lock file.
        lock: String,
        /// The OS message.
        reason: String,
    },
    /// The file to lock cannot be one (a folder, a FIFO, a device).
    #[error(transparent)]
    Read(#[from] ReadError),
}

/// The sidecar lock path for a file: `.NAME.lock` in the real file's folder.
pub(crate) fn lock_path(path: &Path) -> PathBuf {
    let real = real_path(path);
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    folder_of(&real).join(format!(".{}.lock", short_name(&name)))
}

/// Checks that `path` is a regular file, or names none yet, before anything
/// (a lock, a sidecar file) is made beside it.
pub(crate) fn check_lockable(path: &Path) -> Result<(), ReadError> {
    let shown = path.display().to_string();
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(ReadError::Directory { path: shown }),
        Ok(meta) => match special_kind(&meta) {
            Some(kind) => Err(ReadError::Special { path: shown, kind }),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Takes the advisory lock for `path` without waiting. A folder, a FIFO or a
/// device is refused before any lock file is made.
pub(crate) fn lock(path: &Path) -> Result<Lock, LockError> {
    check_lockable(path)?;
    let lock = lock_path(path);
    let shown = |p: &Path| p.display().to_string();
    let io_error = |e: io::Error| LockError::Io {
        path: shown(path),
        lock: shown(&lock),
        reason: if e.kind() == io::ErrorKind::NotFound {
            format!("the folder {} does not exist", shown(&folder_of(&lock)))
        } else {
            describe_io(&e)
        },
    };
    // A holder that lets go removes the sidecar: a file opened just before
    // that is no longer the lock, so check the name still leads to it.
    for _ in 0..8 {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock)
            .map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(LockError::Busy {
                    path: shown(path),
                    lock: shown(&lock),
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_error(e)),
        }
        if same_file(&file, &lock) {
            return Ok(Lock {
                _file: file,
                path: lock,
            });
        }
    }
    Err(LockError::Busy {
        path: shown(path),
        lock: shown(&lock),
    })
}

/// True when `path` names the open file `file`.
fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// Everything a command reads, by file identity, so that no output replaces
/// one of them however it was named: a file, the files a folder contributes
/// (given with or without a trailing slash), the files of a `--guidelines`
/// folder, a link to any of these.
#[derive(Debug, Default, Clone)]
pub(crate) struct Inputs {
    files: Vec<(PathBuf, FileId)>,
}

impl Inputs {
    /// Adds a file, or the files of a folder whose names end in one of
    /// `extensions` (the files the command reads from it).
    pub(crate) fn add(&mut self, path: &Path, extensions: &[&str]) {
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            for file in files_in(path, extensions).unwrap_or_default() {
                self.add_file(&file);
            }
        } else {
            self.add_file(path);
        }
    }

    /// Adds one file (nothing when it does not exist: it cannot be replaced).
    pub(crate) fn add_file(&mut self, path: &Path) {
        if let Some(id) = file_id(path) {
            self.files.push((path.to_path_buf(), id));
        }
    }

    /// The input that `path` names, as it was given, if any.
    fn input_at(&self, path: &Path) -> Option<&Path> {
        let id = file_id(path)?;
        self.files
            .iter()
            .find(|(_, i)| *i == id)
            .map(|(p, _)| p.as_path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_bad_byte() {
        assert_eq!(
            text_from_bytes(b"ab\ncd\xffe".to_vec()),
            Err(Pos::new(2, 3))
        );
        assert_eq!(text_from_bytes(b"x\0".to_vec()), Err(Pos::new(1, 2)));
        assert_eq!(text_from_bytes("é\n".as_bytes().to_vec()).unwrap(), "é\n");
    }

    #[test]
    fn atomic_writes_follow_links_and_keep_the_mode() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.yaml");
        fs::write(&target, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink("real.yaml", &link).unwrap();
            write_atomic(&link, b"new").unwrap();
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(fs::read_to_string(&target).unwrap(), "new");
            let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert!(names.len() <= 2, "a temporary file was left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_mode_of_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let ours = dir.path().join("ours.md");
        let theirs = dir.path().join("theirs.md");
        write_atomic(&ours, b"x").unwrap();
        fs::write(&theirs, b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&ours), mode(&theirs));
    }

    #[test]
    fn a_second_lock_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let first = lock(&path).unwrap();
        let err = lock(&path).unwrap_err();
        assert!(matches!(err, LockError::Busy { .. }), "{err}");
        drop(first);
        lock(&path).unwrap();
    }
}
