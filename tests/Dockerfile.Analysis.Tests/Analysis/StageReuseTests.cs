using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Analysis;

/// <summary>
/// Analyzers that declare <see cref="IncrementalAnalysisScope.Stage"/> have the diagnostics of unchanged stages
/// reused: what runs again, and that the result always equals a fresh analysis.
/// </summary>
public class StageReuseTests
{
    private const string ThreeStages =
        "# syntax=docker/dockerfile:1\n" +
        "ARG BASE=alpine:3.20\n" +
        "FROM ${BASE} AS one\n" +
        "RUN echo one\n" +
        "COPY a /a\n" +
        "FROM one AS two\n" +
        "RUN echo two\n" +
        "FROM ${BASE} AS three\n" +
        "RUN echo three\n" +
        "COPY --from=one /a /b\n";

    /// <summary>Counts where its node and stage actions ran; reports on every RUN (with its text) and once per stage.</summary>
    private sealed class CountingStageAnalyzer : DockerfileAnalyzer
    {
        public static readonly DiagnosticDescriptor RunDescriptor = RuleInfo.CreateDescriptor("TEST410", "t", "RUN `{0}` on line {1}", "Test", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor StageDescriptor = RuleInfo.CreateDescriptor("TEST411", "t", "stage {0} has {1} instructions", "Test", DiagnosticSeverity.Info);

        private readonly bool _readyMade;

        public CountingStageAnalyzer(bool readyMade = false) => _readyMade = readyMade;

        public ConcurrentQueue<string> Runs { get; } = new();

        public ConcurrentQueue<int> Stages { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(RunDescriptor, StageDescriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var run = (RunInstructionSyntax)c.Node;
                    string text = run.ToString().Trim();
                    Runs.Enqueue(text);
                    var location = c.Tree.GetLocation(run.Keyword.Span);
                    int line = location.GetLineSpan().StartLinePosition.Line + 1;
                    if (_readyMade)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(RunDescriptor, location, text, line));
                    }
                    else
                    {
                        c.ReportDiagnostic(RunDescriptor, location, text, line);
                    }
                },
                SyntaxKind.RunInstruction);
            context.RegisterStageAction(c =>
            {
                Stages.Enqueue(c.Stage.Index);
                c.ReportDiagnostic(StageDescriptor, c.Tree.GetLocation(c.Stage.From.Keyword.Span), c.Stage.Name, c.Stage.Instructions.Length);
            });
        }
    }

    private static AnalysisOptions Options(params DockerfileAnalyzer[] analyzers) =>
        new() { Analyzers = analyzers.ToImmutableArray(), Cache = new AnalyzerCache(), AllowParallel = false };

    private static DockerfileSyntaxTree Edit(DockerfileSyntaxTree tree, string after, string insert)
    {
        string text = tree.GetText().ToString();
        int at = text.IndexOf(after, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), after);
        return tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(at + after.Length, 0), insert)));
    }

    private static string Dump(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(Describe));

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string additional = string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan + "@" + l.GetLineSpan().Span));
        string properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return $"{d.Id} {d.Severity} {d.Location.SourceSpan} {span.Path}{span.Span} {d.GetMessage()} [{additional}] [{properties}] {d.Descriptor.HelpLinkUri}";
    }

    private static string Fresh(DockerfileSyntaxTree tree, AnalysisOptions options) =>
        Dump(DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(tree.GetText(), tree.FilePath), new AnalysisOptions
        {
            Analyzers = options.Analyzers,
            Configuration = options.Configuration,
            BuildContext = options.BuildContext,
            Cache = null,
            AllowParallel = false,
        }));

    [Test]
    public void An_edit_in_one_stage_runs_that_stage_and_the_stages_built_on_it()
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo one", "RUN echo two", "RUN echo three" }));

        // Stage two is built on nothing that changed, and nothing is built on it: only it runs.
        analyzer.Runs.Clear();
        while (analyzer.Stages.TryDequeue(out _))
        {
        }

        var edited = Edit(tree, "echo two", "x");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo twox" }));
        Assert.That(analyzer.Stages, Is.EqualTo(new[] { 1 }));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));

        // Stage one: two is built on it, so both run; three is not (COPY --from reads names only).
        analyzer.Runs.Clear();
        var again = Edit(edited, "echo one", "y");
        var third = DockerfileAnalysis.Analyze(again, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo oney", "RUN echo twox" }));
        Assert.That(Dump(third), Is.EqualTo(Fresh(again, options)));

        // The same tree again: nothing runs.
        analyzer.Runs.Clear();
        DockerfileAnalysis.Analyze(again, options);
        Assert.That(analyzer.Runs, Is.Empty);
    }

    [Test]
    public void Moved_diagnostics_are_made_again_at_the_new_place_with_the_same_message()
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        var first = DockerfileAnalysis.Analyze(tree, options);
        analyzer.Runs.Clear();

        // Three characters more in stage one: stage three's diagnostics move by three, on the same lines.
        var edited = Edit(tree, "echo one", "abc");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Does.Not.Contain("RUN echo three"));
        var before = first.Where(d => d.GetMessage().Contains("three")).ToList();
        var after = second.Where(d => d.GetMessage().Contains("three")).ToList();
        Assert.That(after.Select(d => d.Location.SourceSpan.Start), Is.EqualTo(before.Select(d => d.Location.SourceSpan.Start + 3)));
        Assert.That(after.Select(d => d.GetMessage()), Is.EqualTo(before.Select(d => d.GetMessage())));
        Assert.That(after.Select(d => d.Descriptor), Is.EqualTo(before.Select(d => d.Descriptor)), "the rule's own descriptor, not a copy");
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [Test]
    public void A_new_line_before_a_stage_runs_it_again_since_its_lines_moved()
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);
        analyzer.Runs.Clear();

        // A message may name a line ("on line 9"): a stage that starts on another line is analysed again.
        var edited = Edit(tree, "RUN echo two\n", "\n");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo two", "RUN echo three" }));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [TestCase("ARG BASE=alpine:3.20", "\nARG MORE=1", TestName = "A global ARG")]
    [TestCase("AS two", "b", TestName = "A stage name")]
    [TestCase("RUN echo three\n", "FROM one\n", TestName = "A new stage")]
    public void A_change_every_stage_depends_on_runs_them_all(string after, string insert)
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);
        analyzer.Runs.Clear();

        var edited = Edit(tree, after, insert);
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Does.Contain("RUN echo one").And.Contain("RUN echo three"));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [Test]
    public void An_ARG_added_to_an_earlier_stage_pins_a_yum_package_of_a_later_one_as_hadolint_reads_it()
    {
        // DF3042 reads the ARGs of every earlier stage, so it is not stage-scoped: the later stage's finding goes.
        const string text = "FROM centos:7 AS one\nRUN echo one\nFROM centos:7 AS two\nRUN yum install -y git-$V && yum clean all\n";
        var options = new AnalysisOptions { Cache = new AnalyzerCache(), AllowParallel = false };
        var tree = DockerfileSyntaxTree.ParseText(text, "/src/Dockerfile");
        Assert.That(DockerfileAnalysis.Analyze(tree, options).Select(d => d.Id), Does.Contain("DF3042"));
        var edited = Edit(tree, "RUN echo one\n", "ARG V=2.1\n");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(second.Select(d => d.Id), Does.Not.Contain("DF3042"));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [Test]
    public void A_ready_made_diagnostic_is_reused_where_it_did_not_move_and_made_again_where_it_did()
    {
        var analyzer = new CountingStageAnalyzer(readyMade: true);
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);
        analyzer.Runs.Clear();

        // Its message arguments are unknown, so the moved stage three runs again; stage one, before the edit, does not.
        var edited = Edit(tree, "echo two", "x");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo twox", "RUN echo three" }));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [Test]
    public void Other_settings_or_a_new_path_reuse_nothing()
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);

        // A copy with the same settings reuses everything; another target, build context or configuration nothing.
        analyzer.Runs.Clear();
        DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Analyzers = options.Analyzers, Cache = options.Cache, AllowParallel = true });
        Assert.That(analyzer.Runs, Is.Empty);
        DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Analyzers = options.Analyzers, Cache = options.Cache, Target = "two" });
        Assert.That(analyzer.Runs.Count, Is.EqualTo(3));
        analyzer.Runs.Clear();
        DockerfileAnalysis.Analyze(tree, options.WithConfiguration(Dockerfile.Analysis.Configuration.AnalysisConfiguration.FromProperties(new System.Collections.Generic.Dictionary<string, string>())));
        Assert.That(analyzer.Runs.Count, Is.EqualTo(3));

        analyzer.Runs.Clear();
        var moved = DockerfileSyntaxTree.ParseText(tree.GetText(), "/elsewhere/Dockerfile");
        var result = DockerfileAnalysis.Analyze(moved, options);
        Assert.That(analyzer.Runs.Count, Is.EqualTo(3));
        Assert.That(result.All(d => d.Location.GetLineSpan().Path == "/elsewhere/Dockerfile"));
    }

    [Test]
    public void A_tree_without_a_path_reuses_its_stages_too()
    {
        var analyzer = new CountingStageAnalyzer();
        var options = Options(analyzer);
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages);
        DockerfileAnalysis.Analyze(tree, options);
        analyzer.Runs.Clear();
        var edited = Edit(tree, "echo two", "x");
        var second = DockerfileAnalysis.Analyze(edited, options);
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echo twox" }));
        Assert.That(Dump(second), Is.EqualTo(Fresh(edited, options)));
    }

    [Test]
    public void An_edited_document_reuses_the_stages_it_did_not_touch()
    {
        var analyzer = new CountingStageAnalyzer();
        var document = Dockerfile.Analysis.Workspaces.DockerfileDocument.Create(SourceText.From(ThreeStages), "/src/Dockerfile", null, null, Options(analyzer));
        document.GetDiagnostics();
        analyzer.Runs.Clear();

        int at = ThreeStages.IndexOf("echo three", StringComparison.Ordinal) + 4;
        var edited = document.WithText(document.Text.WithChanges(new TextChange(new TextSpan(at, 0), "z")));
        var diagnostics = edited.GetDiagnostics();
        Assert.That(analyzer.Runs, Is.EqualTo(new[] { "RUN echoz three" }));
        Assert.That(Dump(diagnostics), Is.EqualTo(Fresh(edited.SyntaxTree, edited.Options)));
    }

    [Test]
    public void A_throwing_stage_local_analyzer_is_DF0001_every_time_and_caches_nothing()
    {
        int calls = 0;
        var throwing = new DelegateAnalyzer(c =>
        {
            c.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
            c.RegisterSyntaxNodeAction(x => { calls++; if (x.Node.ToString().Contains("two")) { throw new InvalidOperationException("bad"); } }, SyntaxKind.RunInstruction);
        });
        var options = Options(throwing, new CountingStageAnalyzer());
        var tree = DockerfileSyntaxTree.ParseText(ThreeStages, "/src/Dockerfile");
        Assert.That(DockerfileAnalysis.Analyze(tree, options).Count(d => d.Id == "DF0001"), Is.EqualTo(1));
        var edited = Edit(tree, "echo three", "x");
        Assert.That(DockerfileAnalysis.Analyze(edited, options).Count(d => d.Id == "DF0001"), Is.EqualTo(1));
        Assert.That(calls, Is.GreaterThanOrEqualTo(4), "the failed analyzer's stages are not reused");
    }

    /// <summary>A many-stage file like an editor's large buffer, in which every built-in rule finds something.</summary>
    private static string Generated(int stages)
    {
        var builder = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE_TAG=3.20\n");
        for (int s = 0; s < stages; s++)
        {
            builder.Append("FROM ").Append(s % 4 == 3 ? "stage" + (s - 1) : "alpine:${BASE_TAG}").Append(" AS stage").Append(s).Append('\n');
            builder.Append("ARG VERSION_").Append(s).Append("=1.").Append(s).Append('\n');
            builder.Append("ENV APP_HOME=/opt/app").Append(s).Append(" PATH=/opt/app").Append(s).Append("/bin:$PATH\n");
            builder.Append("WORKDIR $APP_HOME\n");
            builder.Append("RUN apt-get update && apt-get install curl git \\\n    && echo \"building ${VERSION_").Append(s).Append("} $PAHT\" \\\n    && cd /tmp && pip install flask\n");
            builder.Append(s > 0 ? "COPY --from=stage" + (s - 1) + " /opt/app /opt/app\n" : "COPY . .\n");
            builder.Append("RUN npm install express\nRUN yum install httpd\nEXPOSE 8080\nUSER root\n");
            builder.Append("CMD /opt/app/bin/server --port 8080\n\n");
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Name, string Text)> Files()
    {
        yield return ("three stages", ThreeStages);
        yield return ("generated", Generated(12));
        string? corpus = TestCorpus.FindCorpusDirectory();
        string? manifest = corpus == null ? null : Path.Combine(corpus, "real", "MANIFEST.tsv");
        if (manifest == null || !File.Exists(manifest))
        {
            yield break;
        }

        // Every 8th corpus file with more than one stage: enough variety for a test that runs in seconds.
        int index = 0;
        foreach (string line in File.ReadAllLines(manifest).Skip(1).Where(l => l.Length > 0))
        {
            string file = line.Split('\t')[0];
            string text = new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(corpus!, "real", file)));
            if (System.Text.RegularExpressions.Regex.Matches(text, @"(?im)^\s*FROM\s").Count >= 2 && index++ % 8 == 0)
            {
                yield return (file, text);
            }
        }
    }

    private static readonly string[] s_insertions = { "x", " ", "\n", "\\\n", "$", "${A}", "-y", "\"", "=1", "AS b ", "FROM x\n", "RUN a\n", "# hadolint ignore=DL3008\n", "\t", "ARG A=1\n", "RUN yum install -y a-$A\n", "FROM x AS a\n" };

    [Test]
    public void Random_edits_give_the_diagnostics_of_a_fresh_analysis_with_every_built_in_rule()
    {
        int files = 0, edits = 0;
        long reused = 0;
        foreach (var (name, original) in Files())
        {
            files++;
            var random = new Random(name.Length * 7919 + files);
            var options = new AnalysisOptions { Cache = new AnalyzerCache(), AllowParallel = files % 2 == 0 };
            var tree = DockerfileSyntaxTree.ParseText(original, "/src/Dockerfile");
            DockerfileAnalysis.Analyze(tree, options);
            for (int e = 0; e < 12; e++)
            {
                string text = tree.GetText().ToString();
                int at = random.Next(text.Length + 1);
                var change = random.Next(4) == 0 && at < text.Length
                    ? new TextChange(new TextSpan(at, Math.Min(text.Length - at, 1 + random.Next(6))), string.Empty)
                    : new TextChange(new TextSpan(at, 0), s_insertions[random.Next(s_insertions.Length)]);
                tree = tree.WithChangedText(tree.GetText().WithChanges(change));
                edits++;
                string incremental = Dump(DockerfileAnalysis.Analyze(tree, options));
                string fresh = Fresh(tree, options);
                if (incremental != fresh)
                {
                    Assert.Fail($"{name}, edit {e} ({change.Span} -> '{change.NewText}'):\n" + FirstDifference(incremental, fresh));
                }
            }

            reused += options.Cache!.StageReuseCount;
        }

        TestContext.Progress.WriteLine($"{files} files, {edits} edits compared, {reused} stages reused");
        Assert.That(edits, Is.GreaterThanOrEqualTo(24));
        Assert.That(reused, Is.GreaterThan(edits), "most edits leave some stage as it was");
    }

    private static string FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            string left = i < x.Length ? x[i] : "(none)";
            string right = i < y.Length ? y[i] : "(none)";
            if (left != right)
            {
                return $"incremental: {left}\nfresh:       {right}";
            }
        }

        return "(same)";
    }
}
