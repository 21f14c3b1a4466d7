using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Editor;

/// <summary>
/// Each <c>Editor/Fixtures/NAME.Dockerfile</c> holds cursor markers (<c>$$</c>, removed before parsing; in a run of three or more <c>$</c> the last two); every editor
/// service's answer for the document and for each cursor is dumped and must equal <c>NAME.txt</c>
/// (<c>UPDATE_BASELINES=1</c> rewrites it, never when <c>CI=true</c>). The same file with CRLF line ends must give the
/// same dump, since positions are written as line:column. <c>NAME.context.txt</c>, when present, lists the build
/// context's files (one a line).
/// </summary>
public class EditorFixtureTests
{
    private const string Marker = "$$";
    private static readonly UTF8Encoding s_utf8 = new(false);

    private static string Directory => Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Editor", "Fixtures");

    private static bool UpdateBaselines =>
        Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Names() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.Dockerfile").Select(f => Path.GetFileNameWithoutExtension(f)).OrderBy(n => n, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    [Test]
    public void There_are_fixtures() => Assert.That(Names().Count(), Is.GreaterThanOrEqualTo(8));

    [TestCaseSource(nameof(Names))]
    public void Services_match_baseline(string name)
    {
        string input = s_utf8.GetString(File.ReadAllBytes(Path.Combine(Directory, name + ".Dockerfile"))).Replace("\r\n", "\n");
        var (text, cursors) = TakeMarkers(input);
        string contextList = Path.Combine(Directory, name + ".context.txt");
        BuildContext? context = File.Exists(contextList)
            ? BuildContext.FromFiles(File.ReadAllLines(contextList).Where(l => l.Length > 0))
            : null;
        string actual = EditorDump.Write(text, cursors, context);

        string baselinePath = Path.Combine(Directory, name + ".txt");
        string? expected = File.Exists(baselinePath) ? s_utf8.GetString(File.ReadAllBytes(baselinePath)) : null;
        if (UpdateBaselines && expected != actual)
        {
            File.WriteAllBytes(baselinePath, s_utf8.GetBytes(actual));
            Assert.Warn("Baseline " + name + ".txt rewritten; review the diff.");
            return;
        }

        Assert.That(expected, Is.Not.Null, "Missing baseline " + name + ".txt; run with UPDATE_BASELINES=1.");
        Assert.That(actual, Is.EqualTo(expected));

        var (crlfText, crlfCursors) = TakeMarkers(input.Replace("\n", "\r\n"));
        Assert.That(EditorDump.Write(crlfText, crlfCursors, context), Is.EqualTo(expected), "the CRLF form of the fixture must give the same answers");
    }

    internal static (string Text, List<int> Cursors) TakeMarkers(string input)
    {
        var text = new StringBuilder();
        var cursors = new List<int>();
        int at = 0;
        while (true)
        {
            int next = input.IndexOf(Marker, at, StringComparison.Ordinal);
            if (next < 0)
            {
                text.Append(input, at, input.Length - at);
                break;
            }

            // In a run of three or more '$', the marker is the last two: "$$$" is a '$' then the cursor.
            while (next + Marker.Length < input.Length && input[next + Marker.Length] == '$')
            {
                next++;
            }

            text.Append(input, at, next - at);
            cursors.Add(text.Length);
            at = next + Marker.Length;
        }

        return (text.ToString(), cursors);
    }
}
