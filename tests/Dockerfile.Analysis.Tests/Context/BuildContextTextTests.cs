using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dockerfile.Analysis.Context;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Context;

/// <summary>BuildContext.GetFileText: contents from disk (bounded, never following links) and from memory.</summary>
public class BuildContextTextTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "dfa-context-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "requirements"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void FromDirectory_reads_text_from_disk()
    {
        File.WriteAllText(Path.Combine(_root, "requirements", "base.txt"), "flask==3.0.3\n");
        File.WriteAllBytes(Path.Combine(_root, "bom.txt"), new byte[] { 0xEF, 0xBB, 0xBF, (byte)'x' });
        var context = BuildContext.FromDirectory(_root);
        Assert.That(context.GetFileText("requirements/base.txt"), Is.EqualTo("flask==3.0.3\n"));
        Assert.That(context.GetFileText("./requirements/base.txt"), Is.EqualTo("flask==3.0.3\n"));
        Assert.That(context.GetFileText("bom.txt"), Is.EqualTo("x"));
        Assert.That(context.GetFileText("missing.txt"), Is.Null);
        Assert.That(context.GetFileText("requirements"), Is.Null, "a folder has no text");
        Assert.That(context.GetFileText("../outside.txt"), Is.Null);
    }

    [Test]
    public void FromDirectory_leaves_large_and_binary_files_unread()
    {
        File.WriteAllBytes(Path.Combine(_root, "big.txt"), Encoding.ASCII.GetBytes(new string('a', BuildContext.MaxFileTextLength + 1)));
        File.WriteAllBytes(Path.Combine(_root, "bun.lockb"), new byte[] { 1, 0, 2 });
        File.WriteAllBytes(Path.Combine(_root, "limit.txt"), Encoding.ASCII.GetBytes(new string('a', BuildContext.MaxFileTextLength)));
        var context = BuildContext.FromDirectory(_root);
        Assert.That(context.GetFileText("big.txt"), Is.Null);
        Assert.That(context.GetFileText("bun.lockb"), Is.Null);
        Assert.That(context.GetFileText("limit.txt"), Has.Length.EqualTo(BuildContext.MaxFileTextLength));
    }

    [Test]
    public void FromDirectory_does_not_follow_symbolic_links()
    {
        string outside = Path.Combine(Path.GetTempPath(), "dfa-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(outside, "secret");
        try
        {
            try
            {
                File.CreateSymbolicLink(Path.Combine(_root, "link.txt"), outside);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                Assert.Ignore("symbolic links cannot be created here: " + e.Message);
            }

            var context = BuildContext.FromDirectory(_root);
            Assert.That(context.Files, Does.Contain("link.txt"));
            Assert.That(context.GetFileText("link.txt"), Is.Null);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public void FromFiles_with_contents_carries_text()
    {
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            ["package.json"] = "{}",
            ["./packages/a/package.json"] = "{\"name\":\"a\"}",
            ["empty/"] = "ignored",
            ["nul.bin"] = "a\0b",
        }, DockerIgnoreFile.Parse("packages/a\n", ".dockerignore"));
        Assert.That(context.Files, Is.EqualTo(new[] { "nul.bin", "package.json", "packages/a/package.json" }));
        Assert.That(context.GetFileText("package.json"), Is.EqualTo("{}"));
        Assert.That(context.GetFileText("packages/a/package.json"), Is.EqualTo("{\"name\":\"a\"}"), "ignored files keep their text; Exists tells them apart");
        Assert.That(context.Exists("packages/a/package.json"), Is.False);
        Assert.That(context.Exists("empty"), Is.True);
        Assert.That(context.GetFileText("nul.bin"), Is.Null);
    }

    [Test]
    public void FromFiles_with_names_only_has_no_text() =>
        Assert.That(BuildContext.FromFiles(new[] { "package.json" }).GetFileText("package.json"), Is.Null);
}
