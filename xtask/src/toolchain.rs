//! Which Rust toolchain builds the wasm32 app, and the environment it needs.
//!
//! Two set-ups work (see `../shared/TOOLCHAIN.md` and ARCHITECTURE.md):
//! - **rustup with the wasm32 target** (a usual laptop): plain `cargo --target wasm32-...`;
//! - **Debian's `rustc-web`** (these machines, where `rustup target add` cannot download):
//!   `/usr/bin/cargo` building the standard library from Debian's `rust-web-src`
//!   (`-Z build-std`, allowed on stable by `RUSTC_BOOTSTRAP=1`) and linking with `rust-lld`.
//!
//! Every wasm32 command (Trunk, `cargo test --target wasm32`, clippy) is made here so that all
//! of them share one environment and one target directory (`target/web`): mixing environments
//! would make cargo rebuild the standard library each time.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::proc;

/// The wasm32 target triple.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Where Debian's standard-library source lives (package `rust-web-src`).
pub const DEBIAN_STD_SRC: &str = "/usr/lib/rustlib/src/rust/library";

/// The standard library's features for release builds: `optimize_for_size` (smaller sorting,
/// formatting and collection code in `core` and `alloc`). Setting them replaces cargo's
/// defaults, of which the player needs none (it aborts on panic, `panic_abort`).
pub const STD_SIZE_FEATURES: &str = "optimize_for_size";

/// The release size flags of [`WasmToolchain::size_tuned`].
pub const RELEASE_SIZE_FLAGS: [&str; 4] = [
    "-Zfmt-debug=none",
    "-Zlocation-detail=none",
    "-Zunstable-options",
    "-Cpanic=immediate-abort",
];

/// A toolchain that can build wasm32.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WasmToolchain {
    /// The `cargo` on `PATH` has a wasm32 standard library (rustup with the target added).
    Rustup,
    /// Debian's cargo and rustc in `/usr/bin`, with the standard library built from source.
    DebianBuildStd,
}

impl WasmToolchain {
    /// Finds a usable toolchain, preferring rustup's wasm32 target where it is installed.
    pub fn detect() -> Option<WasmToolchain> {
        if rustup_has_wasm_target() {
            Some(WasmToolchain::Rustup)
        } else if debian_toolchain_present() {
            Some(WasmToolchain::DebianBuildStd)
        } else {
            None
        }
    }

    /// The `cargo` of this toolchain.
    pub fn cargo_path(&self) -> PathBuf {
        match self {
            WasmToolchain::Rustup => PathBuf::from(cargo_on_path()),
            WasmToolchain::DebianBuildStd => PathBuf::from("/usr/bin/cargo"),
        }
    }

    /// `program` (found on the `PATH` this toolchain's commands get: `node_modules/.bin`,
    /// cargo's programs), ready to run in `root`.
    pub fn command(&self, program: &str, root: &Path) -> Command {
        let mut cmd = Command::new(program);
        self.configure(&mut cmd, root);
        cmd.current_dir(root);
        cmd
    }

    /// `cargo` of this toolchain, ready for a wasm32 command.
    pub fn cargo(&self, root: &Path) -> Command {
        let mut cmd = Command::new(self.cargo_path());
        self.configure(&mut cmd, root);
        cmd
    }

    /// `cargo clippy` of this toolchain, for a wasm32 check. Debian's `cargo-clippy` is called
    /// directly: `cargo clippy` would find rustup's proxy in `~/.cargo/bin` first.
    pub fn clippy(&self, root: &Path) -> Command {
        let mut cmd = match self {
            WasmToolchain::Rustup => {
                let mut cmd = Command::new(self.cargo_path());
                cmd.arg("clippy");
                cmd
            }
            WasmToolchain::DebianBuildStd => {
                let mut cmd = Command::new("/usr/bin/cargo-clippy");
                cmd.arg("clippy").env("CARGO", self.cargo_path());
                cmd
            }
        };
        self.configure(&mut cmd, root);
        cmd
    }

    /// Gives `cmd` (cargo, Trunk, or a runner they start) this toolchain's environment.
    pub fn configure(&self, cmd: &mut Command, root: &Path) {
        let mut front: Vec<PathBuf> = vec![root.join("node_modules/.bin"), cargo_bin_dir()];
        if *self == WasmToolchain::DebianBuildStd {
            // Trunk runs `cargo` from PATH: Debian's must come before rustup's proxies.
            front.push(PathBuf::from("/usr/bin"));
            cmd.env("RUSTC", "/usr/bin/rustc")
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env_remove("RUSTUP_TOOLCHAIN");
        }
        cmd.env("PATH", prepend_path(&front))
            .env("CARGO_TARGET_DIR", root.join("target/web"))
            .env("TRUNK_SKIP_VERSION_CHECK", "true");
    }

    /// Gives a release build of `cmd` (Trunk or cargo, for wasm32) the size-tuned flags this
    /// toolchain allows. Debian's build-std toolchain builds the standard library itself, so
    /// it can drop what a trainee never sees: `Debug` formatting (`-Zfmt-debug=none`; nothing
    /// the app shows or stores is formatted with `{:?}`), panic locations
    /// (`-Zlocation-detail=none`) and the panic machinery (`-Cpanic=immediate-abort`: a panic
    /// traps at once, as it already did with `panic = "abort"`, since the app installs no panic
    /// hook). Measured one at a time in ARCHITECTURE.md, "Size". Only the target's code gets
    /// them (build scripts and proc macros are host code), and only release builds: the test
    /// layers build as before. A rustup toolchain gets none (the flags need a nightly
    /// compiler).
    pub fn size_tuned(&self, cmd: &mut Command) {
        if *self == WasmToolchain::DebianBuildStd {
            cmd.env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                RELEASE_SIZE_FLAGS.join(" "),
            )
            .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", STD_SIZE_FEATURES);
        }
    }

    /// A short description for logs.
    pub fn describe(&self) -> &'static str {
        match self {
            WasmToolchain::Rustup => "rustup toolchain with the wasm32 target",
            WasmToolchain::DebianBuildStd => {
                "Debian rustc-web 1.96 building std for wasm32 (build-std)"
            }
        }
    }
}

/// The `cargo` that runs xtask (rustup's proxy, normally).
pub fn cargo_on_path() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Where `cargo install` puts programs.
pub fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// `PATH` with `front` put first.
pub fn prepend_path(front: &[PathBuf]) -> OsString {
    let rest = std::env::var_os("PATH").unwrap_or_default();
    let paths = front.iter().cloned().chain(std::env::split_paths(&rest));
    std::env::join_paths(paths).unwrap_or(rest)
}

fn rustup_has_wasm_target() -> bool {
    let Some(sysroot) = proc::output(Command::new("rustc").args(["--print", "sysroot"])) else {
        return false;
    };
    Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(WASM_TARGET)
        .join("lib")
        .is_dir()
}

/// Whether Debian's wasm-capable toolchain is fully installed.
pub fn debian_toolchain_present() -> bool {
    proc::is_executable(Path::new("/usr/bin/cargo"))
        && proc::is_executable(Path::new("/usr/bin/rustc"))
        && Path::new(DEBIAN_STD_SRC).is_dir()
        && (proc::which("rust-lld").is_some()
            || proc::is_executable(Path::new("/usr/bin/rust-lld")))
}
