using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Formatting;

/// <summary>The formatter's API: range formatting, the shape of its changes, the options and their configuration, and robustness.</summary>
public class FormatterTests
{
    private const string Messy = "from   alpine\nrun   a   \\\n  b\nCOPY   x   y\n";

    [Test]
    public void Changes_are_ordered_do_not_overlap_and_give_the_formatted_text()
    {
        var tree = DockerfileSyntaxTree.ParseText(Messy);
        var changes = DockerfileFormatter.GetFormattedTextChanges(tree);
        Assert.That(changes, Is.Not.Empty);
        for (int i = 1; i < changes.Length; i++)
        {
            Assert.That(changes[i].Span.Start, Is.GreaterThanOrEqualTo(changes[i - 1].Span.End));
        }

        Assert.That(tree.GetText().WithChanges(changes).ToString(), Is.EqualTo("FROM alpine\nRUN a \\\n    b\nCOPY x y\n"));
        Assert.That(DockerfileFormatter.Format(tree).ToString(), Is.EqualTo(DockerfileFormatter.Format(Messy)));
    }

    [Test]
    public void Nothing_to_change_gives_no_changes_and_the_same_text()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine\nRUN a\n");
        Assert.That(DockerfileFormatter.GetFormattedTextChanges(tree), Is.Empty);
        Assert.That(DockerfileFormatter.Format(tree), Is.SameAs(tree.GetText()));
    }

    [Test]
    public void A_range_formats_only_the_instructions_it_touches()
    {
        var tree = DockerfileSyntaxTree.ParseText(Messy);
        int copy = Messy.IndexOf("COPY", StringComparison.Ordinal);
        Assert.That(DockerfileFormatter.Format(tree, new[] { new TextSpan(copy + 1, 2) }).ToString(), Is.EqualTo("from   alpine\nrun   a   \\\n  b\nCOPY x y\n"));

        // An empty span (a cursor) formats the instruction it is in; one span across two instructions formats both.
        int run = Messy.IndexOf("run", StringComparison.Ordinal);
        Assert.That(DockerfileFormatter.Format(tree, new[] { new TextSpan(run + 2, 0) }).ToString(), Is.EqualTo("from   alpine\nRUN a \\\n    b\nCOPY   x   y\n"));
        Assert.That(DockerfileFormatter.Format(tree, new[] { TextSpan.FromBounds(1, run + 1) }).ToString(), Is.EqualTo("FROM alpine\nRUN a \\\n    b\nCOPY   x   y\n"));
        Assert.That(DockerfileFormatter.GetFormattedTextChanges(tree, Array.Empty<TextSpan>()), Is.Empty);
    }

    [Test]
    public void The_final_newline_belongs_to_the_end_of_the_file()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine\nRUN   a");
        Assert.That(DockerfileFormatter.Format(tree, new[] { new TextSpan(0, 1) }).ToString(), Is.EqualTo("FROM alpine\nRUN   a"));
        Assert.That(DockerfileFormatter.Format(tree, new[] { new TextSpan(tree.Length, 0) }).ToString(), Is.EqualTo("FROM alpine\nRUN a\n"));
    }

    [Test]
    public void Options_are_read_from_editorconfig_properties()
    {
        var file = EditorConfigFile.Parse(
            "root = true\n[*]\nindent_style = tab\nindent_size = tab\ntab_width = 2\nend_of_line = crlf\ninsert_final_newline = false\ntrim_trailing_whitespace = false\n" +
            "[Dockerfile]\ndockerfile_keyword_case = LOWER\ndockerfile_continuation_indent = keep\ndockerfile_max_blank_lines = 3\ndockerfile_json_array_spacing = spaced\n" +
            "dockerfile_comment_space = true\ndockerfile_env_key_value = true\n[*.md]\nindent_size = 7\n",
            "/repo/.editorconfig");
        var configuration = AnalysisConfiguration.FromEditorConfig(file, "Dockerfile");
        Assert.That(configuration.Diagnostics, Is.Empty);
        var options = DockerfileFormattingOptions.FromConfiguration(configuration);
        Assert.That(options.IndentStyle, Is.EqualTo(IndentStyle.Tab));
        Assert.That(options.IndentSize, Is.EqualTo(2));
        Assert.That(options.LineEnding, Is.EqualTo(LineEnding.CrLf));
        Assert.That(options.InsertFinalNewline, Is.False);
        Assert.That(options.TrimTrailingWhitespace, Is.False);
        Assert.That(options.KeywordCase, Is.EqualTo(KeywordCase.Lower));
        Assert.That(options.ContinuationIndent, Is.Null);
        Assert.That(options.MaxBlankLines, Is.EqualTo(3));
        Assert.That(options.JsonArraySpacing, Is.EqualTo(JsonArraySpacing.Spaced));
        Assert.That(options.SpaceAfterCommentHash, Is.True);
        Assert.That(options.LegacyEnvToEquals, Is.True);
    }

    [Test]
    public void Defaults_hold_when_nothing_or_nonsense_is_configured()
    {
        var none = DockerfileFormattingOptions.FromConfiguration(AnalysisConfiguration.Empty);
        Assert.That(none, Is.SameAs(DockerfileFormattingOptions.Default));
        var nonsense = DockerfileFormattingOptions.FromProperties(new Dictionary<string, string>
        {
            ["indent_style"] = "wiggly",
            ["indent_size"] = "400",
            ["end_of_line"] = "cr",
            ["insert_final_newline"] = "maybe",
        });
        Assert.That(nonsense.IndentStyle, Is.EqualTo(IndentStyle.Space));
        Assert.That(nonsense.IndentSize, Is.EqualTo(4));
        Assert.That(nonsense.LineEnding, Is.EqualTo(LineEnding.Keep), "a lone CR is not a line break to BuildKit: never converted to");
        Assert.That(nonsense.InsertFinalNewline, Is.True);
        Assert.That(DockerfileFormattingOptions.Default.KeywordCase, Is.EqualTo(KeywordCase.Upper));
        Assert.That(DockerfileFormattingOptions.Default.ContinuationIndent, Is.EqualTo(1));
        Assert.That(DockerfileFormattingOptions.Default.MaxBlankLines, Is.EqualTo(1));
        Assert.That(DockerfileFormattingOptions.Default.LineEnding, Is.EqualTo(LineEnding.Keep));
        Assert.That(DockerfileFormattingOptions.Default.SpaceAfterCommentHash, Is.False);
        Assert.That(DockerfileFormattingOptions.Default.LegacyEnvToEquals, Is.False);
    }

    [Test]
    public void A_bad_value_of_our_keys_is_a_configuration_diagnostic_and_the_default_applies()
    {
        var file = EditorConfigFile.Parse("[*]\ndockerfile_keyword_case = shouting\ndockerfile_max_blank_lines = -1\nindent_size = huge\n", "/repo/.editorconfig");
        var configuration = AnalysisConfiguration.FromEditorConfig(file, "Dockerfile");
        var messages = configuration.Diagnostics.Select(d => d.GetMessage()).ToList();
        Assert.That(messages, Has.Count.EqualTo(2), "only our dockerfile_* keys are checked; editorconfig's own keys ignore values they do not know");
        Assert.That(messages[0], Does.Contain("'shouting' is not a keyword case; use upper, lower or keep"));
        Assert.That(configuration.Diagnostics[0].Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(1));
        Assert.That(messages[1], Does.Contain("'-1' is not a number of blank lines from 0 to 100"));
        Assert.That(DockerfileFormattingOptions.FromConfiguration(configuration).KeywordCase, Is.EqualTo(KeywordCase.Upper));
    }

    [Test]
    public void Nearer_editorconfig_files_win()
    {
        var outer = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[*]\nindent_size = 2\ndockerfile_keyword_case = lower\n", "/repo/.editorconfig"), "a/Dockerfile");
        var inner = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[*]\nindent_size = 8\n", "/repo/a/.editorconfig"), "Dockerfile");
        var options = DockerfileFormattingOptions.FromConfiguration(outer.Merge(inner));
        Assert.That(options.IndentSize, Is.EqualTo(8));
        Assert.That(options.KeywordCase, Is.EqualTo(KeywordCase.Lower));
    }

    [TestCase("")]
    [TestCase("\n\n\n")]
    [TestCase("   ")]
    [TestCase("\uFEFF")]
    [TestCase("# only a comment")]
    [TestCase("\\")]
    [TestCase("RUN \\")]
    [TestCase("FROM a\nRUN <<EOF")]
    [TestCase("\r\r\n\r")]
    [TestCase("FROM a\n\0\u0001\u00ff\uFFFD")]
    public void Odd_inputs_format_without_throwing_and_idempotently(string text)
    {
        string formatted = DockerfileFormatter.Format(text);
        Assert.That(DockerfileFormatter.Format(formatted), Is.EqualTo(formatted));
        Assert.That(FormattingProof.Check(text, formatted, DockerfileFormattingOptions.Default, diagnostics: false), Is.Empty);
    }

    /// <summary>
    /// Random small edits of every formatting fixture, formatted with the defaults and with every option changed, must
    /// pass <see cref="FormattingProof"/> (without the analyzers). 3000 rounds with seed 1234 by default;
    /// <c>DFA_FORMAT_FUZZ_SEED</c> and <c>DFA_FORMAT_FUZZ_ROUNDS</c> run others.
    /// </summary>
    [Test]
    public void Random_edits_of_the_fixtures_keep_every_guarantee()
    {
        // Characters that matter to the layout: escapes, quotes, comments, brackets, substitutions, line breaks.
        const string Alphabet = "\\`\"' \t\n\r#[]{},=$<-aR";
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("DFA_FORMAT_FUZZ_SEED") ?? "1234"));
        var sources = Directory.GetFiles(Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Fixtures", "Formatting"), "*.Dockerfile", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p))
            .ToList();
        var options = new[]
        {
            DockerfileFormattingOptions.Default,
            new DockerfileFormattingOptions { LineEnding = LineEnding.CrLf, KeywordCase = KeywordCase.Lower, MaxBlankLines = 0, JsonArraySpacing = JsonArraySpacing.Spaced, IndentStyle = IndentStyle.Tab, SpaceAfterCommentHash = true, LegacyEnvToEquals = true },
        };
        var problems = new List<string>();
        for (int round = 0; round < int.Parse(Environment.GetEnvironmentVariable("DFA_FORMAT_FUZZ_ROUNDS") ?? "3000") && problems.Count < 10; round++)
        {
            var text = new StringBuilder(sources[random.Next(sources.Count)]);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(text.Length + 1);
                if (random.Next(3) == 0 && at < text.Length)
                {
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(3)));
                }
                else
                {
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            string input = text.ToString();
            var option = options[round % options.Length];
            string formatted = DockerfileFormatter.Format(DockerfileSyntaxTree.ParseText(input), option).ToString();
            foreach (string problem in FormattingProof.Check(input, formatted, option, diagnostics: false))
            {
                problems.Add($"round {round}: {problem}\n  input: {Escape(input)}");
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Deep_inputs_format_on_a_small_stack()
    {
        const int Depth = 50_000;
        var inputs = new[]
        {
            "FROM a\nRUN echo " + string.Concat(Enumerable.Repeat("${A:-", Depth)) + new string('}', Depth) + "\n",
            "FROM a\n" + string.Concat(Enumerable.Repeat("ONBUILD ", Depth)) + "RUN x\n",
            "FROM a\nRUN a \\\n" + string.Concat(Enumerable.Repeat("  b \\\n  # c\n", Depth)) + "  d\n",
            "FROM a\nENV " + string.Concat(Enumerable.Repeat("A=\"$(", Depth)) + "\n",
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("\"$(", Depth)) + " \\\n x\n",
        };
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    foreach (string input in inputs)
                    {
                        string formatted = DockerfileFormatter.Format(input);
                        Assert.That(DockerfileFormatter.Format(formatted), Is.EqualTo(formatted));
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(failure, Is.Null, () => failure!.ToString());
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
