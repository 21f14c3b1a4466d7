namespace Dockerfile.Analysis;

/// <summary>
/// Custom tags of our descriptors beyond Roslyn's <see cref="Microsoft.CodeAnalysis.WellKnownDiagnosticTags"/>
/// (whose <c>Unnecessary</c> we use for text that can simply be removed).
/// </summary>
public static class DockerfileDiagnosticTags
{
    /// <summary>The finding is on deprecated syntax (an editor strikes it through).</summary>
    public const string Deprecated = "Deprecated";
}
