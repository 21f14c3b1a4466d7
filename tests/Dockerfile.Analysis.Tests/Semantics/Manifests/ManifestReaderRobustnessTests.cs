using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

/// <summary>The Maven, Gradle, Bundler, .NET, Cargo and Composer readers on junk: they answer, never throw.</summary>
public class ManifestReaderRobustnessTests
{
    private static readonly string[] s_manifests =
    {
        "pom.xml", "settings.gradle", "build.gradle", "Gemfile", "x.gemspec", "App.csproj", "Cargo.toml", "composer.json",
    };

    private static IEnumerable<string> Junk()
    {
        var random = new Random(20261202);
        const string alphabet = "<>/=\"'[]{}(),.:;#$\\\n\r\t abcxyz_-*?&!%@`|~0123456789";
        for (int n = 0; n < 60; n++)
        {
            int length = random.Next(0, 400);
            yield return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        }

        yield return new string('[', 50000);
        yield return new string('{', 50000);
        yield return string.Concat(Enumerable.Repeat("<modules>", 20000));
        yield return "include " + string.Concat(Enumerable.Repeat("'a', ", 20000));
        yield return string.Concat(Enumerable.Repeat("gemspec path: '", 5000));
        yield return "\0\u0001\uFFFE\uD800";
    }

    [Test]
    public void Junk_manifests_give_an_answer()
    {
        foreach (string text in Junk())
        {
            var files = Of(s_manifests.Select(m => (m, text)).ToArray());
            Assert.DoesNotThrow(() =>
            {
                _ = MavenManifestReader.Read(files, string.Empty, null, true, None);
                _ = GradleManifestReader.Read(files, string.Empty, wrapper: true);
                _ = BundlerManifestReader.Read(files, string.Empty, null);
                _ = DotnetManifestReader.Read(files, string.Empty, "App.csproj", null);
                _ = CargoManifestReader.Read(files, string.Empty, null);
                _ = ComposerManifestReader.Read(files, string.Empty, null);
                _ = TomlReader.Read(text);
            }, text.Length > 60 ? text.Substring(0, 60) : text);
        }
    }

    [Test]
    public void Long_module_chains_stop_at_the_cap()
    {
        var files = new List<(string, string)>();
        for (int i = 0; i <= MavenManifestReader.MaxFiles + 5; i++)
        {
            files.Add((i == 0 ? "pom.xml" : $"m{i}/pom.xml", $"<project><modules><module>{(i == 0 ? "" : "../")}m{i + 1}</module></modules></project>"));
        }

        Assert.That(Describe(MavenManifestReader.Read(Of(files.ToArray()), string.Empty, null, false, None)),
            Is.EqualTo($"unknown: the project has more than {MavenManifestReader.MaxFiles} POM files"));
    }
}
