using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class CargoManifestReaderTests
{
    private const string Bin = "[package]\nname = \"p\"\nversion = \"0.1.0\"\n\n[[bin]]\nname = \"p\"\npath = \"src/main.rs\"\n";

    [Test]
    public void A_member_folder_finds_the_workspace_root_above()
    {
        var files = Of(
            ("Cargo.toml", "[workspace]\nmembers = [\"api\", \"libs/*\"]\n[patch.crates-io]\nfoo = { path = \"patched/foo\" }\n"),
            ("Cargo.lock", "version = 3"),
            ("api/Cargo.toml", Bin + "[dependencies]\nutil = { path = \"../libs/util\" }\n"),
            ("api/.cargo/config.toml", "[build]\n"),
            ("libs/util/Cargo.toml", "[package]\nname = \"util\"\n[lib]\npath = \"lib.rs\"\n"),
            ("libs/README.md", "no package here"),
            ("patched/foo/Cargo.toml", "[package]\nname = \"foo\"\n[lib]\npath = \"src/lib.rs\"\n"),
            ("rust-toolchain", "stable"));
        Assert.That(Describe(CargoManifestReader.Read(files, "api", null)), Is.EqualTo(Known(
            "Cargo.toml", "Cargo.lock", "api/Cargo.toml", "api/.cargo/config.toml", "libs/util/Cargo.toml", "patched/foo/Cargo.toml", "rust-toolchain")));
    }

    [TestCase("[package]\nname = \"p\"\n", "unknown: cargo fetch loads every package's targets, and Cargo.toml does not name each of them with an explicit `path`, so it needs source code such as src/main.rs or src/lib.rs to load")]
    [TestCase("[package]\nname = \"p\"\n[lib]\nproc-macro = true\n", "unknown: cargo fetch loads every package's targets, and Cargo.toml does not name each of them with an explicit `path`, so it needs source code such as src/main.rs or src/lib.rs to load")]
    [TestCase(Bin + "[[bench]]\nname = \"speed\"\n", "unknown: cargo fetch loads every package's targets, and Cargo.toml does not name each of them with an explicit `path`, so it needs source code such as src/main.rs or src/lib.rs to load")]
    [TestCase(Bin + "[dependencies.x]\npath = \"crates/x\"\n", "unknown: Cargo.toml names the package crates/x/, whose Cargo.toml is not in the build context")]
    [TestCase("[workspace]\nmembers = [\"../elsewhere\"]\n", "unknown: Cargo.toml has a workspace member outside the build context (`../elsewhere`)")]
    [TestCase("[package\nname = 'p'\n", "unknown: Cargo.toml is not TOML this reader understands")]
    public void Unknown_manifests(string manifest, string expected)
    {
        Assert.That(Describe(CargoManifestReader.Read(Of(("Cargo.toml", manifest), ("src/main.rs", "fn main() {}")), string.Empty, null)), Is.EqualTo(expected));
    }

    [Test]
    public void A_virtual_workspace_with_excluded_members_and_the_manifest_path_option()
    {
        var files = Of(
            ("rust/Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\nexclude = [\"crates/old\"]\n"),
            ("rust/crates/a/Cargo.toml", Bin),
            ("rust/crates/old/Cargo.toml", "[package]\nname = \"old\"\n"));
        Assert.That(Describe(CargoManifestReader.Read(files, string.Empty, "rust/Cargo.toml")), Is.EqualTo(Known("rust/Cargo.toml", "rust/crates/a/Cargo.toml")));
    }
}
