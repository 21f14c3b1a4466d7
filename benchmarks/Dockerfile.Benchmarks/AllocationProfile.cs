using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.Tracing;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Sampled allocations by type while linting the corpus with every rule (the runtime's allocation ticks, one
/// about every 100 KB): <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --alloc</c>.
/// </summary>
internal static class AllocationProfile
{
    public static void Run(string? part = null, string? path = null)
    {
        if (part == "edit")
        {
            Edits(path);
            return;
        }

        var texts = Corpus.LoadRealFiles();
        var trees = texts.Select(t => DockerfileSyntaxTree.ParseText(t)).ToList();
        var all = new AnalysisOptions { EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet(), Cache = null, AllowParallel = false };
        int next = 0;
        System.Action<DockerfileSyntaxTree> work = part switch
        {
            "model" => t => new Dockerfile.Analysis.Semantics.DockerfileSemanticModel(t),
            "parse" => _ => DockerfileSyntaxTree.ParseText(texts[next++ % texts.Count]),
            _ => t => DockerfileAnalysis.Analyze(t, all),
        };
        foreach (var t in trees)
        {
            work(t);
        }

        using var listener = new Listener();
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var t in trees)
        {
            work(t);
        }

        Console.WriteLine($"allocated {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:F1} MB; sampled by type:");
        foreach (var pair in listener.Bytes.ToArray().OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{pair.Value / 1e6,8:F1} MB  {pair.Key}");
        }
    }

    /// <summary>Sampled allocations by type over 300 one-character edits of a RUN, each followed by its diagnostics, as the language server does: <c>-- --alloc edit [FILE]</c>.</summary>
    private static void Edits(string? path)
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(path is null ? GeneratedDockerfile.Create(1_430) : System.IO.File.ReadAllText(path));
        var document = Dockerfile.Analysis.Workspaces.DockerfileDocument.Create(text, "/bench/Dockerfile");
        string s = text.ToString();
        int at = path is null ? s.IndexOf("apt-get install", s.Length / 2, StringComparison.Ordinal) : s.IndexOf("building", s.Length / 2, StringComparison.Ordinal) + "building".Length;
        void Edit(int i)
        {
            document = document.WithText(document.Text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(at + (i % 5), 0), "x")));
            document.GetDiagnostics();
        }

        for (int i = 0; i < 50; i++)
        {
            Edit(i);
        }

        const int rounds = 300;
        using var listener = new Listener();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < rounds; i++)
        {
            Edit(i);
        }

        Console.WriteLine($"allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6 / rounds:F2} MB per edit; sampled by type, per edit:");
        foreach (var pair in listener.Bytes.ToArray().OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{pair.Value / 1e3 / rounds,8:F1} KB  {pair.Key}");
        }
    }

    private sealed class Listener : EventListener
    {
        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.Payload != null)
            {
                int nameIndex = e.PayloadNames!.IndexOf("TypeName");
                int sizeIndex = e.PayloadNames.IndexOf("AllocationAmount64");
                string name = nameIndex >= 0 ? e.Payload[nameIndex]?.ToString() ?? "?" : "?";
                long size = sizeIndex >= 0 ? Convert.ToInt64(e.Payload[sizeIndex]) : 100_000;
                Bytes.AddOrUpdate(name, size, (_, v) => v + size);
            }
        }
    }
}
