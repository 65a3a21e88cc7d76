//! Installs what building and testing CalmLine needs, skipping whatever is already there.
//!
//! Only the package registries are used (Debian, crates.io, npm): Trunk is given pinned
//! wasm-bindgen and wasm-opt and runs offline, so nothing is downloaded from anywhere else.
//! A repeated run only probes versions and takes a second or two.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::proc;
use crate::toolchain::{self, WasmToolchain};

/// The Trunk release the project is built with (Trunk.toml asks for `^0.22`).
pub const TRUNK_VERSION: &str = "0.22.1";

/// What a command needs installed.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    /// Chromium and chromedriver, for the browser test layers.
    pub browser: bool,
    /// `xmllint`, which validates the LMS packages' manifests.
    pub xmllint: bool,
}

impl Needs {
    /// Building and serving the app.
    pub const BUILD: Needs = Needs {
        browser: false,
        xmllint: false,
    };
    /// Building and checking the LMS packages.
    pub const PACKAGE: Needs = Needs {
        browser: false,
        xmllint: true,
    };
    /// Everything, for the whole test suite.
    pub const ALL: Needs = Needs {
        browser: true,
        xmllint: true,
    };
}

/// The tools found or installed.
#[derive(Debug, Clone)]
pub struct Tools {
    /// The toolchain that builds wasm32.
    pub wasm: WasmToolchain,
    /// The Trunk executable.
    pub trunk: PathBuf,
    /// wasm-bindgen's test runner (same version as the `wasm-bindgen` crate).
    pub wasm_bindgen_test_runner: PathBuf,
    /// Chromium, when the browser was needed.
    pub chromium: Option<PathBuf>,
    /// chromedriver, when the browser was needed.
    pub chromedriver: Option<PathBuf>,
}

/// Makes sure everything `needs` asks for is installed; installs the rest.
pub fn ensure(root: &Path, needs: Needs) -> Result<Tools> {
    install_debian_packages(&missing_debian_packages(needs))?;

    let wasm = WasmToolchain::detect().context(
        "no toolchain can build wasm32: run `rustup target add wasm32-unknown-unknown`, or on \
         Debian 12 `apt-get install rustc-web cargo-web rust-web-src lld-22`",
    )?;
    eprintln!("wasm32 toolchain: {}", wasm.describe());

    npm_ci(root)?;
    let wasm_bindgen_version = locked_version(root, "wasm-bindgen")?;
    let wasm_bindgen_test_runner = ensure_wasm_bindgen(&wasm_bindgen_version)?;
    let trunk = ensure_trunk(&wasm)?;

    let (chromium, chromedriver) = if needs.browser {
        (
            Some(find_program(CHROMIUM).context("chromium is not installed")?),
            Some(find_program(CHROMEDRIVER).context("chromedriver is not installed")?),
        )
    } else {
        (None, None)
    };
    Ok(Tools {
        wasm,
        trunk,
        wasm_bindgen_test_runner,
        chromium,
        chromedriver,
    })
}

const CHROMIUM: &[&str] = &["chromium", "chromium-browser", "google-chrome"];
const CHROMEDRIVER: &[&str] = &["chromedriver"];

fn find_program(names: &[&str]) -> Option<PathBuf> {
    names.iter().find_map(|name| proc::which(name))
}

/// Installs `xmllint` alone when it is missing: the native layer needs it (the studio's XLIFF
/// against the OASIS schema, `crates/studio/tests/xliff.rs`) and nothing else of [`ensure`].
pub fn ensure_xmllint() -> Result<()> {
    if proc::which("xmllint").is_none() {
        install_debian_packages(&["libxml2-utils"])?;
    }
    Ok(())
}

/// The Debian packages to install: those of the first missing piece of each kind.
fn missing_debian_packages(needs: Needs) -> Vec<&'static str> {
    let mut packages = Vec::new();
    let has_wasm = WasmToolchain::detect();
    match has_wasm {
        None => packages.extend([
            "rustc-web",
            "cargo-web",
            "rust-web-src",
            "lld-22",
            "rust-web-clippy",
        ]),
        Some(WasmToolchain::DebianBuildStd) if !Path::new("/usr/bin/clippy-driver").exists() => {
            packages.push("rust-web-clippy")
        }
        Some(_) => {}
    }
    if proc::which("node").is_none() || proc::which("npm").is_none() {
        packages.extend(["nodejs", "npm"]);
    }
    if needs.xmllint && proc::which("xmllint").is_none() {
        packages.push("libxml2-utils");
    }
    if needs.browser {
        if find_program(CHROMIUM).is_none() {
            packages.push("chromium");
        }
        if find_program(CHROMEDRIVER).is_none() {
            packages.push("chromium-driver");
        }
    }
    packages
}

