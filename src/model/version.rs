//! Versions of guideline files: semantic versions, `MAJOR.MINOR.PATCH` with
//! an optional pre-release (`1.2.0-rc.1`, `1.1.0-rocaf.1`), read and ordered
//! as Semantic Versioning 2.0.0 orders them.
//!
//! Build metadata (`1.2.0+ke`) is refused: semver ignores it when ordering,
//! so two different files would carry versions that compare equal, and
//! answer files, which name the version they answered, could not tell them
//! apart. A dozen lines of our own do the ordering; a dependency would bring
//! more than a guideline file can use.

use std::cmp::Ordering;

/// A version as a guideline file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version<'a> {
    major: u64,
    minor: u64,
    patch: u64,
    /// Pre-release identifiers, empty for a release.
    pre: Vec<Identifier<'a>>,
}

/// One dot-separated part of a pre-release.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identifier<'a> {
    Numeric(u64),
    Alphanumeric(&'a str),
}

/// Why a text is not a version, in words for the author of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionError {
    /// Not three dot-separated numbers (with an optional `-pre-release`).
    Shape,
    /// A number written with a leading zero, such as `01`.
    LeadingZero(String),
    /// A `+build` suffix.
    BuildMetadata(String),
    /// An empty or malformed pre-release part, such as `1.0.0-` or `1.0.0-rc..1`.
    PreRelease(String),
    /// A number too large to compare.
    TooLarge(String),
}

impl std::fmt::Display for VersionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersionError::Shape => f.write_str(
                "must be MAJOR.MINOR.PATCH, e.g. 1.0.0, with an optional pre-release such as 1.0.0-rc.1",
            ),
            VersionError::LeadingZero(part) => {
                let digits = part.trim_start_matches('0');
                let fixed = if digits.is_empty() { "0" } else { digits };
                write!(
                    f,
                    "writes `{part}` with a leading zero, which semantic versioning does not allow; write {fixed}"
                )
            }
            VersionError::BuildMetadata(build) => write!(
                f,
                "has build metadata (`+{build}`), which semantic versioning ignores when it orders versions, so two different files would carry the same version; use a pre-release (`-{build}`) or a version of its own"
            ),
            VersionError::PreRelease(pre) => write!(
                f,
                "has the pre-release `{pre}`; a pre-release is dot-separated parts of letters, digits and `-`, none empty, e.g. rc.1"
            ),
            VersionError::TooLarge(part) => write!(f, "has the number {part}, too large to compare"),
        }
    }
}

fn number(part: &str) -> Result<u64, VersionError> {
    if part.is_empty() || !part.chars().all(|c| c.is_ascii_digit()) {
        return Err(VersionError::Shape);
    }
    if part.len() > 1 && part.starts_with('0') {
        return Err(VersionError::LeadingZero(part.to_string()));
    }
    part.parse()
        .map_err(|_| VersionError::TooLarge(part.to_string()))
}

impl<'a> Version<'a> {
    /// Reads a version.
    pub fn parse(text: &'a str) -> Result<Self, VersionError> {
        if let Some((_, build)) = text.split_once('+') {
            return Err(VersionError::BuildMetadata(build.to_string()));
        }
        let (core, pre) = match text.split_once('-') {
            Some((core, pre)) => (core, Some(pre)),
            None => (text, None),
        };
        let parts: Vec<&str> = core.split('.').collect();
        let [major, minor, patch] = parts[..] else {
            return Err(VersionError::Shape);
        };
        let mut version = Version {
            major: number(major)?,
            minor: number(minor)?,
            patch: number(patch)?,
            pre: Vec::new(),
        };
        if let Some(pre) = pre {
            for id in pre.split('.') {
                let ok =
                    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                if !ok {
                    return Err(VersionError::PreRelease(pre.to_string()));
                }
                version.pre.push(if id.chars().all(|c| c.is_ascii_digit()) {
                    Identifier::Numeric(number(id)?)
                } else {
                    Identifier::Alphanumeric(id)
                });
            }
        }
        Ok(version)
    }

