using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Tests.Catalog;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

/// <summary>
/// Data-driven cases for the hadolint-parity rules DF1040-DF1051, DF2140-DF2146, DF3040-DF3057, DF4041 and
/// DF5040-DF5042 (and the cases of the merged DF1005, DF1045, DF1046, DF1049, DF4040 and DF5041, now under DF1080,
/// DF1081, DF3080 and DF4080), read from <c>Rules2Cases.txt</c>. Each case starts with a header line
/// <c>=== ID @line:col ... | message fragment</c> (or <c>=== ID none</c>); options: <c>crlf</c> (CRLF line
/// endings), <c>schema=label:type,...</c>, <c>strict</c>, <c>enable=ID</c>. The expected positions are exactly the
/// start positions of the rule's diagnostics.
/// </summary>
public class Rules2CaseTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Rules", "Rules2Cases.txt");
        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string block in text.Split(new[] { "\n=== " }, StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            int newline = block.IndexOf('\n');
            string header = block.Substring(0, newline);
            string body = block.Substring(newline + 1).TrimEnd('\n') + "\n";
            string id = header.Split(' ')[0];
            counts[id] = counts.TryGetValue(id, out int n) ? n + 1 : 1;
            yield return new TestCaseData(header, body).SetName($"Case({id} #{counts[id]})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(string header, string body)
    {
        string fragment = string.Empty;
        int bar = header.IndexOf(" | ", StringComparison.Ordinal);
        if (bar >= 0)
        {
            fragment = header.Substring(bar + 3);
            header = header.Substring(0, bar);
        }

        var tokens = header.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        string id = tokens[0];
        var expected = tokens.Where(t => t.StartsWith("@", StringComparison.Ordinal)).Select(t => t.Substring(1)).ToList();
        var schema = ImmutableDictionary<string, string>.Empty;
        var enabled = ImmutableHashSet<string>.Empty;
        bool strict = false;
        foreach (string token in tokens.Skip(1))
        {
            if (token == "crlf")
            {
                body = body.Replace("\n", "\r\n");
            }
            else if (token == "strict")
            {
                strict = true;
            }
            else if (token.StartsWith("schema=", StringComparison.Ordinal))
            {
                foreach (string entry in token.Substring(7).Split(','))
                {
                    int colon = entry.LastIndexOf(':');
                    schema = schema.SetItem(entry.Substring(0, colon), entry.Substring(colon + 1));
                }
            }
            else if (token.StartsWith("enable=", StringComparison.Ordinal))
            {
                enabled = enabled.Add(token.Substring(7));
            }
        }

        var options = new AnalysisOptions { LabelSchema = schema, StrictLabels = strict, EnabledRules = enabled };
        var diagnostics = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(body), options);
        Assert.That(diagnostics.Where(d => d.Id == "DF0001").Select(d => d.GetMessage()), Is.Empty);
        var found = diagnostics.Where(d => d.Id == id).ToList();
        var positions = found.Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{start.Line + 1}:{start.Character + 1}";
        }).ToList();
        Assert.That(positions, Is.EqualTo(expected), string.Join("\n", found.Select(d => d.ToString())));
        if (fragment.Length > 0)
        {
            Assert.That(found.Select(d => d.GetMessage()), Has.Some.Contains(fragment));
        }
    }
}