fn install_debian_packages(packages: &[&str]) -> Result<()> {
    if packages.is_empty() {
        return Ok(());
    }
    let list = packages.join(" ");
    if proc::which("apt-get").is_none() {
        bail!(
            "missing system packages ({list}) and no apt-get to install them: install them by hand"
        );
    }
    let is_root = proc::output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    let sudo = if is_root {
        None
    } else if proc::which("sudo").is_some() {
        Some("sudo")
    } else {
        bail!("missing system packages; run as root: apt-get install -y {list}");
    };
    let apt = |args: &[&str]| {
        let mut cmd = match sudo {
            Some(sudo) => {
                let mut cmd = Command::new(sudo);
                cmd.arg("apt-get");
                cmd
            }
            None => Command::new("apt-get"),
        };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    eprintln!("installing Debian packages: {list}");
    proc::run(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq"]);
    install.args(packages);
    proc::run(&mut install)
}

/// `npm ci` when `node_modules` does not match `package-lock.json` (a copy of the lock file
/// kept in `node_modules` records what was installed).
fn npm_ci(root: &Path) -> Result<()> {
    let lock =
        std::fs::read(root.join("package-lock.json")).context("reading package-lock.json")?;
    let stamp = root.join("node_modules/.calmline-installed-lock.json");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    eprintln!("installing npm packages from package-lock.json");
    proc::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(root),
    )?;
    std::fs::write(&stamp, lock).context("recording the installed lock file")?;
    Ok(())
}

/// The version of `package` in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    version_in_lock(&lock, package)
        .with_context(|| format!("Cargo.lock has no package `{package}`"))
}

fn version_in_lock(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?;
            return Some(version.trim_end_matches('"').to_owned());
        }
    }
    None
}

/// wasm-bindgen-cli of exactly the version in Cargo.lock (the CLI refuses any other).
fn ensure_wasm_bindgen(version: &str) -> Result<PathBuf> {
    let bin = toolchain::cargo_bin_dir();
    let cli = bin.join("wasm-bindgen");
    let installed = proc::output(Command::new(&cli).arg("--version"));
    if installed.as_deref().map(str::trim) != Some(&format!("wasm-bindgen {version}")) {
        eprintln!("installing wasm-bindgen-cli {version} (about 8 minutes, once per machine)");
        // Not `--locked`: its lock file names versions newer than some registry mirrors hold.
        proc::run(Command::new(toolchain::cargo_on_path()).args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            version,
        ]))?;
    }
    Ok(bin.join("wasm-bindgen-test-runner"))
}

/// Trunk of the pinned version, built with the newest compiler at hand.
fn ensure_trunk(wasm: &WasmToolchain) -> Result<PathBuf> {
    let trunk = toolchain::cargo_bin_dir().join("trunk");
    let installed = proc::output(Command::new(&trunk).arg("--version"));
    if installed.as_deref().map(str::trim) == Some(&format!("trunk {TRUNK_VERSION}")) {
        return Ok(trunk);
    }
    eprintln!("installing Trunk {TRUNK_VERSION} (about 15 minutes on 2 cores, once per machine)");
    let mut cmd = Command::new(wasm.cargo_path());
    cmd.args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]);
    // Built lightly optimised, without LTO: about 27 CPU-minutes instead of most of an hour on a
    // fresh machine, and the same release (measured 2026-12-07: `cargo xtask dist` byte for byte
    // identical with either build; Trunk only drives the tools and copies files).
    cmd.env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "0");
    if *wasm == WasmToolchain::DebianBuildStd {
        // Trunk 0.22.1 declares rustc 1.96.1; Debian's 1.96.0 builds it fine.
        cmd.arg("--ignore-rust-version")
            .env(
                "PATH",
                toolchain::prepend_path(&[PathBuf::from("/usr/bin")]),
            )
            .env("RUSTC", "/usr/bin/rustc")
            .env_remove("RUSTUP_TOOLCHAIN");
    }
    proc::run(&mut cmd)?;
    Ok(trunk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_package_version_in_a_lock_file() {
        let lock = "\
[[package]]
name = \"wasm-bindgen\"
version = \"0.2.130\"
source = \"registry+https://github.com/rust-lang/crates.io-index\"

[[package]]
name = \"wasm-bindgen-backend\"
version = \"0.2.129\"
";
        assert_eq!(
            version_in_lock(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            version_in_lock(lock, "wasm-bindgen-backend").as_deref(),
            Some("0.2.129")
        );
        assert_eq!(version_in_lock(lock, "yew"), None);
    }
}
