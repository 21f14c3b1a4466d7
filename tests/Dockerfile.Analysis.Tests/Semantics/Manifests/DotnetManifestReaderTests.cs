using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class DotnetManifestReaderTests
{
    private const string Empty = "<Project Sdk=\"Microsoft.NET.Sdk\" />";

    [Test]
    public void The_one_project_of_a_folder_its_references_and_the_files_above_it()
    {
        var files = Of(
            ("nuget.config", "<configuration/>"),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../Lib/Lib.csproj;$(MSBuildThisFileDirectory)../Lib/Lib.csproj\" /></ItemGroup>" +
                "<Import Project=\"$(MSBuildExtensionsPath)/Microsoft.Common.props\" /><Import Project=\"optional.props\" Condition=\"Exists('optional.props')\" /></Project>"),
            ("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"..\\Api\\Api.csproj\" /></ItemGroup></Project>"),
            ("src/Lib/packages.lock.json", "{}"),
            ("src/Directory.Packages.props", "<Project />"),
            ("src/Api/Program.cs", "return;"));
        Assert.That(Describe(DotnetManifestReader.Read(files, "src/Api", null, null)), Is.EqualTo(Known(
            "nuget.config", "src/Api/Api.csproj", "src/Lib/Lib.csproj", "src/Lib/packages.lock.json", "src/Directory.Packages.props")));
    }

    [Test]
    public void Slnx_solution_and_config_file_option()
    {
        var files = Of(
            ("App.slnx", "<Solution><Folder Name=\"/src/\"><Project Path=\"src/A/A.csproj\" /><File Path=\"README.md\" /></Folder><Project Path=\"B.vbproj\" /></Solution>"),
            ("src/A/A.csproj", Empty),
            ("B.vbproj", Empty),
            ("ci/nuget.config", "<configuration/>"));
        Assert.That(Describe(DotnetManifestReader.Read(files, string.Empty, "App.slnx", "ci/nuget.config")), Is.EqualTo(Known("App.slnx", "src/A/A.csproj", "B.vbproj", "ci/nuget.config")));
    }

    [Test]
    public void A_folder_with_a_solution_and_its_same_named_project_restores_the_solution()
    {
        var files = Of(("App.sln", "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"App\", \"App.csproj\", \"{00000000-0000-0000-0000-000000000001}\"\nEndProject\n"), ("App.csproj", Empty));
        Assert.That(Describe(DotnetManifestReader.Read(files, string.Empty, null, null)), Is.EqualTo(Known("App.sln", "App.csproj")));
    }

    [TestCase("A.csproj", "B.csproj", "unknown: the build context's root holds several project or solution files, and `dotnet restore` is not told which")]
    [TestCase("docs/readme.md", "docs/more.md", "unknown: the build context's root holds no project or solution file")]
    public void Folders_without_one_project(string first, string second, string expected)
    {
        Assert.That(Describe(DotnetManifestReader.Read(Of((first, Empty), (second, Empty)), string.Empty, null, null)), Is.EqualTo(expected));
    }

    [TestCase("<Import Project=\"$(RepoRoot)/eng/Versions.props\" />", "unknown: App.csproj imports a file named through an MSBuild property (`$(RepoRoot)/eng/Versions.props`)")]
    [TestCase("<Import Project=\"eng/missing.props\" />", "unknown: App.csproj names eng/missing.props, which is not in the build context")]
    [TestCase("<ItemGroup><ProjectReference Include=\"../Other/Other.csproj\" /></ItemGroup>", "unknown: App.csproj names `../Other/Other.csproj`, which is outside the build context")]
    [TestCase("<ItemGroup><ProjectReference Include=\"libs/**/*.csproj\" /></ItemGroup>", "unknown: App.csproj names a project through an MSBuild property or a wildcard (`libs/**/*.csproj`)")]
    public void Unknown_projects(string body, string expected)
    {
        var files = Of(("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">" + body + "</Project>"));
        Assert.That(Describe(DotnetManifestReader.Read(files, string.Empty, "App.csproj", null)), Is.EqualTo(expected));
    }

    [Test]
    public void Directory_build_props_imports_are_followed_and_a_dtd_is_refused()
    {
        var files = Of(("App.csproj", Empty), ("Directory.Build.props", "<Project><Import Project=\"eng/Common.props\" /></Project>"), ("eng/Common.props", "<Project />"));
        Assert.That(Describe(DotnetManifestReader.Read(files, string.Empty, null, null)), Is.EqualTo(Known("App.csproj", "Directory.Build.props", "eng/Common.props")));

        files = Of(("App.csproj", "<!DOCTYPE Project [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Project>&e;</Project>"));
        Assert.That(Describe(DotnetManifestReader.Read(files, string.Empty, null, null)), Is.EqualTo("unknown: App.csproj is not well-formed XML"));
    }
}
