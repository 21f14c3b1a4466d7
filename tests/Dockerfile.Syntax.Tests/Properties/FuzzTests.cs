using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Properties;

/// <summary>
/// Property tests: seeded random mutations of real Dockerfiles and of our fixtures must parse without
/// throwing and print back byte for byte. A failure is minimised and printed.
/// </summary>
public class FuzzTests
{
    [Test]
    public void MutatedCorpusFilesRoundTrip()
    {
        string root = TestCorpus.Require();
        var real = TestCorpus.RealFiles().Select(f => Path.Combine(root, "real", f));
        var buildkit = Directory.GetFiles(Path.Combine(root, "buildkit-parser"), "Dockerfile", SearchOption.AllDirectories);
        var sample = real.OrderBy(f => f, StringComparer.Ordinal).Where((_, i) => i % 2 == 0)
            .Concat(buildkit.OrderBy(f => f, StringComparer.Ordinal))
            .Select(TestCorpus.ReadText)
            .ToList();
        int count = Run(sample, mutationsPerInput: 16, seed: 20260827);
        Assert.That(count, Is.GreaterThanOrEqualTo(5000));
    }

    [Test]
    public void MutatedFixturesRoundTrip()
    {
        var inputs = SyntaxFixtures.Names().Select(SyntaxFixtures.ReadInput).ToList();
        Assert.That(inputs, Is.Not.Empty);
        int count = Run(inputs, mutationsPerInput: 600, seed: 4242);
        Assert.That(count, Is.GreaterThanOrEqualTo(5000));
    }

    [Test]
    public void MinimizerKeepsOnlyWhatTheFailureNeeds()
    {
        string input = "FROM a\nRUN echo hi\nCOPY x y\n# trailing comment\n";
        string small = Minimizer.Minimize(input, t => t.Contains("hi", StringComparison.Ordinal));
        Assert.That(small, Is.EqualTo("hi"));
    }

    private static int Run(IReadOnlyList<string> inputs, int mutationsPerInput, int seed)
    {
        var mutator = new Mutator(seed);
        var watch = Stopwatch.StartNew();
        int count = 0;
        foreach (var input in inputs)
        {
            string text = input;
            for (int i = 0; i < mutationsPerInput; i++)
            {
                // Half of the mutations build on the previous one, so edits accumulate.
                text = mutator.Mutate(i % 2 == 0 ? input : text);
                count++;
                if (Problem(text) is { } problem)
                {
                    string small = Minimizer.Minimize(text, t => Problem(t) != null);
                    Assert.Fail($"{problem}\nMinimised input ({small.Length} chars): \"{TreeDump.Escape(small)}\"\nProblem on it: {Problem(small)}");
                }
            }
        }

        TestContext.Out.WriteLine($"{count} mutations in {watch.ElapsedMilliseconds} ms");
        return count;
    }

    /// <summary>Null when the text parses, round-trips and its tree can be read; otherwise what went wrong.</summary>
    internal static string? Problem(string text)
    {
        try
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            var root = tree.GetRoot();
            if (root.ToFullString() != text)
            {
                return "round-trip differs";
            }

            if (root.FullSpan.Length != text.Length)
            {
                return "root width differs";
            }

            _ = tree.GetDiagnostics().ToList();
            _ = BuildKitAstDumper.Dump(tree);
            _ = root.DescendantTokens().Count();
            return null;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
