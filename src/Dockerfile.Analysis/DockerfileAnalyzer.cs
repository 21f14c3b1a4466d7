using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis;

/// <summary>
/// The base of every Dockerfile analyzer, in the shape of a Roslyn analyzer: it declares the diagnostics it
/// can report and registers actions on syntax nodes, stages or the whole file.
/// </summary>
public abstract class DockerfileAnalyzer
{
    /// <summary>Gets the descriptors of every diagnostic this analyzer can report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions. Called once per analysis run.</summary>
    /// <param name="context">The context to register actions with.</param>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>
    /// Gets the metadata of every rule this analyzer reports: its descriptor and its hadolint and
    /// BuildKit equivalents. By default, one entry without equivalents per supported diagnostic.
    /// </summary>
    public virtual ImmutableArray<RuleInfo> Rules
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<RuleInfo>();
            foreach (var descriptor in SupportedDiagnostics)
            {
                builder.Add(new RuleInfo(descriptor));
            }

            return builder.ToImmutable();
        }
    }
}
