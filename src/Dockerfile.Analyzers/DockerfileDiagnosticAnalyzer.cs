using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Analyzers;

/// <summary>
/// Reports the diagnostics of the Dockerfiles among a compilation's additional files: parse errors and the findings
/// of the built-in rules, as <c>dfa lint</c> reports them, at the Dockerfile's lines.
/// </summary>
/// <remarks>
/// <para>
/// The package's build targets add the project folder's <c>Dockerfile</c>, <c>*.Dockerfile</c>, <c>Dockerfile.*</c> and
/// <c>Containerfile</c> as additional files, with what their analysis reads: the build context's file list (written to
/// <c>obj/</c>), the context's manifests and <c>.dockerignore</c>, and the <c>.editorconfig</c> and
/// <c>.hadolint.yaml</c> files above each Dockerfile. The analyzer reads nothing from disk.
/// </para>
/// <para>
/// Severities: the compiler applies <c>.globalconfig</c>, <c>NoWarn</c>, <c>WarningsAsErrors</c> and
/// <c>TreatWarningsAsErrors</c> to these diagnostics as to any other; it does not apply <c>.editorconfig</c> sections to
/// additional files, so the analyzer applies them (and <c>.hadolint.yaml</c>, and the suppression comments in the
/// Dockerfile) itself, reporting each diagnostic with its effective severity or not at all. Hadolint ids and BuildKit
/// check names are accepted wherever a rule id is.
/// </para>
/// <para>
/// Results are kept by the checksum of everything an analysis read, so an unchanged Dockerfile is not analysed again
/// in the next compilation.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class DockerfileDiagnosticAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Gets every rule of the library's catalogue, each with its rule page as help link.</summary>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    /// <summary>Registers the analysis of each Dockerfile additional file.</summary>
    /// <param name="context">The analysis context.</param>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var inputs = new CompilationInputs(start.Options, start.Compilation.Options);
            start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, inputs));
        });
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, CompilationInputs inputs)
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

        var request = DockerfileRequest.Create(file, text, options, inputs.GetIndex(context.CancellationToken), context.CancellationToken);
        foreach (var diagnostic in AnalysisResultCache.GetOrAnalyze(request, context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
