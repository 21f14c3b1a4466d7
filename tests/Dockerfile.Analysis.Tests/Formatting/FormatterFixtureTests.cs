using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Analysis.Tests.CodeFixes;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Formatting;

/// <summary>
/// The formatting fixtures under <c>Fixtures/Formatting/</c>: each <c>&lt;name&gt;.before.Dockerfile</c> formats to
/// <c>&lt;name&gt;.after.Dockerfile</c> (rewritten with <c>UPDATE_BASELINES=1</c>), in LF and in CRLF, and the result passes
/// <see cref="FormattingProof"/>; each <c>&lt;name&gt;.unchanged.Dockerfile</c> formats to itself. A file
/// <c>&lt;name&gt;.editorconfig</c> beside a fixture holds its options, read through the configuration loader. The
/// files under <c>bytes/</c> are compared byte for byte, without converting their line endings (<c>_LF</c>,
/// <c>_CRLF</c> and mixed ones).
/// </summary>
public class FormatterFixtureTests
{
    private const string BeforeSuffix = ".before.Dockerfile";
    private const string UnchangedSuffix = ".unchanged.Dockerfile";
    private static readonly UTF8Encoding s_utf8 = new(false);

    private static string Folder { get; } = Path.Combine(RuleDocsRoot(), "tests", "Dockerfile.Analysis.Tests", "Fixtures", "Formatting");

    public static IEnumerable<TestCaseData> BeforeCases() =>
        Directory.EnumerateFiles(Folder, "*" + BeforeSuffix).OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(p => new[] { "\n", "\r\n" }.Select(eol => new TestCaseData(Path.GetFileName(p)[..^BeforeSuffix.Length], eol == "\n" ? "LF" : "CRLF").SetArgDisplayNames(Path.GetFileName(p)[..^BeforeSuffix.Length], eol == "\n" ? "LF" : "CRLF")));

    public static IEnumerable<TestCaseData> UnchangedCases() =>
        Directory.EnumerateFiles(Folder, "*" + UnchangedSuffix).OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(p => new[] { "LF", "CRLF" }.Select(eol => new TestCaseData(Path.GetFileName(p)[..^UnchangedSuffix.Length], eol).SetArgDisplayNames(Path.GetFileName(p)[..^UnchangedSuffix.Length], eol)));

    public static IEnumerable<TestCaseData> ByteCases() =>
        Directory.EnumerateFiles(Path.Combine(Folder, "bytes"), "*" + BeforeSuffix).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(Path.GetFileName(p)[..^BeforeSuffix.Length]).SetArgDisplayNames(Path.GetFileName(p)[..^BeforeSuffix.Length]));

    [TestCaseSource(nameof(BeforeCases))]
    public void Before_formats_to_after(string name, string lineEnding)
    {
        string eol = lineEnding == "LF" ? "\n" : "\r\n";
        string beforePath = Path.Combine(Folder, name + BeforeSuffix);
        string afterPath = Path.Combine(Folder, name + ".after.Dockerfile");
        var options = OptionsFor(Path.Combine(Folder, name));
        string before = FixFixtures.Read(beforePath, eol);
        string formatted = DockerfileFormatter.Format(DockerfileSyntaxTree.ParseText(before), options).ToString();
        if (FixFixtures.Update && eol == "\n")
        {
            File.WriteAllBytes(afterPath, s_utf8.GetBytes(formatted));
        }

        Assert.That(File.Exists(afterPath), Is.True, $"{afterPath} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        string expectedEol = options.LineEnding switch
        {
            LineEnding.Lf => "\n",
            LineEnding.CrLf => "\r\n",
            _ => eol,
        };
        string expected = FixFixtures.Read(afterPath, expectedEol);
        Assert.That(formatted, Is.EqualTo(expected), $"{name} ({lineEnding}) differs from its .after file: " + FormattingProof.FirstDifference(expected, formatted));
        Assert.That(formatted, Is.Not.EqualTo(before), $"{name}: the fixture changes nothing; name it .unchanged");
        Assert.That(FormattingProof.Check(before, formatted, options), Is.Empty);
    }

    [TestCaseSource(nameof(UnchangedCases))]
    public void Unchanged_fixture_stays_as_it_is(string name, string lineEnding)
    {
        string text = FixFixtures.Read(Path.Combine(Folder, name + UnchangedSuffix), lineEnding == "LF" ? "\n" : "\r\n");
        var options = OptionsFor(Path.Combine(Folder, name));
        var changes = DockerfileFormatter.GetFormattedTextChanges(DockerfileSyntaxTree.ParseText(text), options);
        Assert.That(changes, Is.Empty, () => string.Join(", ", changes.Select(c => c.Span + " -> '" + c.NewText + "'")));
    }

    [TestCaseSource(nameof(ByteCases))]
    public void Bytes_fixture_formats_to_after_byte_for_byte(string name)
    {
        string folder = Path.Combine(Folder, "bytes");
        string before = s_utf8.GetString(File.ReadAllBytes(Path.Combine(folder, name + BeforeSuffix)));
        string afterPath = Path.Combine(folder, name + ".after.Dockerfile");
        var options = OptionsFor(Path.Combine(folder, name));
        string formatted = DockerfileFormatter.Format(DockerfileSyntaxTree.ParseText(before), options).ToString();
        if (FixFixtures.Update)
        {
            File.WriteAllBytes(afterPath, s_utf8.GetBytes(formatted));
        }

        Assert.That(File.Exists(afterPath), Is.True, $"{afterPath} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        Assert.That(s_utf8.GetBytes(formatted), Is.EqualTo(File.ReadAllBytes(afterPath)), FormattingProof.FirstDifference(s_utf8.GetString(File.ReadAllBytes(afterPath)), formatted));
        Assert.That(FormattingProof.Check(before, formatted, options), Is.Empty);
    }

    /// <summary>The options of a fixture: its <c>.editorconfig</c>, read as the configuration loader reads one.</summary>
    internal static DockerfileFormattingOptions OptionsFor(string pathWithoutSuffix)
    {
        string editorConfig = pathWithoutSuffix + ".editorconfig";
        if (!File.Exists(editorConfig))
        {
            return DockerfileFormattingOptions.Default;
        }

        var configuration = AnalysisConfiguration.LoadFile(editorConfig, Path.Combine(Path.GetDirectoryName(editorConfig)!, "Dockerfile"));
        Assert.That(configuration.Diagnostics, Is.Empty, editorConfig);
        return DockerfileFormattingOptions.FromConfiguration(configuration);
    }

    private static string RuleDocsRoot() => Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot;
}
