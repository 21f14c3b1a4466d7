using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Properties;

/// <summary>
/// Huge or deeply nested inputs: each must parse, round-trip and not overflow the stack. Their time is
/// printed, not asserted (timing belongs to the benchmarks: the scaling benchmark guards linear time).
/// </summary>
public class PathologicalInputTests
{

    [Test]
    public void OneMegabyteOfBackslashes() => Check("RUN " + new string('\\', 1 << 20));

    [Test]
    public void OneMegabyteOfContinuationLines() => Check("RUN a" + string.Concat(Enumerable.Repeat("\\\n", 1 << 19)));

    [Test]
    public void TenThousandNestedBraces() =>
        Check("WORKDIR " + string.Concat(Enumerable.Repeat("${A:-", 10_000)) + "x" + new string('}', 10_000) + "\n");

    [Test]
    public void TenThousandUnclosedBraces() => Check("WORKDIR " + string.Concat(Enumerable.Repeat("${", 10_000)) + "\n");

    [Test]
    public void FiftyThousandHeredocMarkersOnOneLine()
    {
        var builder = new StringBuilder("FROM a\nRUN");
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append(" <<E").Append(i);
        }

        builder.Append("\nbody\nE0\n");
        Check(builder.ToString());
    }

    [Test]
    public void OneMegabyteSingleLine() => Check("RUN " + new string('a', 1 << 20));

    [Test]
    public void OneMegabyteSingleLineOfWords() => Check("COPY " + string.Concat(Enumerable.Repeat("a ", 1 << 17)) + "/dst");

    [Test]
    public void HundredThousandEmptyLines() => Check("FROM a\n" + new string('\n', 100_000) + "RUN b\n");

    [Test]
    public void HundredThousandEmptyLinesInsideAContinuation() => Check("FROM a\nRUN b \\\n" + new string('\n', 100_000) + "c\n");

    private static void Check(string text)
    {
        // A small stack makes a recursion that grows with the input fail here rather than in production.
        Exception? failure = null;
        TimeSpan elapsed = TimeSpan.Zero;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var watch = Stopwatch.StartNew();
                    var tree = DockerfileSyntaxTree.ParseText(text);
                    string printed = tree.GetRoot().ToFullString();
                    _ = tree.GetDiagnostics().Count();
                    elapsed = watch.Elapsed;
                    Assert.That(printed == text, Is.True, "round-trip");
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();
        if (failure != null)
        {
            throw new AssertionException("Parsing failed: " + failure);
        }

        TestContext.Out.WriteLine($"{text.Length} chars in {elapsed.TotalMilliseconds:F0} ms");
    }
}
