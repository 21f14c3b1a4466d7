using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.Analysis;

/// <summary>
/// Shell and Dockerfile constructs nested 50,000 deep (issue 12): parsing, analysis, the fixes and fix-all must not
/// overflow the stack. Each case runs on a thread with a 256 KB stack, so a walk whose recursion grows with the input
/// fails here (the test process dies) instead of in a user's build.
/// </summary>
public class DeepNestingTests
{
    private const int Depth = 50_000;
    private const int SmallStack = 256 * 1024;

    // After the deep instruction: proves the analysis went on and reported the rest of the file.
    private const string Sentinel = "RUN apt-get install curl\n";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("RUN ${", "RUN echo " + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth));
        yield return Case("RUN $(", "RUN echo " + Repeat("$(", Depth) + "x" + Repeat(")", Depth));
        yield return Case("RUN $((", "RUN echo " + Repeat("$((", Depth) + "1" + Repeat("))", Depth));
        yield return Case("RUN \"$(", "RUN echo " + Repeat("\"$(", Depth) + "x" + Repeat(")\"", Depth));
        yield return Case("RUN \"${", "RUN echo " + Repeat("\"${A:-", Depth) + "x" + Repeat("}\"", Depth));
        yield return Case("RUN ${/", "RUN echo " + Repeat("${A/", Depth) + "x" + Repeat("/y}", Depth));
        yield return Case("RUN backticks", "RUN echo " + Repeat("`", Depth));
        yield return Case("RUN unclosed $(", "RUN echo " + Repeat("$(", Depth));
        yield return Case("RUN ( (", "RUN " + Repeat("( ", Depth) + "echo x" + Repeat(" )", Depth));
        yield return Case("RUN { {", "RUN " + Repeat("{ ", Depth) + "echo x;" + Repeat(" }", Depth));
        yield return Case("RUN if", "RUN " + Repeat("if true; then ", Depth) + "echo" + Repeat("; fi", Depth));
        yield return Case("RUN case", "RUN " + Repeat("case x in x) ", Depth) + "echo" + Repeat(" ;; esac", Depth));

        // Short physical lines: a heredoc body and continuation lines (no line-length diagnostic in the way).
        yield return Case("RUN heredoc $(", "RUN <<EOF\necho " + Repeat("$(\n", Depth) + "x" + Repeat(")\n", Depth) + "EOF");
        yield return Case("RUN continued ${", "RUN echo " + Repeat("${A:-\\\n", Depth) + "x" + Repeat("}\\\n", Depth - 1) + "}");

        yield return Case("ENV ${", "ENV X=" + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth));
        yield return Case("ENV \"${", "ENV X=" + Repeat("\"${A:-", Depth) + "x" + Repeat("}\"", Depth));
        yield return Case("ENV ${/", "ENV X=" + Repeat("${A/", Depth) + "x" + Repeat("/y}", Depth));
        yield return Case("LABEL ${", "LABEL x=" + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth));
        yield return Case("ARG ${", "ARG X=" + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth));
        yield return Case("WORKDIR ${", "WORKDIR /" + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth));
        yield return Case("COPY ${", "COPY " + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth) + " /x");
        yield return Case("ONBUILD ONBUILD", Repeat("ONBUILD ", Depth) + "RUN echo x");
    }

    private static TestCaseData Case(string name, string instruction) =>
        new TestCaseData("FROM alpine:3.20\n" + instruction + "\n" + Sentinel).SetName("Deep " + name);

    [TestCaseSource(nameof(Cases))]
    public void Analysis_and_fixes_survive_deep_nesting(string text)
    {
        RunOnSmallStack(() =>
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "round-trip");

            var options = new AnalysisOptions { AllowParallel = false, Cache = null };
            var diagnostics = DockerfileAnalysis.Analyze(tree, options);
            Assert.That(diagnostics.Select(d => d.Id), Has.None.EqualTo("DF0001"), string.Join("\n", diagnostics));
            int sentinelLine = text.Count(c => c == '\n');
            Assert.That(
                diagnostics.Any(d => d.Id == "DF1001" && d.Location.GetLineSpan().StartLinePosition.Line + 1 == sentinelLine),
                Is.True,
                "the RUN after the deep instruction is still analysed");

            foreach (var diagnostic in diagnostics)
            {
                _ = Fixes.GetFixes(tree, diagnostic);
            }

            var fixedText = Fixes.FixAll(tree, options, maxRounds: 2).Text.ToString();
            Assert.That(fixedText, Does.Contain("apt-get install -y curl"));

            var model = new DockerfileSemanticModel(tree);
            foreach (var instruction in tree.GetRoot().Instructions)
            {
                foreach (var word in model.GetExpandedWords(instruction))
                {
                    _ = model.Expand(word);
                }
            }
        });
    }

    [Test]
    public void A_long_chain_of_stages_is_analysed()
    {
        // Each stage is built on the previous one: stage-to-stage walks (WORKDIR, ENV, pip's cache setting) follow it.
        var builder = new StringBuilder("FROM alpine:3.20 AS s0\nWORKDIR /app\n");
        for (int i = 0; i < 5_000; i++)
        {
            builder.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append("\nCOPY a b\nRUN pip install flask==3.0.0\n");
        }

        builder.Append(Sentinel);
        string text = builder.ToString();
        RunOnSmallStack(() =>
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            var diagnostics = DockerfileAnalysis.Analyze(tree, new AnalysisOptions { AllowParallel = false, Cache = null });
            Assert.That(diagnostics.Select(d => d.Id), Has.None.EqualTo("DF0001"));
            Assert.That(diagnostics.Select(d => d.Id), Has.Some.EqualTo("DF1001"));

            // WORKDIR is inherited from s0 through every stage: no relative-COPY warning anywhere.
            Assert.That(diagnostics.Select(d => d.Id), Has.None.EqualTo("DF1044"));
            foreach (var diagnostic in diagnostics)
            {
                _ = Fixes.GetFixes(tree, diagnostic);
            }
        });
    }

    [Test]
    public void The_last_stage_of_a_long_chain_is_asked_for_first()
    {
        // The semantic model computes a stage from its base: asked for the last stage of a 20,000-stage chain
        // first, it must not recurse along the chain.
        var builder = new StringBuilder("FROM alpine:3.20 AS s0\nWORKDIR /app\n");
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append('\n');
        }

        builder.Append("WORKDIR sub\n");
        var tree = DockerfileSyntaxTree.ParseText(builder.ToString());
        RunOnSmallStack(() =>
        {
            var model = new DockerfileSemanticModel(tree);
            var last = tree.GetRoot().Instructions.Last();
            Assert.That(model.GetWorkingDirectory(last), Is.EqualTo("/app/sub"));
        });
    }

    [Test]
    public void Tokenizer_steps_over_a_deep_substitution_as_one_word()
    {
        RunOnSmallStack(() =>
        {
            string deep = Repeat("$( \"${A:-", Depth) + "x" + Repeat("}\" )", Depth);
            var script = ShellScript.Parse("echo " + deep + " && apt-get install -y curl");
            Assert.That(script.Commands.Select(c => c.Name), Is.EqualTo(new[] { "echo", "apt-get" }));
            Assert.That(script.Commands[0].Arguments, Is.EqualTo(new[] { deep }));

            // Unclosed: the substitution runs to the end of the text.
            var open = ShellScript.Parse("echo " + Repeat("$(", Depth) + " && apt-get install");
            Assert.That(open.Commands.Select(c => c.Name), Is.EqualTo(new[] { "echo" }));
        });
    }

    [Test]
    public void Expansion_nests_to_the_documented_depth_and_fails_cleanly_beyond_it()
    {
        RunOnSmallStack(() =>
        {
            var processor = new ShellWordProcessor();
            var environment = new Dictionary<string, string>();
            string Nested(int depth) => Repeat("${A:-", depth) + "x" + Repeat("}", depth);

            var deepest = processor.ProcessWord(Nested(ShellWordExpander.MaxSubstitutionDepth), environment);
            Assert.That(deepest.Succeeded, Is.True, deepest.Error);
            Assert.That(deepest.Value, Is.EqualTo("x"));

            var tooDeep = processor.ProcessWord(Nested(ShellWordExpander.MaxSubstitutionDepth + 1), environment);
            Assert.That(tooDeep.Succeeded, Is.False);
            Assert.That(tooDeep.Error, Does.Contain("nested more than 64 levels deep"));

            var huge = processor.ProcessWords("\"" + Nested(Depth) + "\"", environment);
            Assert.That(huge.Succeeded, Is.False);
            Assert.That(huge.Error, Does.Contain("nested more than 64 levels deep"));
        });
    }

    private static void RunOnSmallStack(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    body();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        if (failure is AssertionException assertion)
        {
            throw assertion;
        }

        if (failure != null)
        {
            throw new AssertionException("Failed on a 256 KB stack: " + failure);
        }
    }
}
