using System.Collections.Immutable;
using Dockerfile.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using DockerfileAnalyzer = Dockerfile.Analysis.DockerfileAnalyzer;

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
/// <para>
/// Your own rules run the same way through a subclass of <see cref="DockerfileDiagnosticAnalyzerBase"/>.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class DockerfileDiagnosticAnalyzer : DockerfileDiagnosticAnalyzerBase
{
    /// <summary>Gets every built-in analyzer (<see cref="DockerfileAnalysis.BuiltInAnalyzers"/>).</summary>
    /// <returns>The built-in analyzers.</returns>
    protected override ImmutableArray<DockerfileAnalyzer> CreateAnalyzers() => DockerfileAnalysis.BuiltInAnalyzers;

    /// <summary>The whole catalogue: parse errors, <c>DF0001</c>, <c>DF0002</c> and the built-in rules, each with its rule page as help link.</summary>
    private protected override AnalyzerSet CreateSet() => AnalyzerSet.BuiltIn;
}
