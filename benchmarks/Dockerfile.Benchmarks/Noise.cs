using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dockerfile.Analysis;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// The noise report: <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --noise</c> lints every
/// file of <c>shared/corpus/real</c> with the default options and prints, per rule, how many diagnostics it reports
/// and on how many files, as a markdown table sorted by files (then diagnostics, then id).
/// <c>-- --noise DF1234</c> instead prints that rule's diagnostics (file, position, message) to review them.
/// </summary>
public static class Noise
{
    private const string DotnetDocker = "dotnet__dotnet-docker/";

    /// <summary>Prints the table, or one rule's hits.</summary>
    public static void Run(string[] args)
    {
        var files = Corpus.LoadRealFilesWithNames();
        string? only = args.Length > 1 ? args[1] : null;
        var diagnostics = new Dictionary<string, int>(StringComparer.Ordinal);
        var fileCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var dotnetFiles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var tree = DockerfileSyntaxTree.ParseText(text, name);
            var found = DockerfileAnalysis.Analyze(tree);
            foreach (var d in found)
            {
                diagnostics[d.Id] = diagnostics.TryGetValue(d.Id, out int n) ? n + 1 : 1;
                if (only != null && string.Equals(d.Id, only, StringComparison.OrdinalIgnoreCase))
                {
                    var p = d.Location.GetLineSpan().StartLinePosition;
                    string line = tree.GetText().Lines[p.Line].ToString().Trim();
                    Console.WriteLine($"{name}:{p.Line + 1}:{p.Character + 1}: {d.GetMessage(CultureInfo.InvariantCulture)}\n    {line}");
                }
            }

            foreach (string id in found.Select(d => d.Id).Distinct(StringComparer.Ordinal))
            {
                fileCounts[id] = fileCounts.TryGetValue(id, out int n) ? n + 1 : 1;
                if (name.StartsWith(DotnetDocker, StringComparison.Ordinal))
                {
                    dotnetFiles[id] = dotnetFiles.TryGetValue(id, out int m) ? m + 1 : 1;
                }
            }
        }

        if (only != null)
        {
            return;
        }

        int total = files.Count;
        int dotnet = files.Count(f => f.Name.StartsWith(DotnetDocker, StringComparison.Ordinal));
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{total} files ({dotnet} from dotnet/dotnet-docker), default options; a quarter is {total / 4}.\n\n");
        builder.Append("| rule | title | default severity | files | % of files | of which dotnet-docker | diagnostics |\n|---|---|---|---:|---:|---:|---:|\n");
        var rules = RuleCatalog.All.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var id in fileCounts.Keys.OrderByDescending(id => fileCounts[id]).ThenByDescending(id => diagnostics[id]).ThenBy(id => id, StringComparer.Ordinal))
        {
            var rule = rules.TryGetValue(id, out var r) ? r : null;
            string title = rule?.Descriptor.Title.ToString(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal) ?? string.Empty;
            string severity = rule?.Descriptor.DefaultSeverity.ToString().ToLowerInvariant() ?? string.Empty;
            string mark = fileCounts[id] > total / 4 ? " **" : string.Empty;
            builder.Append(CultureInfo.InvariantCulture,
                $"| {id}{mark} | {title} | {severity} | {fileCounts[id]} | {100.0 * fileCounts[id] / Math.Max(1, total):0.0} | {(dotnetFiles.TryGetValue(id, out int dn) ? dn : 0)} | {diagnostics[id]} |\n");
        }

        var silent = rules.Keys.Where(id => !fileCounts.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
        builder.Append(CultureInfo.InvariantCulture, $"\n`**`: fires on more than a quarter of the files. {silent.Count} rules report nothing on these files: {string.Join(", ", silent)}.\n");
        Console.Write(builder.ToString());
    }
}
