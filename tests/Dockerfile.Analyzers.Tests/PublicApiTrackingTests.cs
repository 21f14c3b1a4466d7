using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// Public API tracking fails the build: copies Dockerfile.Syntax (its project, sources and PublicAPI files) with the
/// repository's build settings (Directory.Build.props, Directory.Packages.props, src/Library.props, src/PublicApi.props)
/// to a temporary folder, adds a public type that PublicAPI.Unshipped.txt does not list and a line for an API that does
/// not exist, and runs a real <c>dotnet build</c>. The copy gets its API tracking from the same files as the libraries,
/// so the test fails when tracking is switched off there.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class PublicApiTrackingTests
{
    private const string Library = "Dockerfile.Syntax";
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private string _root = string.Empty;

    [OneTimeTearDown]
    public void Delete()
    {
        if (_root.Length > 0 && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public void An_untracked_public_API_and_a_listed_API_that_is_gone_fail_the_build()
    {
        string? repository = FindRepositoryRoot();
        if (repository is null)
        {
            Assert.Ignore("The repository root (Dockerfile.Analysis.sln with src/" + Library + ") was not found above the test assembly; this test builds a copy of a library project and needs the sources.");
            return;
        }

        _root = Path.Combine(Path.GetTempPath(), "dfa-public-api-" + Guid.NewGuid().ToString("N"));
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config", "README.md", "src/Library.props", "src/PublicApi.props" })
        {
            Copy(Path.Combine(repository, file), Path.Combine(_root, file));
        }

        string project = Path.Combine(_root, "src", Library);
        CopyProject(Path.Combine(repository, "src", Library), project);
        Assert.That(File.Exists(Path.Combine(project, "PublicAPI.Unshipped.txt")), Is.True, "the library has a PublicAPI.Unshipped.txt");

        File.WriteAllText(Path.Combine(project, "ApiTrackingProbe.cs"),
            "namespace Dockerfile.Syntax;\n\n/// <summary>Added by the test, not listed in the PublicAPI files.</summary>\npublic static class ApiTrackingProbe\n{\n" +
            "    /// <summary>Gets one.</summary>\n    public static int Added => 1;\n}\n");
        File.AppendAllText(Path.Combine(project, "PublicAPI.Unshipped.txt"), "static Dockerfile.Syntax.DockerfileSyntaxTree.RemovedByTheTest() -> void\n");

        // One target framework is enough (the tracking is the same for both); no build servers, so nothing outlives it.
        var build = ProcessRunner.Run("dotnet", project, null, "build", "-f", "net10.0", "-c", Configuration, "--nologo", "--disable-build-servers", "-p:UseSharedCompilation=false", "-p:EnableSourceLink=false");

        Assert.That(build.ExitCode, Is.Not.EqualTo(0), "the build must fail:\n" + build.Output);
        Assert.That(build.Output, Does.Contain("error RS0016").And.Contain("ApiTrackingProbe"), build.Output);
        Assert.That(build.Output, Does.Contain("error RS0017").And.Contain("RemovedByTheTest"), build.Output);
    }

    /// <summary>The folder of Dockerfile.Analysis.sln above the test assembly that has the library's sources, or null.</summary>
    private static string? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dockerfile.Analysis.sln")) && File.Exists(Path.Combine(folder.FullName, "src", Library, Library + ".csproj")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static void CopyProject(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            string first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).First();
            if (first != "bin" && first != "obj")
            {
                Copy(file, Path.Combine(to, relative));
            }
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
