using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// The package end to end: packs Dockerfile.Analyzers into a folder, makes a console project that references it from
/// there (its own NuGet.config and package cache, so nothing stale is used), puts the python-pipenv sample beside it
/// (<c>COPY . .</c> before <c>pipenv install</c>, and a Pipfile), and runs real <c>dotnet build</c>s.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class PackageBuildTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    // The assemblies every host of an analyzer provides: the compiler's own and its dependencies.
    private static readonly string[] HostAssemblies =
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "System.Collections.Immutable", "System.Memory", "System.Buffers",
        "System.Numerics.Vectors", "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions",
        "System.Reflection.Metadata", "System.Text.Encoding.CodePages",
    };

    private string _root = string.Empty;
    private string _packages = string.Empty;
    private string _project = string.Empty;
    private Dictionary<string, string> _environment = new();
    private string _version = string.Empty;

    [OneTimeSetUp]
    public void Pack()
    {
        _root = Path.Combine(Path.GetTempPath(), "dfa-analyzers-e2e-" + Guid.NewGuid().ToString("N"));
        _packages = Path.Combine(_root, "packages");
        _project = Path.Combine(_root, "app");
        Directory.CreateDirectory(_packages);
        Directory.CreateDirectory(_project);
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-cache") };
        _version = "0.0.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        // The analyzer and the libraries were built with this test project: pack those builds (--no-build), so that
        // this test does not build the libraries again beside other tests that do.
        var pack = ProcessRunner.Run("dotnet", Samples.RepositoryRoot, _environment, "pack", "src/Dockerfile.Analyzers", "--no-build", "-c", Configuration, "-o", _packages, "-p:Version=" + _version, "-p:BuildProjectReferences=false", "--nologo");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);

        File.WriteAllText(Path.Combine(_root, "NuGet.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"dockerfile-analyzers-test\" value=\"" + _packages + "\" />\n  </packageSources>\n</configuration>\n");
        File.WriteAllText(Path.Combine(_project, "app.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <ErrorLog>$(MSBuildProjectDirectory)/build.sarif,version=2.1</ErrorLog>\n  </PropertyGroup>\n" +
            "  <ItemGroup>\n    <PackageReference Include=\"Dockerfile.Analyzers\" Version=\"" + _version + "\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        foreach (string name in new[] { "Dockerfile", "Pipfile", "Pipfile.lock", "app.py" })
        {
            File.Copy(Path.Combine(Samples.RepositoryRoot, "samples", "python-pipenv", name), Path.Combine(_project, name));
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

    /// <summary>A build without the compiler server or MSBuild nodes, so that no process outlives it; always compiles.</summary>
    private (int ExitCode, string Output) Build(params string[] properties) =>
        ProcessRunner.Run("dotnet", _project, _environment, new[] { "build", "--no-incremental", "--disable-build-servers", "-p:UseSharedCompilation=false", "--nologo" }.Concat(properties).ToArray());

    private string DockerfilePath => Path.Combine(_project, "Dockerfile");

    [Test, Order(1)]
    public void The_package_carries_the_analyzer_and_what_it_needs_and_nothing_the_host_provides()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_packages, $"Dockerfile.Analyzers.{_version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).Where(e => !e.StartsWith("package/", StringComparison.Ordinal) && !e.StartsWith("_rels/", StringComparison.Ordinal) && e != "[Content_Types].xml").OrderBy(e => e, StringComparer.Ordinal).ToList();
        var assemblies = new[] { "Dockerfile.Analysis.dll", "Dockerfile.Analyzers.dll", "Dockerfile.Syntax.dll", "YamlDotNet.dll" };
        var expected = new[] { "Dockerfile.Analyzers.nuspec", "README.md" }
            .Concat(assemblies.Select(a => "analyzers/dotnet/cs/" + a))
            .Concat(assemblies.Select(a => "analyzers/dotnet/vb/" + a))
            .Concat(new[] { "build/Dockerfile.Analyzers.props", "build/Dockerfile.Analyzers.targets", "buildTransitive/Dockerfile.Analyzers.props", "buildTransitive/Dockerfile.Analyzers.targets" })
            .OrderBy(e => e, StringComparer.Ordinal);
        Assert.That(entries, Is.EqualTo(expected));

        string nuspec = new StreamReader(zip.GetEntry("Dockerfile.Analyzers.nuspec")!.Open()).ReadToEnd();
        Assert.That(nuspec, Does.Contain("<developmentDependency>true</developmentDependency>"));
        Assert.That(nuspec, Does.Not.Contain("<dependency "), "the package brings no dependencies into the project");

        // Every assembly a packed assembly references is packed too, or provided by the compiler that loads it.
        var packedNames = assemblies.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        foreach (string assembly in assemblies)
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry("analyzers/dotnet/cs/" + assembly)!.Open())
            {
                entry.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                string name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                Assert.That(packedNames.Contains(name!) || HostAssemblies.Contains(name), Is.True, $"{assembly} references {name}, which is neither packed nor provided by the compiler");
            }
        }
    }

    [Test, Order(2)]
    public void Dotnet_build_reports_DF2001_at_the_install_line_and_in_the_SARIF_log()
    {
        var build = Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        Assert.That(build.Output, Does.Contain(DockerfilePath + "(8,1): warning DF2001: `pipenv install --deploy --system` runs after `COPY . .`"), build.Output);
        Assert.That(build.Output, Does.Contain("(https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/DF2001.md)"));

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_project, "build.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DF2001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.EndWith("/app/Dockerfile"));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(8));
        Assert.That(location.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(1));
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "DF2001");
        Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo("https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/DF2001.md"));
    }

    [Test, Order(3)]
    public void WarningsAsErrors_fails_the_build()
    {
        var build = Build("-p:WarningsAsErrors=DF2001");

        Assert.That(build.ExitCode, Is.Not.EqualTo(0), build.Output);
        Assert.That(build.Output, Does.Contain(DockerfilePath + "(8,1): error DF2001: "), build.Output);
    }

    [Test, Order(4)]
    public void An_editorconfig_Dockerfile_section_with_severity_none_silences_it()
    {
        string editorConfig = Path.Combine(_project, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n");
        try
        {
            var build = Build();

            Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
            Assert.That(build.Output, Does.Not.Contain("DF2001"), build.Output);
        }
        finally
        {
            File.Delete(editorConfig);
        }
    }

    [Test, Order(5)]
    public void EnableDockerfileAnalysis_false_turns_it_off()
    {
        // The compiler's per-analyzer report (ReportAnalyzer, detailed verbosity) shows the analyzer is not even loaded.
        var on = Build("-p:ReportAnalyzer=true", "-v:d");
        Assert.That(on.Output, Does.Contain("Dockerfile.Analyzers.DockerfileDiagnosticAnalyzer"), "the report names the analyzer when it runs");

        var off = Build("-p:EnableDockerfileAnalysis=false", "-p:ReportAnalyzer=true", "-v:d");

        Assert.That(off.ExitCode, Is.EqualTo(0), off.Output);
        Assert.That(off.Output, Does.Not.Contain("DF2001"));
        Assert.That(off.Output, Does.Not.Contain("Dockerfile.Analyzers.DockerfileDiagnosticAnalyzer"), "the analyzer is not loaded");
    }
}
