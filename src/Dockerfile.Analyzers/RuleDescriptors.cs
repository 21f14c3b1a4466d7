using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analyzers;

/// <summary>
/// The library's rules as Roslyn descriptors: every rule of <see cref="RuleCatalog.All"/> (parse errors, the analyzer
/// and configuration diagnostics, and the built-in rules), with the rule page's web address as help link.
/// </summary>
internal static class RuleDescriptors
{
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> s_byId = new(() =>
        RuleCatalog.All.ToImmutableDictionary(rule => rule.Id, rule => Create(rule.Descriptor), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> s_all = new(() =>
        RuleCatalog.All.Select(rule => s_byId.Value[rule.Id]).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<string>> s_configurableIds = new(() =>
        RuleCatalog.All.SelectMany(rule => new[] { rule.Id }.Concat(rule.Equivalents))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray());

    /// <summary>Gets every descriptor, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => s_all.Value;

    /// <summary>Gets every id a setting may name: our ids and the hadolint and BuildKit equivalents.</summary>
    public static ImmutableArray<string> ConfigurableIds => s_configurableIds.Value;

    /// <summary>Gets the descriptor of a rule id, or <see langword="null"/> for an id the catalogue does not have.</summary>
    public static DiagnosticDescriptor? Find(string id) => s_byId.Value.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>A copy of a library descriptor whose help link is the published rule page.</summary>
    public static DiagnosticDescriptor Create(DiagnosticDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title,
        descriptor.MessageFormat,
        descriptor.Category,
        descriptor.DefaultSeverity,
        descriptor.IsEnabledByDefault,
        descriptor.Description,
        RuleCatalog.GetRulePageUri(descriptor.Id),
        descriptor.CustomTags.ToArray());

    /// <summary>
    /// Makes the Roslyn diagnostic of a library diagnostic: the same id, message, severity (already the effective one)
    /// and properties, at <paramref name="dockerfilePath"/> (the additional file's path, as the compiler knows it) when the
    /// diagnostic is in the Dockerfile; a diagnostic in a configuration file keeps its location. The help link is the
    /// declared descriptor's (<paramref name="declared"/>, what the host gave the compiler), else the rule page's.
    /// </summary>
    /// <remarks>
    /// The diagnostic is marked enabled by default whatever the rule's default: the library only reports an opt-in rule
    /// when the configuration turned it on, and the compiler would drop a diagnostic of a disabled-by-default
    /// descriptor that only our configuration (not the compiler's) enables.
    /// </remarks>
    public static Diagnostic Convert(Diagnostic diagnostic, DiagnosticDescriptor? declared, string dockerfilePath, string? libraryPath)
    {
        var rule = diagnostic.Descriptor;
        string? helpLink = declared?.HelpLinkUri ?? RuleCatalog.GetRulePageUri(rule.Id);
        return Diagnostic.Create(
            rule.Id,
            rule.Category,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Severity,
            rule.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: diagnostic.Severity == DiagnosticSeverity.Error ? 0 : 1,
            title: rule.Title,
            description: rule.Description,
            helpLink: helpLink,
            location: Relocate(diagnostic.Location, dockerfilePath, libraryPath),
            additionalLocations: diagnostic.AdditionalLocations.Select(l => Relocate(l, dockerfilePath, libraryPath)),
            customTags: rule.CustomTags,
            properties: diagnostic.Properties);
    }

    private static Location Relocate(Location location, string dockerfilePath, string? libraryPath)
    {
        if (location == Location.None || location.IsInSource)
        {
            return location;
        }

        var span = location.GetLineSpan();
        if (span.Path != null && libraryPath != null && !string.Equals(span.Path, libraryPath, StringComparison.Ordinal))
        {
            // A configuration file's DF0002: it is where it is.
            return location;
        }

        return Location.Create(dockerfilePath, location.SourceSpan, span.Span);
    }
}
