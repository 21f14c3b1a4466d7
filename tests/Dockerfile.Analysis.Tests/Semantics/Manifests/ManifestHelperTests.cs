using System.Collections.Generic;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

/// <summary>The helpers the manifest readers share: paths, globs, JSON, and the context view honouring .dockerignore.</summary>
public class ManifestHelperTests
{
    [TestCase("", "requirements.txt", "requirements.txt")]
    [TestCase("requirements", "base.txt", "requirements/base.txt")]
    [TestCase("requirements", "../constraints.txt", "constraints.txt")]
    [TestCase("a/b", "./../c/./d", "a/c/d")]
    [TestCase("", ".", "")]
    [TestCase("", "../x", null)]
    [TestCase("a", "../../x", null)]
    [TestCase("", "/etc/x", null)]
    [TestCase("", "$REQS", null)]
    [TestCase("", "${DIR}/x", null)]
    [TestCase("", "~/x", null)]
    public void Resolve(string directory, string reference, string? expected) =>
        Assert.That(ManifestPaths.Resolve(directory, reference), Is.EqualTo(expected));

    [TestCase("packages/*/package.json", "packages/a/package.json", true)]
    [TestCase("packages/*/package.json", "packages/a/b/package.json", false)]
    [TestCase("packages/**/package.json", "packages/package.json", true)]
    [TestCase("packages/**/package.json", "packages/a/b/package.json", true)]
    [TestCase("**", "a/b/c", true)]
    [TestCase("apps/[a-c]*", "apps/admin", true)]
    [TestCase("apps/[a-c]*", "apps/web", false)]
    public void GlobMatch(string pattern, string path, bool expected) =>
        Assert.That(ManifestPaths.GlobMatch(pattern, path), Is.EqualTo(expected));

    [Test]
    public void Json_reads_objects_arrays_and_scalars()
    {
        Assert.That(ManifestJson.TryParse("{\"a\": [1, \"x\\u0041\", true, null, {\"b\": {}}], \"c\": -1.5e2}", out object? value), Is.True);
        Assert.That(ManifestJson.Strings(ManifestJson.Get(value, "a")), Is.EqualTo(new[] { "xA" }));
        Assert.That(ManifestJson.Get(value, "c"), Is.EqualTo(-150.0));
        Assert.That(ManifestJson.TryParse("[]", out object? empty) && empty is List<object?> { Count: 0 }, Is.True);
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("{\"a\": 1,}")]
    [TestCase("[1 2]")]
    [TestCase("{\"a\" 1}")]
    [TestCase("{} {}")]
    [TestCase("\"unterminated")]
    public void Json_rejects_malformed_text(string text) => Assert.That(ManifestJson.TryParse(text, out _), Is.False);

    [Test]
    public void Json_refuses_deep_nesting_without_recursing()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);
        Assert.That(ManifestJson.TryParse(deep, out _), Is.False);
        string ok = new string('[', ManifestJson.MaxDepth) + new string(']', ManifestJson.MaxDepth);
        Assert.That(ManifestJson.TryParse(ok, out _), Is.True);
    }

    [Test]
    public void Yaml_refuses_deep_flow_nesting() =>
        Assert.That(ManifestYaml.Load("packages: " + new string('[', 10_000)), Is.Null);

    [Test]
    public void Context_view_hides_ignored_files()
    {
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            ["package.json"] = "{}",
            ["packages/a/package.json"] = "{}",
            ["packages/b/package.json"] = "{}",
            ["secret/.npmrc"] = "token",
        }, DockerIgnoreFile.Parse("packages/b\nsecret\n", ".dockerignore"));
        var files = new BuildContextManifestFiles(context);
        Assert.That(files.FileExists("package.json"), Is.True);
        Assert.That(files.FileExists("packages"), Is.False);
        Assert.That(files.DirectoryExists("packages"), Is.True);
        Assert.That(files.DirectoryExists(""), Is.True);
        Assert.That(files.DirectoryExists("secret"), Is.False);
        Assert.That(files.ReadText("secret/.npmrc"), Is.Null);
        Assert.That(files.Match("packages/*/package.json"), Is.EqualTo(new[] { "packages/a/package.json" }));
        Assert.That(files.Match("packages/[/x"), Is.Empty, "a malformed pattern matches nothing");
    }

    [Test]
    public void InstallInputs_are_normalized()
    {
        var inputs = InstallInputs.Known(new[] { "./b.txt", "a.txt", "b.txt", ".yarn/releases/", ".yarn/releases/yarn.cjs" });
        Assert.That(inputs.Paths, Is.EqualTo(new[] { ".yarn/releases/", "a.txt", "b.txt" }));
        Assert.That(inputs.IsKnown, Is.True);
        var unknown = inputs.Union(InstallInputs.Unknown("why"));
        Assert.That(unknown.IsKnown, Is.False);
        Assert.That(unknown.Reason, Is.EqualTo("why"));
    }
}
