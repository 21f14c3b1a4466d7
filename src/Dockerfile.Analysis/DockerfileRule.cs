using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis;

/// <summary>
/// The base of an analyzer that reports one rule: it derives <see cref="DockerfileAnalyzer.SupportedDiagnostics"/>
/// and <see cref="DockerfileAnalyzer.Rules"/> from the rule's <see cref="Metadata"/>, so a rule declares its
/// descriptor and equivalents once.
/// </summary>
public abstract class DockerfileRule : DockerfileAnalyzer
{
    private ImmutableArray<DiagnosticDescriptor> _supported;
    private ImmutableArray<RuleInfo> _rules;

    /// <summary>Gets the rule's descriptor and its hadolint and BuildKit equivalents.</summary>
    public abstract RuleInfo Metadata { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        _supported.IsDefault ? _supported = ImmutableArray.Create(Metadata.Descriptor) : _supported;

    /// <inheritdoc />
    public sealed override ImmutableArray<RuleInfo> Rules =>
        _rules.IsDefault ? _rules = ImmutableArray.Create(Metadata) : _rules;
}
