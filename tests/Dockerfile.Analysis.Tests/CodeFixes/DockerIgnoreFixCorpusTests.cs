using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// The .dockerignore fix over every corpus Dockerfile, each given a build context made of the files its instructions
/// name plus generated folders, logs and secrets: wherever the fix is offered, the new ignore file hides no file an
/// instruction names, every COPY and ADD takes a subset of what it took, and the findings it was written for are gone.
/// </summary>
public class DockerIgnoreFixCorpusTests
{
    private static readonly string[] Junk =
    {
        ".git/HEAD", "node_modules/left-pad/index.js", "dist/app.js", "target/app.jar", ".venv/bin/python", "__pycache__/m.cpython-312.pyc",
        ".pytest_cache/README.md", "debug.log", "logs/app.log", ".env", "config/.env.production", "id_rsa",
    };

    [Test]
    public void The_fix_never_hides_a_file_an_instruction_needs_on_the_corpus()
    {
        if (TestCorpus.RealFiles() is not var (real, files))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real) is not present");
            return;
        }

        int withFix = 0;
        int reported = 0;
        var problems = new List<string>();
        foreach (string file in files)
        {
            var tree = DockerfileSyntaxTree.ParseText(Encoding.UTF8.GetString(File.ReadAllBytes(file)), file);
            var named = NamedPaths(tree);
            var contents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string path in named.Concat(Manifests).Concat(Junk))
            {
                contents[path] = path.EndsWith(".npmrc", StringComparison.Ordinal) ? "//registry.npmjs.org/:_authToken=x\n" : "content of " + path + "\n";
            }

            var context = BuildContext.FromFiles(contents);
            var options = new AnalysisOptions { BuildContext = context };
            if (DockerfileAnalysis.Analyze(tree, options).Any(d => d.Id is "DF2004" or "DF4004"))
            {
                reported++;
            }

            var result = Fixes.FixAll(tree, options, new[] { "DF2004", "DF4004" });
            if (result.DocumentChanges.IsEmpty)
            {
                continue;
            }

            withFix++;
            string name = Path.GetRelativePath(real, file);
            var change = result.DocumentChanges.Single();
            var after = context.WithFileText(change.Path, change.NewText.ToString());
            foreach (string path in named.Where(p => after.IsIgnored(p)))
            {
                problems.Add($"{name}: {path} is named by an instruction but the new .dockerignore hides it");
            }

            // An .npmrc with a token is a secret, unless a project install reads it (a global install, -g, does not).
            string text = tree.GetText().ToString();
            if (after.IsIgnored(".npmrc") && System.Text.RegularExpressions.Regex.IsMatch(text, @"npm (ci|install)(?! -g)"))
            {
                problems.Add($"{name}: .npmrc is read by npm but the new .dockerignore hides it");
            }

            var before = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = context });
            var fixedModel = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = after });
            foreach (var copy in tree.GetRoot().DescendantNodes().OfType<BaseCopyInstructionSyntax>().Where(c => c.GetFlag("from") == null))
            {
                var was = before.GetCacheDependencies(copy, withEarlierInstructions: false).ContextFiles ?? Array.Empty<string>();
                var now = fixedModel.GetCacheDependencies(copy, withEarlierInstructions: false).ContextFiles ?? Array.Empty<string>();
                if (now.Any(f => f != change.Path && !was.Contains(f)) || (was.Count > 0 && now.Count == 0))
                {
                    problems.Add($"{name}: line {tree.GetText().Lines.GetLineFromPosition(copy.Span.Start).LineNumber + 1} takes other files after the fix ({was.Count} before, {now.Count} after)");
                }
            }

            var again = Fixes.FixAll(tree, new AnalysisOptions { BuildContext = after }, new[] { "DF2004", "DF4004" });
            if (!again.DocumentChanges.IsEmpty)
            {
                problems.Add($"{name}: a second fix-all changes {change.Path} again");
            }
        }

        TestContext.Progress.WriteLine($"The .dockerignore fix was offered for {withFix} of the {reported} corpus files (of {files.Count}) where DF2004 or DF4004 is reported.");
        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(30)));
        Assert.That(withFix, Is.GreaterThan(reported / 2), "the fix is offered on enough files for the test to mean something");
    }

    private static readonly string[] Manifests = { "package.json", "package-lock.json", "requirements.txt", "go.mod", "go.sum", ".npmrc" };

    // The literal context paths that COPY/ADD sources name (a name without an extension counts as a folder, with a
    // file inside it).
    private static List<string> NamedPaths(DockerfileSyntaxTree tree)
    {
        var paths = new List<string>();
        foreach (var copy in tree.GetRoot().DescendantNodes().OfType<BaseCopyInstructionSyntax>().Where(c => c.GetFlag("from") == null))
        {
            var words = copy.Words.Select(w => tree.GetText().ToString(w.Span).Trim('"', '\'')).ToList();
            foreach (string source in words.Take(Math.Max(0, words.Count - 1)))
            {
                string path = GoPath.NormalizeContextPath(source);
                if (path.Length == 0 || source.StartsWith("-", StringComparison.Ordinal) || source.Contains("://", StringComparison.Ordinal) ||
                    path.IndexOfAny(new[] { '$', '*', '?', '[', '\\' }) >= 0)
                {
                    continue;
                }

                paths.Add(Path.HasExtension(path) || path.StartsWith(".", StringComparison.Ordinal) ? path : path + "/file");
            }
        }

        return paths.Distinct(StringComparer.Ordinal).ToList();
    }
}