    /// The major version: a change of it says the file breaks with the last.
    pub(crate) fn major(&self) -> u64 {
        self.major
    }

    /// True for a pre-release such as `1.2.0-rc.1`.
    pub(crate) fn is_pre_release(&self) -> bool {
        !self.pre.is_empty()
    }

    /// The next minor release, `1.3.0` after `1.2.4`, to suggest.
    pub(crate) fn next_minor(&self) -> String {
        format!("{}.{}.0", self.major, self.minor + 1)
    }
}

impl Ord for Identifier<'_> {
    /// Numbers compare as numbers and come before words, which compare as
    /// ASCII text (semver 2.0.0, item 11).
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Identifier::Numeric(a), Identifier::Numeric(b)) => a.cmp(b),
            (Identifier::Numeric(_), Identifier::Alphanumeric(_)) => Ordering::Less,
            (Identifier::Alphanumeric(_), Identifier::Numeric(_)) => Ordering::Greater,
            (Identifier::Alphanumeric(a), Identifier::Alphanumeric(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for Identifier<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version<'_> {
    /// MAJOR, MINOR, PATCH as numbers; then a pre-release comes before its
    /// release, and two pre-releases compare part by part, the shorter
    /// first when one begins the other.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self.pre.cmp(&other.pre),
            })
    }
}

impl PartialOrd for Version<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version<'_> {
        Version::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// The example of the semver 2.0.0 specification, item 11, and the
    /// versions networks give their variants.
    #[test]
    fn orders_as_semver_orders() {
        let ordered = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.1.0-rocaf.1",
            "1.1.0-rocaf.2",
            "1.1.0-rocaf.10",
            "1.1.0",
            "1.2.0-rc.1",
            "1.2.0",
            "1.10.0",
            "2.0.0",
        ];
        for pair in ordered.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
            assert!(v(pair[1]) > v(pair[0]), "{} > {}", pair[1], pair[0]);
        }
        assert_eq!(v("1.2.0-rc.1").cmp(&v("1.2.0-rc.1")), Ordering::Equal);
        assert!(v("1.2.0-rc.1").is_pre_release());
        assert!(!v("1.2.0").is_pre_release());
        assert_eq!(v("1.2.7").next_minor(), "1.3.0");
        assert_eq!(v("2.0.0-rc.1").major(), 2);
    }

    #[test]
    fn refuses_what_semver_refuses_and_says_why() {
        let error = |text: &str| Version::parse(text).unwrap_err().to_string();
        for shape in ["1.0", "1.0.0.0", "v1.0.0", "1.x.0", "", "1..0"] {
            assert_eq!(Version::parse(shape), Err(VersionError::Shape), "{shape:?}");
        }
        assert_eq!(
            error("01.2.0"),
            "writes `01` with a leading zero, which semantic versioning does not allow; write 1"
        );
        assert_eq!(
            error("1.2.0-rc.01"),
            "writes `01` with a leading zero, which semantic versioning does not allow; write 1"
        );
        assert_eq!(
            error("1.00.0"),
            "writes `00` with a leading zero, which semantic versioning does not allow; write 0"
        );
        assert_eq!(
            error("1.2.0+ke"),
            "has build metadata (`+ke`), which semantic versioning ignores when it orders versions, so two different files would carry the same version; use a pre-release (`-ke`) or a version of its own"
        );
        assert_eq!(
            error("1.2.0-rc..1"),
            "has the pre-release `rc..1`; a pre-release is dot-separated parts of letters, digits and `-`, none empty, e.g. rc.1"
        );
        assert_eq!(
            Version::parse("1.2.0-"),
            Err(VersionError::PreRelease(String::new()))
        );
        assert_eq!(
            error("99999999999999999999.0.0"),
            "has the number 99999999999999999999, too large to compare"
        );
        // A hyphen inside a pre-release part is allowed, and `0` alone is a number.
        assert!(v("1.2.0-ke-2.0") > v("1.2.0-ke-2"));
    }
}
