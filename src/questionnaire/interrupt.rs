//! Ctrl-C during a session: one handle, made by the binary, set by its
//! signal handler and checked by the prompters before and while they wait,
//! so the session ends between two prompts, everything confirmed saved,
//! and says in the user's language what it saved.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Shared between the signal handler and the prompters.
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicBool>);

impl Interrupt {
    /// A handle nobody has set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the session to end (the signal handler calls this).
    pub fn request(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// True once Ctrl-C was pressed.
    pub(crate) fn requested(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// Fails with an "interrupted" error once Ctrl-C was pressed.
    pub(crate) fn check(&self) -> io::Result<()> {
        if self.requested() {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"));
        }
        Ok(())
    }
}
