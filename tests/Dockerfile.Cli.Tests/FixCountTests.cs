using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Issue 12: <c>dfa lint</c>'s "N fixable" is the number of fixes <c>dfa fix</c> then reports, also when fixes overlap
/// (joining consecutive RUNs also rewrites a lowercase <c>run</c> keyword, so DF5083's own fix is not needed).
/// </summary>
public class FixCountTests
{
    private const string Overlapping =
        "FROM debian:12\nRUN apt-get update\nRUN apt-get install curl\nRUN apt-get install wget\nrun echo hi\n" +
        "RUN pip install flask\nMAINTAINER me\nEXPOSE 80/TCP\nFROM debian:12 AS Build\nENV a b\nCMD echo hi\n";

    private const string Independent = "FROM debian:12\nEXPOSE 80/TCP\nENV a b\n";

    [Test]
    public void Lint_counts_what_fix_then_fixes_when_fixes_overlap()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), Overlapping);
            var lint = CliRunner.RunIn(folder, "lint", "Dockerfile");
            Assert.That(lint.ExitCode, Is.EqualTo(1), lint.Output + lint.Error);
            string summary = lint.Output.TrimEnd('\n').Split('\n').Last();
            var match = Regex.Match(summary, @", (\d+) fixable: run dfa fix; (\d+) findings have a fix, but some fixes overlap or cover others \(");
            Assert.That(match.Success, Is.True, summary);

            // Every finding flagged fixable in JSON is one of the findings the summary mentions.
            var json = CliRunner.RunIn(folder, "lint", "--format", "json", "Dockerfile");
            int flagged = Regex.Matches(json.Output, "\"fixable\": ?true").Count;
            Assert.That(match.Groups[2].Value, Is.EqualTo(flagged.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            var fix = CliRunner.RunIn(folder, "fix");
            Assert.That(fix.ExitCode, Is.EqualTo(0), fix.Output + fix.Error);
            Assert.That(fix.Output, Does.EndWith($"Fixed {match.Groups[1].Value} issues in 1 file\n"));
            Assert.That(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(flagged));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Lint_says_only_the_count_when_every_fix_applies_on_its_own()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), Independent);
            var lint = CliRunner.RunIn(folder, "lint", "Dockerfile");
            Assert.That(lint.Output, Does.Contain(", 2 fixable: run dfa fix ("));
            Assert.That(lint.Output, Does.Not.Contain("findings have a fix"));
            var fix = CliRunner.RunIn(folder, "fix");
            Assert.That(fix.Output, Does.EndWith("Fixed 2 issues in 1 file\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
