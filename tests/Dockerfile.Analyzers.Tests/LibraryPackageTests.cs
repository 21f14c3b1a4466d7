using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// Packs the three libraries as a release would (the builds the solution made, <c>--no-build</c>) and reads the
/// .nupkg files: target frameworks, dependencies, documentation, symbols, repository metadata, and nothing from the
/// tests or benchmarks inside.
/// </summary>
[NonParallelizable]
public class LibraryPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string[] Libraries = { "Dockerfile.Syntax", "Dockerfile.Analysis", "Dockerfile.Analysis.Testing" };

    private string _root = string.Empty;

    [OneTimeSetUp]
    public void Pack()
    {
        _root = Path.Combine(Path.GetTempPath(), "dfa-library-packages-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-cache") };
        foreach (string library in Libraries)
        {
            if (!File.Exists(Path.Combine(Samples.RepositoryRoot, "src", library, "bin", Configuration, "net10.0", library + ".dll")))
            {
                Assert.Fail($"{library} is not built in {Configuration}: build the solution first (dotnet build Dockerfile.Analysis.sln).");
            }

            // --no-restore: the solution's restore (a restore here would point the repository's obj/ at this test's folder).
            var pack = ProcessRunner.Run("dotnet", Samples.RepositoryRoot, environment, "pack", "src/" + library, "--no-build", "--no-restore", "-c", Configuration, "-o", _root, "-p:Version=0.0.0-test", "--nologo");
            Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);
        }
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (_root.Length > 0 && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [TestCase("Dockerfile.Syntax", new[] { "Microsoft.CodeAnalysis.Common" })]
    [TestCase("Dockerfile.Analysis", new[] { "Dockerfile.Syntax", "Microsoft.CodeAnalysis.Common", "YamlDotNet" })]
    [TestCase("Dockerfile.Analysis.Testing", new[] { "Dockerfile.Analysis", "Microsoft.CodeAnalysis.Common" })]
    public void A_library_package_has_both_frameworks_its_documentation_and_only_its_own_dependencies(string library, string[] dependencies)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_root, library + ".0.0.0-test.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        foreach (string framework in new[] { "netstandard2.0", "net10.0" })
        {
            Assert.That(entries, Does.Contain($"lib/{framework}/{library}.dll"));
            Assert.That(entries, Does.Contain($"lib/{framework}/{library}.xml"), "XML documentation for IntelliSense");
        }

        Assert.That(entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Distinct(), Is.EqualTo(new[] { library }), "only the library's own assembly");
        Assert.That(entries.Any(e => e.Contains("Tests", StringComparison.Ordinal) || e.Contains("Benchmarks", StringComparison.Ordinal) || e.Contains("Fuzz", StringComparison.Ordinal)), Is.False);
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(File.Exists(Path.Combine(_root, library + ".0.0.0-test.snupkg")), Is.True, "a symbol package");

        using var stream = zip.GetEntry(library + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Is.EqualTo("https://github.com/dockerfile-analysis/dockerfile-analysis"));
        Assert.That(metadata.Element(ns + "description")?.Value, Is.Not.Empty);
        Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"));

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        Assert.That(groups.Select(g => g.Attribute("targetFramework")!.Value), Is.EquivalentTo(new[] { ".NETStandard2.0", "net10.0" }));
        foreach (var group in groups)
        {
            var ids = group.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).Where(id => id != "System.Memory").OrderBy(id => id, StringComparer.Ordinal);
            Assert.That(ids, Is.EqualTo(dependencies.OrderBy(id => id, StringComparer.Ordinal)), group.Attribute("targetFramework")!.Value);
        }
    }
}
