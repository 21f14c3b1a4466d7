using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>
/// <see cref="BuildContextUsage"/> on in-memory contexts: counts and sizes after .dockerignore, which instructions use
/// each entry, secrets (and look-alikes that are not), and suggested .dockerignore lines that never hide a file an
/// instruction names.
/// </summary>
public class BuildContextUsageTests
{
    private static BuildContextUsage Analyze(string dockerfile, IReadOnlyDictionary<string, string> files, string? ignore = null)
    {
        var context = BuildContext.FromFiles(files, ignore is null ? null : DockerIgnoreFile.Parse(ignore, ".dockerignore"));
        var model = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText(dockerfile), new SemanticModelOptions { BuildContext = context });
        return BuildContextUsage.Analyze(model);
    }

    private static Dictionary<string, string> Files(params string[] paths) => paths.ToDictionary(p => p, p => "x");

    [Test]
    public void Counts_and_sizes_leave_out_ignored_files()
    {
        var files = new Dictionary<string, string> { ["Dockerfile"] = "FROM a\n", ["app.py"] = "print(1)\n", ["big.log"] = new string('x', 2048), [".dockerignore"] = "*.log\n" };
        var usage = Analyze("FROM a\nCOPY app.py /\n", files, "*.log\n");
        Assert.That((usage.FileCount, usage.Bytes), Is.EqualTo((3, 7 + 9 + 6)));
        Assert.That((usage.IgnoredFileCount, usage.IgnoredBytes), Is.EqualTo((1, 2048)));
        Assert.That(usage.LargestFiles.Select(f => f.Path), Is.EqualTo(new[] { "app.py", "Dockerfile", ".dockerignore" }));
        Assert.That(MessageText.Bytes(usage.IgnoredBytes), Is.EqualTo("2 KB"));
    }

    [Test]
    public void Entries_name_the_instructions_that_use_them()
    {
        const string Dockerfile = "FROM python:3.12\nCOPY requirements.txt .\nRUN --mount=type=bind,source=tools,target=/tools /tools/setup\nCOPY src/ /app/src/\nCOPY --from=busybox /bin/sh /sh\n";
        var usage = Analyze(Dockerfile, Files("Dockerfile", "requirements.txt", "src/a.py", "src/b.py", "tools/setup", "docs/index.md", "notes.txt"));
        var byName = usage.Entries.ToDictionary(e => e.Name);
        Assert.That(byName["requirements.txt"].UsedBy.Select(i => i.Kind), Is.EqualTo(new[] { SyntaxKind.CopyInstruction }));
        Assert.That(byName["tools"].UsedBy.Single().Kind, Is.EqualTo(SyntaxKind.RunInstruction));
        Assert.That((byName["src"].IsDirectory, byName["src"].FileCount), Is.EqualTo((true, 2)));
        Assert.That(byName["Dockerfile"].IsBuildFile, Is.True);
        Assert.That(usage.UnusedEntries.Select(e => e.Name), Is.EquivalentTo(new[] { "docs", "notes.txt" }));
        Assert.That(usage.SuggestedIgnoreLines, Is.EquivalentTo(new[] { "docs", "notes.txt" }));
    }

    [Test]
    public void Whole_context_copies_get_generated_folders_logs_and_secrets_suggested()
    {
        var files = Files("Dockerfile", "package.json", "index.js", ".git/HEAD", "node_modules/a/index.js", "packages/x/node_modules/b/index.js", "logs/app.log", ".DS_Store");
        files[".env"] = "TOKEN=abc\n";
        var usage = Analyze("FROM node:22\nCOPY . .\n", files);
        Assert.That(usage.UnusedEntries, Is.Empty);
        Assert.That(usage.Secrets.Select(s => (s.Path, s.CopiedByName)), Is.EqualTo(new[] { (".env", false) }));
        Assert.That(usage.SuggestedIgnoreLines, Is.EqualTo(new[] { ".git", "**/node_modules", "**/*.log", "**/.DS_Store", ".env" }));
    }

    [Test]
    public void Suggestions_never_hide_a_file_an_instruction_names()
    {
        var files = Files("Dockerfile", "node_modules/a/index.js", "dist/app.js", "notes.txt");
        files[".env"] = "TOKEN=abc\n";
        const string Dockerfile = "FROM node:22\nCOPY node_modules/a/index.js /a.js\nCOPY .env /app/.env\nCOPY dist/*.js /app/\n";
        var usage = Analyze(Dockerfile, files);
        Assert.That(usage.Secrets.Single().CopiedByName, Is.True);
        Assert.That(usage.SuggestedIgnoreLines, Is.EqualTo(new[] { "notes.txt" }));
    }

    [Test]
    public void Suggested_lines_keep_every_file_the_instructions_take_by_name()
    {
        // Apply the suggestions and check that each instruction that names its sources still takes the same files.
        var files = Files("Dockerfile", "src/a.py", "src/__pycache__/a.pyc", "requirements.txt", "docs/x.md", ".venv/bin/python", "config/app.toml", "config/deploy.key");
        const string Dockerfile = "FROM python:3.12\nCOPY requirements.txt .\nCOPY src/ /app/src/\nCOPY config/*.toml /app/\n";
        var usage = Analyze(Dockerfile, files);
        Assert.That(usage.SuggestedIgnoreLines, Is.EqualTo(new[] { ".venv", "docs", "**/__pycache__" }));

        var before = CopiedFiles(Dockerfile, BuildContext.FromFiles(files.Keys));
        var after = CopiedFiles(Dockerfile, BuildContext.FromFiles(files.Keys, DockerIgnoreFile.FromPatterns(usage.SuggestedIgnoreLines)));
        Assert.That(after[0], Is.EqualTo(before[0]));
        Assert.That(after[2], Is.EqualTo(before[2]));
        Assert.That(after[1], Is.EqualTo(new[] { "src/a.py" }), "only the generated cache leaves the src copy");
    }

    private static List<IReadOnlyList<string>> CopiedFiles(string dockerfile, BuildContext context)
    {
        var model = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText(dockerfile), new SemanticModelOptions { BuildContext = context });
        return model.Stages[0].Instructions.OfType<CopyInstructionSyntax>().Select(c => model.GetCopiedFiles(c)!).ToList();
    }

    [TestCase(".env", "TOKEN=1", "an environment file, which usually holds credentials")]
    [TestCase(".env.production", "TOKEN=1", "an environment file, which usually holds credentials")]
    [TestCase(".env.example", "TOKEN=", null)]
    [TestCase("deploy/id_ed25519", "key", "an SSH private key")]
    [TestCase("deploy/id_ed25519.pub", "ssh-ed25519 AAAA", null)]
    [TestCase(".npmrc", "//registry.npmjs.org/:_authToken=npm_x", "an .npmrc with a registry token")]
    [TestCase(".npmrc", "save-exact=true", null)]
    [TestCase(".pypirc", "[pypi]\npassword = pypi-x", "a .pypirc with a password")]
    [TestCase(".pypirc", "[pypi]\nrepository = https://upload.pypi.org/legacy/", null)]
    [TestCase("certs/server.key", "-----BEGIN RSA PRIVATE KEY-----\n", "a private key")]
    [TestCase("certs/ca.pem", "-----BEGIN CERTIFICATE-----\n", null)]
    [TestCase(".aws/credentials", "[default]", "AWS credentials")]
    [TestCase(".docker/config.json", "{\"auths\":{\"r\":{\"auth\":\"x\"}}}", "Docker registry credentials")]
    [TestCase("app/.netrc", "machine x login y password z", "a .netrc, which holds login passwords")]
    [TestCase("store.p12", "binary", "a PKCS #12 key store")]
    [TestCase("src/env.py", "TOKEN = 1", null)]
    public void Secret_files_are_told_apart_from_look_alikes(string path, string text, string? description)
    {
        var usage = Analyze("FROM alpine\nCOPY . /app\n", new Dictionary<string, string> { ["Dockerfile"] = "FROM alpine\n", [path] = text });
        Assert.That(usage.Secrets.SingleOrDefault()?.Description, Is.EqualTo(description));
    }

    [Test]
    public void A_secret_no_instruction_copies_is_not_reported()
    {
        var files = Files("Dockerfile", "app.py");
        files[".env"] = "TOKEN=1";
        var usage = Analyze("FROM python:3.12\nCOPY app.py /\n", files);
        Assert.That(usage.Secrets, Is.Empty);
        Assert.That(usage.SuggestedIgnoreLines, Is.EqualTo(new[] { ".env" }), "unused, so it is suggested as an unused entry");
    }

    [Test]
    public void Without_a_context_the_usage_is_empty()
    {
        var usage = BuildContextUsage.Analyze(new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText("FROM a\nCOPY . .\n")));
        Assert.That((usage.FileCount, usage.Bytes, usage.Entries.Length, usage.SuggestedIgnoreLines.Length), Is.EqualTo((0, 0L, 0, 0)));
    }
}
