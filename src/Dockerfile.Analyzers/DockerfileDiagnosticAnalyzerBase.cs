using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DockerfileAnalyzer = Dockerfile.Analysis.DockerfileAnalyzer;

namespace Dockerfile.Analyzers;

/// <summary>
/// A Roslyn analyzer that runs Dockerfile analyzers (<see cref="DockerfileAnalyzer"/>) over the Dockerfiles among a
/// compilation's additional files, the way <see cref="DockerfileDiagnosticAnalyzer"/> runs the built-in rules: the
/// same inputs from the package's build targets, the same <c>.editorconfig</c>, <c>.hadolint.yaml</c>, compiler and
/// inline-suppression settings, the same result cache.
/// </summary>
/// <remarks>
/// <para>
/// To ship your own rules in <c>dotnet build</c>, derive a class from this one, mark it
/// <c>[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]</c> (that attribute is how the compiler
/// finds it) and list your analyzers in <see cref="CreateAnalyzers"/>:
/// </para>
/// <code>
/// [DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
/// public sealed class AcmeDockerfileAnalyzer : DockerfileDiagnosticAnalyzerBase
/// {
///     protected override ImmutableArray&lt;DockerfileAnalyzer&gt; CreateAnalyzers() =>
///         ImmutableArray.Create&lt;DockerfileAnalyzer&gt;(new InternalRegistryAnalyzer());
/// }
/// </code>
/// <para>
/// The host declares its analyzers' descriptors (and <c>DF0001</c>, reported when one of them throws) and reports only
/// those: parse errors and <c>DF0002</c> (a bad configuration value) are reported once, by the built-in analyzer of the
/// Dockerfile.Analyzers package, which a project with your package also has. Results are cached per host: the key
/// names the host and its analyzers, so two hosts never share results. docs/msbuild.md ("Your own rules") says how to
/// build and pack such a package.
/// </para>
/// </remarks>
public abstract class DockerfileDiagnosticAnalyzerBase : DiagnosticAnalyzer
{
    private AnalyzerSet? _set;

    /// <summary>Gets the descriptors of the analyzers <see cref="CreateAnalyzers"/> lists, and <c>DF0001</c>.</summary>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Set.SupportedDiagnostics;

    /// <summary>The rules this host runs and reports, made once from <see cref="CreateAnalyzers"/>.</summary>
    internal AnalyzerSet Set
    {
        get
        {
            var set = Volatile.Read(ref _set);
            if (set is null)
            {
                Interlocked.CompareExchange(ref _set, CreateSet(), null);
                set = _set!;
            }

            return set;
        }
    }

    /// <summary>Registers the analysis of each Dockerfile additional file with this host's analyzers.</summary>
    /// <param name="context">The analysis context.</param>
    public sealed override void Initialize(AnalysisContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        var set = Set;
        if (set.IsEmpty)
        {
            return;
        }

        context.RegisterCompilationStartAction(start =>
        {
            var inputs = new CompilationInputs(set, start.Options, start.Compilation.Options);
            start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, set, inputs));
        });
    }

    /// <summary>
    /// Lists the Dockerfile analyzers this host runs, each a new instance, listed explicitly (nothing is discovered).
    /// Called once per host instance.
    /// </summary>
    /// <returns>The analyzers; an empty array runs nothing.</returns>
    protected abstract ImmutableArray<DockerfileAnalyzer> CreateAnalyzers();

    /// <summary>Makes the set of rules this host runs; the built-in analyzer's is the whole catalogue.</summary>
    private protected virtual AnalyzerSet CreateSet() => AnalyzerSet.ForCustom(GetType().FullName ?? GetType().Name, CreateAnalyzers());

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, AnalyzerSet set, CompilationInputs inputs)
    {
        var file = context.AdditionalFile;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
        if (AdditionalFileMetadata.GetKind(file, options) != AdditionalFileKind.Dockerfile)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var request = DockerfileRequest.Create(set, file, text, options, inputs.GetIndex(context.CancellationToken), context.CancellationToken);
        foreach (var diagnostic in AnalysisResultCache.GetOrAnalyze(request, context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
