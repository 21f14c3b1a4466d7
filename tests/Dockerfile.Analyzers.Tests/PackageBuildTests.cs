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
/// (<c>COPY . .</c> before <c>pipenv install</c>, and a Pipfile), and runs real <c>dotnet build</c>s. The last tests
/// pack a rule author's package (docs/analysis.md's ACME001 on <see cref="DockerfileDiagnosticAnalyzerBase"/>,
/// compiled with <c>DockerfileAnalyzerAuthoring</c>) and build a project that references it.
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

        // The analyzer and the libraries were built with this test project: pack those builds (--no-build, and
        // --no-restore: the solution's restore, not one into this test's package folder), so that this test does not
        // build the libraries again beside other tests that do.
        var pack = ProcessRunner.Run("dotnet", Samples.RepositoryRoot, null, "pack", "src/Dockerfile.Analyzers", "--no-build", "--no-restore", "-c", Configuration, "-o", _packages, "-p:Version=" + _version, "-p:BuildProjectReferences=false", "--nologo");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);

        // The machine's package folder serves the packages a project needs besides ours (the rule package's Roslyn), as
        // a read-only fallback: nothing is downloaded, and nothing of this test is extracted there.
        string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(_root, "NuGet.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"dockerfile-analyzers-test\" value=\"" + _packages + "\" />\n  </packageSources>\n" +
            "  <fallbackPackageFolders>\n    <add key=\"machine\" value=\"" + machinePackages + "\" />\n  </fallbackPackageFolders>\n</configuration>\n");
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
    private (int ExitCode, string Output) Build(params string[] properties) => BuildIn(_project, properties);

    private (int ExitCode, string Output) BuildIn(string project, params string[] properties) =>
        ProcessRunner.Run("dotnet", project, _environment, new[] { "build", "--no-incremental", "--disable-build-servers", "-p:UseSharedCompilation=false", "--nologo" }.Concat(properties).ToArray());

    private string ConsumerFolder => Path.Combine(_root, "consumer");

    private string DockerfilePath => Path.Combine(_project, "Dockerfile");

    /// <summary>The <c>/analyzer:</c> paths of the compiler's command line in a detailed build log.</summary>
    private static string[] CompilerAnalyzers(string output) =>
        System.Text.RegularExpressions.Regex.Matches(output, @"/analyzer:(""[^""]+""|\S+)").Select(m => m.Groups[1].Value.Trim('"')).ToArray();

    [Test, Order(1)]
    public void The_package_carries_the_analyzer_and_what_it_needs_and_nothing_the_host_provides()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_packages, $"Dockerfile.Analyzers.{_version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).Where(e => !e.StartsWith("package/", StringComparison.Ordinal) && !e.StartsWith("_rels/", StringComparison.Ordinal) && e != "[Content_Types].xml").OrderBy(e => e, StringComparer.Ordinal).ToList();
        var assemblies = new[] { "Dockerfile.Analysis.dll", "Dockerfile.Analyzers.dll", "Dockerfile.Syntax.dll", "YamlDotNet.dll" };
        bool readyToRun = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64"; // packed here with the ReadyToRun copies
        var expected = new[] { "Dockerfile.Analyzers.nuspec", "README.md" }
            .Concat(assemblies.Select(a => "analyzers/dotnet/cs/" + a))
            .Concat(assemblies.Select(a => "analyzers/dotnet/vb/" + a))
            .Concat(readyToRun ? assemblies.Select(a => "r2r/linux-x64/" + a) : Enumerable.Empty<string>())
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
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            // The .NET SDK's compiler on linux-x64 gets the ReadyToRun copies (see the targets), not the IL assemblies.
            Assert.That(CompilerAnalyzers(on.Output), Has.Some.EndsWith("/r2r/linux-x64/Dockerfile.Analysis.dll").And.None.EndsWith("/analyzers/dotnet/cs/Dockerfile.Analysis.dll"), "the compiler is given the ReadyToRun assemblies");
            var il = Build("-p:DockerfileAnalyzersReadyToRun=false", "-v:d");
            Assert.That(CompilerAnalyzers(il.Output), Has.Some.EndsWith("/analyzers/dotnet/cs/Dockerfile.Analysis.dll").And.None.EndsWith("/r2r/linux-x64/Dockerfile.Analysis.dll"), "DockerfileAnalyzersReadyToRun=false keeps the IL assemblies");
            Assert.That(il.Output, Does.Contain("warning DF2001"));
        }

        var off = Build("-p:EnableDockerfileAnalysis=false", "-p:ReportAnalyzer=true", "-v:d");

        Assert.That(off.ExitCode, Is.EqualTo(0), off.Output);
        Assert.That(off.Output, Does.Not.Contain("DF2001"));
        Assert.That(off.Output, Does.Not.Contain("Dockerfile.Analyzers.DockerfileDiagnosticAnalyzer"), "the analyzer is not loaded");
    }

    /// <summary>
    /// Packs the rule author's project once: the ACME001 analyzer of docs/analysis.md (the repository's file, which
    /// Dockerfile.Analysis.Tests verifies), a host on <see cref="DockerfileDiagnosticAnalyzerBase"/>, compiled with
    /// <c>DockerfileAnalyzerAuthoring</c> against the analyzer package; then makes a console project that references
    /// only the rule package (Dockerfile.Analyzers comes as its dependency), with the python-pipenv sample.
    /// </summary>
    private void EnsureRulePackage()
    {
        if (File.Exists(Path.Combine(_packages, "Acme.DockerfileRules.1.0.0.nupkg")))
        {
            return;
        }

        string author = Path.Combine(_root, "author");
        Directory.CreateDirectory(Path.Combine(author, "build"));
        File.WriteAllText(Path.Combine(author, "Acme.DockerfileRules.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>netstandard2.0</TargetFramework>\n    <LangVersion>latest</LangVersion>\n    <Nullable>enable</Nullable>\n" +
            "    <IsRoslynComponent>true</IsRoslynComponent>\n    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>\n    <DockerfileAnalyzerAuthoring>true</DockerfileAnalyzerAuthoring>\n" +
            "    <PackageId>Acme.DockerfileRules</PackageId>\n    <Version>1.0.0</Version>\n    <Authors>ACME</Authors>\n    <Description>ACME's Dockerfile rules.</Description>\n" +
            "    <IncludeBuildOutput>false</IncludeBuildOutput>\n    <DevelopmentDependency>true</DevelopmentDependency>\n    <NoWarn>$(NoWarn);NU5128</NoWarn>\n  </PropertyGroup>\n" +
            "  <ItemGroup>\n    <PackageReference Include=\"Microsoft.CodeAnalysis.Common\" Version=\"4.8.0\" PrivateAssets=\"all\" />\n" +
            "    <PackageReference Include=\"Dockerfile.Analyzers\" Version=\"" + _version + "\" PrivateAssets=\"none\" />\n" +
            "    <None Include=\"$(OutputPath)$(AssemblyName).dll\" Pack=\"true\" PackagePath=\"analyzers/dotnet/cs\" Visible=\"false\" />\n" +
            "    <None Include=\"build/Acme.DockerfileRules.props\" Pack=\"true\" PackagePath=\"build/\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(author, "build", "Acme.DockerfileRules.props"),
            "<Project>\n  <ItemGroup>\n    <DockerfileAnalyzerPackage Include=\"Acme.DockerfileRules\" />\n  </ItemGroup>\n</Project>\n");
        File.Copy(Path.Combine(Samples.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Testing", "InternalRegistryAnalyzer.cs"), Path.Combine(author, "InternalRegistryAnalyzer.cs"));
        File.WriteAllText(Path.Combine(author, "AcmeDockerfileAnalyzer.cs"),
            "using System.Collections.Immutable;\nusing Dockerfile.Analysis;\nusing Dockerfile.Analysis.Tests.Testing;\nusing Dockerfile.Analyzers;\nusing Microsoft.CodeAnalysis;\nusing Microsoft.CodeAnalysis.Diagnostics;\n\n" +
            "namespace Acme.DockerfileRules;\n\n[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]\npublic sealed class AcmeDockerfileAnalyzer : DockerfileDiagnosticAnalyzerBase\n{\n" +
            "    protected override ImmutableArray<DockerfileAnalyzer> CreateAnalyzers() =>\n        ImmutableArray.Create<DockerfileAnalyzer>(new InternalRegistryAnalyzer());\n}\n");

        var pack = ProcessRunner.Run("dotnet", author, _environment, "pack", "-c", "Release", "-o", _packages, "--disable-build-servers", "-p:UseSharedCompilation=false", "--nologo");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Output);

        string consumer = ConsumerFolder;
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "consumer.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n" +
            "  <ItemGroup>\n    <PackageReference Include=\"Acme.DockerfileRules\" Version=\"1.0.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        foreach (string name in new[] { "Dockerfile", "Pipfile", "Pipfile.lock", "app.py" })
        {
            File.Copy(Path.Combine(Samples.RepositoryRoot, "samples", "python-pipenv", name), Path.Combine(consumer, name));
        }
    }

    [Test, Order(6)]
    public void A_rule_package_carries_only_its_own_assembly_and_depends_on_the_analyzer_package()
    {
        EnsureRulePackage();
        using var zip = ZipFile.OpenRead(Path.Combine(_packages, "Acme.DockerfileRules.1.0.0.nupkg"));

        var assemblies = zip.Entries.Select(e => e.FullName).Where(e => e.EndsWith(".dll", StringComparison.Ordinal));
        Assert.That(assemblies, Is.EqualTo(new[] { "analyzers/dotnet/cs/Acme.DockerfileRules.dll" }), "no copies of our assemblies (each would be an analyzer reference of its own): the dependency brings them");
        string nuspec = new StreamReader(zip.GetEntry("Acme.DockerfileRules.nuspec")!.Open()).ReadToEnd();
        Assert.That(nuspec, Does.Contain("<dependency id=\"Dockerfile.Analyzers\" version=\"" + _version + "\" include=\"All\" />"), "a dependency that brings the analyzers and build targets too:\n" + nuspec);
    }

    [Test, Order(7)]
    public void A_rule_package_built_on_the_base_class_reports_ACME001_in_dotnet_build_beside_the_built_in_rules()
    {
        EnsureRulePackage();
        string dockerfile = Path.Combine(ConsumerFolder, "Dockerfile");

        var build = BuildIn(ConsumerFolder);

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        Assert.That(build.Output, Does.Contain(dockerfile + "(1,6): warning ACME001: `python:3.12-slim` is not pulled from registry.acme.test; use its mirror there"), build.Output);
        Assert.That(build.Output, Does.Contain(dockerfile + "(8,1): warning DF2001: "), "the built-in rules still run, once:\n" + build.Output);
        Assert.That(build.Output, Does.Not.Contain("CS8032").And.Not.Contain("CS8034").And.Not.Contain("AD0001"));
    }

    [Test, Order(8)]
    public void An_editorconfig_Dockerfile_section_silences_the_custom_rule()
    {
        EnsureRulePackage();
        string editorConfig = Path.Combine(ConsumerFolder, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[Dockerfile]\ndotnet_diagnostic.ACME001.severity = none\n");
        try
        {
            var build = BuildIn(ConsumerFolder);

            Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
            Assert.That(build.Output, Does.Not.Contain("ACME001"), build.Output);
            Assert.That(build.Output, Does.Contain("warning DF2001"), build.Output);
        }
        finally
        {
            File.Delete(editorConfig);
        }
    }

    [Test, Order(9)]
    public void Without_Dockerfiles_the_rule_package_is_not_loaded_either()
    {
        EnsureRulePackage();

        // Our analyzer is removed when nothing is analysed; the rule package's, which needs our assemblies, must go too
        // (its DockerfileAnalyzerPackage item), or the compiler warns that it cannot load it.
        var build = BuildIn(ConsumerFolder, "-p:EnableDefaultDockerfileAnalysisItems=false", "-p:TreatWarningsAsErrors=true", "-p:ReportAnalyzer=true", "-v:d");

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        Assert.That(build.Output, Does.Not.Contain("CS8032").And.Not.Contain("CS8034"));
        Assert.That(build.Output, Does.Not.Contain("Acme.DockerfileRules.AcmeDockerfileAnalyzer").And.Not.Contain("Dockerfile.Analyzers.DockerfileDiagnosticAnalyzer"), "neither analyzer is loaded");
    }
}
