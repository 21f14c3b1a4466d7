using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Workspaces;

/// <summary>A snapshot's lazy results are computed once, whatever the number of threads asking.</summary>
public class ConcurrencyTests
{
    [Test]
    public void Many_threads_get_the_same_diagnostics_computed_once()
    {
        var text = new StringBuilder("FROM ubuntu\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append("RUN apt-get install -y curl").Append(i).Append('\n');
        }

        var document = DockerfileDocument.Create(SourceText.From(text.ToString()), null, null, null, new AnalyzerCache());
        const int Threads = 16;
        var results = new ImmutableArray<Diagnostic>[Threads];
        var models = new Dockerfile.Analysis.Semantics.DockerfileSemanticModel[Threads];
        using var start = new Barrier(Threads);
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
        {
            start.SignalAndWait();
            results[i] = document.GetDiagnostics();
            models[i] = document.GetSemanticModel();
        });

        Assert.That(document.DiagnosticsComputedCount, Is.EqualTo(1));
        Assert.That(results[0].Length, Is.GreaterThan(0));
        Assert.That(results.All(r => r == results[0]), Is.True, "the same array, not equal copies");
        Assert.That(models.All(m => ReferenceEquals(m, models[0])), Is.True);
        Assert.That(document.GetFixSummary(), Is.SameAs(document.GetFixSummary()));
    }

    [Test]
    public void A_cancelled_analysis_is_not_kept()
    {
        var document = DockerfileDocument.Create(SourceText.From("FROM ubuntu\n"), null, null, null, new AnalyzerCache());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => document.GetDiagnostics(cancelled.Token), Throws.InstanceOf<System.OperationCanceledException>());
        Assert.That(document.DiagnosticsComputedCount, Is.EqualTo(0));
        Assert.That(document.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
        Assert.That(document.DiagnosticsComputedCount, Is.EqualTo(1));
    }

    [Test]
    public void Documents_can_be_opened_and_updated_from_many_threads()
    {
        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { WorkingDirectory = System.IO.Path.GetTempPath() });
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dfa-ws-concurrent-" + System.Guid.NewGuid().ToString("N"));
        Parallel.For(0, 8, i =>
        {
            string path = System.IO.Path.Combine(folder, "d" + i, "Dockerfile");
            workspace.OpenDocument(path, SourceText.From("FROM a\n"));
            for (int k = 0; k < 5; k++)
            {
                workspace.UpdateDocument(path, SourceText.From("FROM a\nRUN echo " + k + "\n")).GetDiagnostics();
            }
        });

        Assert.That(workspace.Documents, Has.Count.EqualTo(8));
        Assert.That(workspace.Documents.All(d => d.Text.ToString() == "FROM a\nRUN echo 4\n"), Is.True);
    }
}
