using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis;

/// <summary>
/// A rule's metadata beyond its <see cref="DiagnosticDescriptor"/>: the equivalent hadolint rules
/// (<c>DLxxxx</c>) and BuildKit checks, so that their suppressions and configurations can be honoured.
/// </summary>
public sealed class RuleInfo
{
    /// <summary>Creates the metadata of a rule.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="hadolintEquivalents">The hadolint rules that find the same problem.</param>
    /// <param name="buildKitEquivalents">The BuildKit checks that find the same problem.</param>
    public RuleInfo(DiagnosticDescriptor descriptor, ImmutableArray<string> hadolintEquivalents = default, ImmutableArray<string> buildKitEquivalents = default)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        HadolintEquivalents = hadolintEquivalents.IsDefault ? ImmutableArray<string>.Empty : hadolintEquivalents;
        BuildKitEquivalents = buildKitEquivalents.IsDefault ? ImmutableArray<string>.Empty : buildKitEquivalents;
    }

    /// <summary>Gets the rule's descriptor.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Gets the rule's id, such as <c>DF2001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Gets the hadolint rules that find the same problem, such as <c>DL3008</c>.</summary>
    public ImmutableArray<string> HadolintEquivalents { get; }

    /// <summary>Gets the BuildKit checks that find the same problem, such as <c>JSONArgsRecommended</c>.</summary>
    public ImmutableArray<string> BuildKitEquivalents { get; }

    /// <summary>Gets the hadolint equivalents followed by the BuildKit equivalents.</summary>
    public ImmutableArray<string> Equivalents => HadolintEquivalents.AddRange(BuildKitEquivalents);

    /// <summary>Creates a descriptor whose help link is the rule's page, <c>docs/rules/&lt;id&gt;.md</c>.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>-style placeholders.</param>
    /// <param name="category">The category, such as <c>LayerCache</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="description">A longer description.</param>
    /// <returns>The descriptor, enabled by default.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string? description = null) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: "docs/rules/" + id + ".md");

    /// <summary>
    /// The diagnostic property that says in words what a diagnostic's additional locations are (for example the
    /// <c>COPY . .</c> a DF2001 install runs after); an editor shows it as the related information's message.
    /// </summary>
    public const string AdditionalLocationsMessageProperty = "additionalLocationsMessage";

    /// <summary>
    /// Creates a descriptor whose help link is the rule's page, <c>docs/rules/&lt;id&gt;.md</c>, with custom tags, such as
    /// <see cref="WellKnownDiagnosticTags.Unnecessary"/> for a finding on text that can simply be removed (editors fade it).
    /// </summary>
    /// <param name="id">The rule id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>-style placeholders.</param>
    /// <param name="category">The category, such as <c>LayerCache</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="description">A longer description.</param>
    /// <param name="customTags">The descriptor's custom tags.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string? description, params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: "docs/rules/" + id + ".md", customTags: customTags);

    /// <summary>
    /// Creates a descriptor whose help link is the rule's page, <c>docs/rules/&lt;id&gt;.md</c>, choosing whether the
    /// rule is enabled by default (an opt-in rule is reported only when <see cref="AnalysisOptions.EnabledRules"/> lists it).
    /// </summary>
    /// <param name="id">The rule id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>-style placeholders.</param>
    /// <param name="category">The category, such as <c>LayerCache</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="isEnabledByDefault">Whether the rule is reported without being turned on.</param>
    /// <param name="description">A longer description.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, bool isEnabledByDefault, string? description = null) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: isEnabledByDefault, description: description, helpLinkUri: "docs/rules/" + id + ".md");
}
