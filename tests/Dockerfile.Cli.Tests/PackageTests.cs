using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>Packs the three packages, installs <c>dfa</c> from them as a tool (as README.md's Install section does, with <c>--source</c>) and runs it.</summary>
[Category("Slow")]
public class PackageTests
{
    [Test]
    public void Packed_tool_installs_and_lints()
    {
        string packages = CliRunner.CreateTempFolder();
        string tools = CliRunner.CreateTempFolder();
        string cache = CliRunner.CreateTempFolder();
        try
        {
            // A version of its own, so no package cache can hold an older build under the same number.
            string version = "0.0.0-test" + System.DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            foreach (string project in new[] { "src/Dockerfile.Syntax", "src/Dockerfile.Analysis", "src/Dockerfile.Cli" })
            {
                var pack = CliRunner.RunProcess("dotnet", CliRunner.RepositoryRoot, null, null, "pack", project, "-c", "Release", "-o", packages, "-p:Version=" + version, "--nologo");
                Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output + pack.Error);
            }

            var names = Directory.GetFiles(packages, "*.nupkg").Select(f => Path.GetFileName(f)!).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
            Assert.That(names, Is.EqualTo(new[] { $"Dockerfile.Analysis.{version}.nupkg", $"Dockerfile.Syntax.{version}.nupkg", $"dfa.{version}.nupkg" }));
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

            string dfa = Path.Combine(tools, System.OperatingSystem.IsWindows() ? "dfa.exe" : "dfa");
            var lint = CliRunner.RunProcess(dfa, CliRunner.RepositoryRoot, null, null, "lint", "--format", "github", CliRunner.Fixtures + "/node-npm");
            Assert.That(lint.ExitCode, Is.EqualTo(1), lint.Error);
            Assert.That(lint.Output, Does.StartWith($"::warning file={CliRunner.Fixtures}/node-npm/Dockerfile,line=4,"));

            var explain = CliRunner.RunProcess(dfa, tools, null, null, "explain", "DF2001");
            Assert.That(explain.ExitCode, Is.EqualTo(0), explain.Error);
            Assert.That(explain.Output, Does.StartWith("# DF2001:"));
        }
        finally
        {
            foreach (string folder in new[] { packages, tools, cache })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
