using System;
using System.Threading;
using System.Threading.Tasks;
using System.Linq;
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
    public void A_cancelled_analysis_is_not_kept()
    {
        AnalysisResultCache.Clear();
        var dockerfile = new TestAdditionalText("/repo/app/Dockerfile", Samples.Read("python-pipenv/Dockerfile"));
        var provider = new TestAnalyzerConfigOptionsProvider(new System.Collections.Generic.Dictionary<string, string>(), new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>());
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(dockerfile), provider);
        var index = CompilationInputs.Index.Create(AnalyzerSet.BuiltIn, options, new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary), CancellationToken.None);
        var request = DockerfileRequest.Create(AnalyzerSet.BuiltIn, dockerfile, dockerfile.GetText(), provider.GetOptions(dockerfile), index, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => AnalysisResultCache.GetOrAnalyze(request, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(AnalysisResultCache.Count, Is.EqualTo(0), "nothing was kept");

        int before = AnalysisResultCache.Analyses;
        Assert.That(AnalysisResultCache.GetOrAnalyze(request, CancellationToken.None).Select(d => d.Id), Does.Contain("DF2001"));
        Assert.That(AnalysisResultCache.Analyses - before, Is.EqualTo(1), "the next request analyses");
        Assert.That(AnalysisResultCache.Count, Is.EqualTo(1));
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
