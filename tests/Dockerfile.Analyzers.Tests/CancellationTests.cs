using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>A cancelled compilation stops the analysis, and keeps no result.</summary>
[NonParallelizable]
public class CancellationTests
{
    [Test]
    public void A_cancelled_run_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => Samples.PythonPipenv().Run(cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void An_analysis_cancelled_midway_is_not_kept()
    {
        AnalysisResultCache.Clear();

        // A large Dockerfile (the driver works in parallel past its threshold), cancelled while it is analysed.
        var text = new System.Text.StringBuilder("FROM alpine:3.20\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("RUN echo ").Append(i).Append(" | tee /tmp/").Append(i).Append('\n');
        }

        var harness = new AnalyzerHarness().Dockerfile("Dockerfile", text.ToString());
        using var soon = new CancellationTokenSource();
        soon.CancelAfter(TimeSpan.FromMilliseconds(50));
        Assert.That(() => harness.Run(soon.Token), Throws.InstanceOf<OperationCanceledException>(), "the analysis of 5,000 instructions takes longer than 50 ms");
        Assert.That(AnalysisResultCache.Count, Is.EqualTo(0), "nothing was kept");

        int before = AnalysisResultCache.Analyses;
        var diagnostics = harness.Run();
        Assert.That(AnalysisResultCache.Analyses - before, Is.EqualTo(1), "the next run analyses again");
        Assert.That(diagnostics, Is.Not.Empty);
    }

    [Test]
    public void Concurrent_compilations_get_the_same_results()
    {
        AnalysisResultCache.Clear();
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = string.Join("\n", System.Linq.Enumerable.Select(Samples.PythonPipenv().Run(), AnalyzerHarness.Describe)));

        Assert.That(results, Is.All.EqualTo(results[0]));
        Assert.That(results[0], Does.Contain("DF2001"));
    }
}
