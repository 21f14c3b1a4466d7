using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// <c>-- --dump-fixes out [files...]</c>: every diagnostic of the corpus (or of the given files) with the edits of
/// each fix offered for it, and the fix-all result of each file; diff two builds' output to prove a change to the fix
/// providers kept their results.
/// </summary>
internal static class DumpFixes
{
    public static void Run(string path, IReadOnlyList<string> files)
    {
        var inputs = files.Count > 0
            ? files.Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            : Corpus.LoadRealFilesWithNames();
        using var w = new StreamWriter(path);
        foreach (var (name, text) in inputs)
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            foreach (var d in DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Cache = null }))
            {
                foreach (var fix in CodeFixes.GetFixes(tree, d))
                {
                    w.WriteLine($"{name}\t{d.Id}\t{d.Location.SourceSpan}\t{fix.EquivalenceKey}\t{string.Join(" ", fix.Changes.Select(c => c.Span + "=" + (c.NewText ?? string.Empty).Replace("\n", "\\n")))}");
                }
            }

            var all = CodeFixes.FixAll(tree, new AnalysisOptions { Cache = null });
            w.WriteLine($"{name}\tFIXALL\t{all.FixCount}\t{all.Rounds}\t{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all.Text.ToString())))}");
        }
    }
}
