using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Packs the libraries and the tool (the <c>dfa</c> package, which points to the native <c>dfa.linux-x64</c> and the
/// framework-dependent <c>dfa.any</c>), installs <c>dfa</c> from the folder as README.md's Install section does (with <c>--source</c>) and runs it: on linux-x64
/// the native build is installed.
/// </summary>
[Category("Slow")]
public class PackageTests
{
    [Test]
    public void Packed_tool_installs_and_lints()
    {
        if (!(System.OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64))
        {
            Assert.Ignore("The tool packages are packed and installed on linux-x64 only (the native package is compiled for it).");
        }

        string packages = CliRunner.CreateTempFolder();
        string tools = CliRunner.CreateTempFolder();
        string cache = CliRunner.CreateTempFolder();
        try
        {
            string version = CliRunner.TestRunVersion;
            // The commands of docs/install.md: the libraries, then the tool's pointer package and one package per runtime.
            foreach (var (project, rid) in new[] { ("src/Dockerfile.Syntax", ""), ("src/Dockerfile.Analysis", ""), ("src/Dockerfile.Cli", ""), ("src/Dockerfile.Cli", "linux-x64"), ("src/Dockerfile.Cli", "any") })
            {
                var args = new List<string> { "pack", project, "-c", "Release", "-o", packages, "-p:Version=" + version, "--nologo" };
                if (rid.Length > 0)
                {
                    args.AddRange(new[] { "-r", rid });
                }

                var pack = CliRunner.RunProcess("dotnet", CliRunner.RepositoryRoot, null, null, args.ToArray());
                Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output + pack.Error);
                Assert.That(pack.Output.Split('\n').Where(l => l.Contains(" warning ", System.StringComparison.Ordinal)), Is.Empty, "no trim or AOT warnings");
            }

            var names = Directory.GetFiles(packages, "*.nupkg").Select(f => Path.GetFileName(f)!).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
            Assert.That(names, Is.EqualTo(new[] { $"Dockerfile.Analysis.{version}.nupkg", $"Dockerfile.Syntax.{version}.nupkg", $"dfa.{version}.nupkg", $"dfa.any.{version}.nupkg", $"dfa.linux-x64.{version}.nupkg" }));
            foreach (string name in names)
            {
                using var zip = ZipFile.OpenRead(Path.Combine(packages, name));
                var entries = zip.Entries.Select(e => e.FullName).ToList();
                Assert.That(entries, Does.Contain("README.md"), name);
                string nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open()).ReadToEnd();
                Assert.That(nuspec, Does.Contain("<license type=\"expression\">MIT</license>"), name);
                Assert.That(nuspec, Does.Contain("<readme>README.md</readme>"), name);
                if (!name.StartsWith("dfa.", System.StringComparison.Ordinal))
                {
                    Assert.That(entries.Where(e => e.EndsWith(".xml", System.StringComparison.Ordinal)), Is.Not.Empty, name + " has XML documentation");
                }
            }

            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache };
            var install = CliRunner.RunProcess("dotnet", packages, null, environment, "tool", "install", "--tool-path", tools, "--source", packages, "dfa", "--version", version);
            Assert.That(install.ExitCode, Is.EqualTo(0), install.Output + install.Error);

            string dfa = Path.Combine(tools, "dfa");
            AssertLintsAndExplains(dfa);

            // The native build: the command is an ELF executable (no launcher, no dfa.dll anywhere in the tool's folder).
            string installed = Directory.GetFiles(Path.Combine(tools, ".store"), "dfa", SearchOption.AllDirectories).Single(f => !Directory.Exists(f));
            Assert.That(installed, Does.Contain("linux-x64"));
            Assert.That(IsElf(installed), Is.True, installed + " is an ELF executable");
            Assert.That(Directory.GetFiles(tools, "dfa.dll", SearchOption.AllDirectories), Is.Empty, "the installed tool is native");

            // Every other platform falls back to dfa.any: the pointer package names both, and dfa.any is the
            // framework-dependent build. (Installing with --arch arm64 to see the fallback fails in SDK 10.0.401 on
            // Linux: "The runtime identifier linux-arm64 is invalid", so the packages are read instead.)
            using (var pointer = ZipFile.OpenRead(Path.Combine(packages, $"dfa.{version}.nupkg")))
            {
                string settings = new StreamReader(pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", System.StringComparison.Ordinal)).Open()).ReadToEnd();
                Assert.That(settings, Does.Contain("<RuntimeIdentifierPackage RuntimeIdentifier=\"linux-x64\" Id=\"dfa.linux-x64\" />"));
                Assert.That(settings, Does.Contain("<RuntimeIdentifierPackage RuntimeIdentifier=\"any\" Id=\"dfa.any\" />"));
                Assert.That(pointer.Entries.Select(e => e.FullName), Has.None.EndsWith("dfa.dll"), "the pointer package holds no implementation");
            }

            using (var any = ZipFile.OpenRead(Path.Combine(packages, $"dfa.any.{version}.nupkg")))
            {
                Assert.That(any.Entries.Select(e => e.FullName), Does.Contain("tools/net10.0/any/dfa.dll"));
            }
        }
        finally
        {
            foreach (string folder in new[] { packages, tools, cache })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void AssertLintsAndExplains(string dfa)
    {
        var lint = CliRunner.RunProcess(dfa, CliRunner.RepositoryRoot, null, null, "lint", "--format", "github", CliRunner.Fixtures + "/node-npm");
        Assert.That(lint.ExitCode, Is.EqualTo(1), lint.Error);
        Assert.That(lint.Output, Does.StartWith($"::warning file={CliRunner.Fixtures}/node-npm/Dockerfile,line=4,"));

        var explain = CliRunner.RunProcess(dfa, Path.GetTempPath(), null, null, "explain", "DF2001");
        Assert.That(explain.ExitCode, Is.EqualTo(0), explain.Error);
        Assert.That(explain.Output, Does.StartWith("# DF2001:"));
    }

    private static bool IsElf(string path)
    {
        var header = new byte[4];
        using var file = File.OpenRead(path);
        return file.Read(header, 0, 4) == 4 && header[0] == 0x7F && header[1] == (byte)'E' && header[2] == (byte)'L' && header[3] == (byte)'F';
    }
}
