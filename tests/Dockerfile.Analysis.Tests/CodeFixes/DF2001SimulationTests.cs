using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// DF2001's fix, simulated: after the fix, every file the manifest readers say an install reads is in the image at
/// its original relative path when the install runs (see <see cref="CopySimulation"/>). Runs on every DF2001
/// fixture with a build context and on every corpus file the fix changes.
/// </summary>
public class DF2001SimulationTests
{
    private const string BeforeSuffix = ".before.Dockerfile";

    public static IEnumerable<TestCaseData> Fixtures() =>
        FixFixtures.Files(BeforeSuffix)
            .Where(f => f.Id == "DF2001" && Directory.Exists(FixFixtures.ContextFolder(f.Path, BeforeSuffix)))
            .Select(f => new TestCaseData(f.Path).SetName("DF2001 simulation " + f.Name));

    [TestCaseSource(nameof(Fixtures))]
    public void Fixed_fixture_copies_every_file_the_install_reads(string path)
    {
        var context = FixFixtures.ContextFor(path, BeforeSuffix)!;
        string before = FixFixtures.Read(path, "\n");
        var result = Fixes.FixAll(DockerfileSyntaxTree.ParseText(before), CodeFixVerifier.WithContext(context), new[] { "DF2001" });
        Assert.That(result.FixCount, Is.GreaterThan(0), "DF2001 fixed nothing");

        var (problems, checkedInstalls) = CopySimulation.MissingInputs(result.Text.ToString(), context);
        Assert.That(checkedInstalls, Is.GreaterThan(0), "no moved install was found in the fixed Dockerfile");
        Assert.That(problems, Is.Empty, result.Text.ToString());
    }

    [Test]
    public void The_simulation_finds_a_file_the_copy_leaves_out()
    {
        // An npm workspace whose "fixed" Dockerfile copies only the root manifests: the workspace's package.json is missing.
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            ["package.json"] = "{\"name\": \"mono\", \"workspaces\": [\"packages/*\"]}",
            ["package-lock.json"] = "{}",
            ["packages/a/package.json"] = "{\"name\": \"a\"}",
            ["packages/a/index.js"] = string.Empty,
        });
        string text = "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n";
        var (problems, checkedInstalls) = CopySimulation.MissingInputs(text, context);
        Assert.That(checkedInstalls, Is.EqualTo(1));
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("/app/packages/a/package.json (context packages/a/package.json) is not in the image"));
    }

    [Test]
    public void The_simulation_places_files_as_copy_does()
    {
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            ["requirements/base.txt"] = string.Empty,
            ["requirements/prod.txt"] = string.Empty,
            ["gradle/wrapper/gradle-wrapper.properties"] = string.Empty,
            ["a.txt"] = string.Empty,
            ["secret.txt"] = string.Empty,
        }, DockerIgnoreFile.Parse("secret.txt\n", ".dockerignore"));
        var tree = DockerfileSyntaxTree.ParseText("FROM x\nWORKDIR /w\nCOPY requirements/ ./req/\nCOPY gradle ./gradle\nCOPY a.txt /one\nCOPY *.txt /many/\nRUN true\n");
        var model = new DockerfileSemanticModel(tree);
        var run = tree.GetRoot().Instructions.Last();
        Assert.That(CopySimulation.ImageFilesBefore(model, context, run).OrderBy(p => p, StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "/many/a.txt", "/one", "/w/gradle/wrapper/gradle-wrapper.properties", "/w/req/base.txt", "/w/req/prod.txt",
        }));
    }

    [Test]
    public void Fixed_corpus_files_copy_every_file_the_install_reads()
    {
        string? corpus = TestCorpus.FindCorpusDirectory();
        string? real = corpus == null ? null : Path.Combine(corpus, "real");
        if (real == null || !Directory.Exists(real))
        {
            Assert.Ignore("../shared/corpus/real is not present");
            return;
        }

        // Corpus files come without their build context: each gets one made of the manifests its installs name
        // (empty files, package.json "{}") and a source file, which is what DF2001 needs to offer its fix.
        int fixedFiles = 0;
        int checkedInstalls = 0;
        Assert.Multiple(() =>
        {
            foreach (string file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith("MANIFEST.tsv", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal))
            {
                string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                var tree = DockerfileSyntaxTree.ParseText(text);
                var context = SynthesizeContext(tree);
                if (context == null)
                {
                    continue;
                }

                var result = Fixes.FixAll(tree, CodeFixVerifier.WithContext(context), new[] { "DF2001" });
                if (result.FixCount == 0)
                {
                    continue;
                }

                fixedFiles++;
                var (problems, count) = CopySimulation.MissingInputs(result.Text.ToString(), context);
                checkedInstalls += count;
                Assert.That(problems, Is.Empty, Path.GetRelativePath(real, file));
            }
        });

        if (fixedFiles == 0)
        {
            Assert.Ignore("DF2001 fixes no corpus file, even with a build context made of the manifests its installs name");
        }

        Assert.That(checkedInstalls, Is.GreaterThanOrEqualTo(fixedFiles), $"{fixedFiles} files fixed, {checkedInstalls} installs checked");
        TestContext.Out.WriteLine($"DF2001 simulation: {fixedFiles} corpus files fixed, {checkedInstalls} installs checked");
    }

    // A context holding the manifests the Dockerfile's installs name (patterns given one plausible match), or null.
    private static BuildContext? SynthesizeContext(DockerfileSyntaxTree tree)
    {
        var model = new DockerfileSemanticModel(tree);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var run in tree.GetRoot().Instructions.OfType<RunInstructionSyntax>())
        {
            foreach (var script in InstallScripts.Get(model, run))
            {
                foreach (var command in script.Commands)
                {
                    if (PackageManagerCommands.RecognizeDependencyInstall(command) is not { } install)
                    {
                        continue;
                    }

                    foreach (string manifest in install.Manifests)
                    {
                        if (manifest.Contains('$', StringComparison.Ordinal) || manifest.StartsWith("/", StringComparison.Ordinal) || manifest.Contains("..", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        string name = manifest == "*.csproj" ? "app.csproj" : manifest.Replace("*", string.Empty, StringComparison.Ordinal);
                        name = name.EndsWith("/", StringComparison.Ordinal) ? name + "placeholder" : name;
                        files[name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name] = name.EndsWith(".json", StringComparison.Ordinal) ? "{}" : string.Empty;
                    }
                }
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        files["src/app.txt"] = "source";
        return BuildContext.FromFiles(files);
    }
}
