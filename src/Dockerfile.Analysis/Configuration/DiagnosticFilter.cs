using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// Applies the configuration and the suppressions of a Dockerfile to diagnostics: removes suppressed ones and
/// those configured <c>none</c> or <c>silent</c>, and changes severities (<c>suggestion</c> becomes
/// <see cref="DiagnosticSeverity.Info"/>). Adds the configuration's own <c>DF0002</c> diagnostics.
/// </summary>
public static class DiagnosticFilter
{
    /// <summary>Filters and re-grades diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics of one tree.</param>
    /// <param name="tree">The tree, for its suppression comments.</param>
    /// <param name="configuration">The configuration, or <see langword="null"/>.</param>
    /// <param name="rules">Every known rule, whose equivalents map hadolint and BuildKit ids.</param>
    /// <returns>The diagnostics to report.</returns>
    public static IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, DockerfileSyntaxTree tree, AnalysisConfiguration? configuration, IEnumerable<RuleInfo> rules)
    {
        if (diagnostics is null || tree is null)
        {
            return Enumerable.Empty<Diagnostic>();
        }

        return Apply(diagnostics, configuration, new RuleIdResolver(rules ?? Enumerable.Empty<RuleInfo>()), InlineSuppressions.Read(tree));
    }

    /// <summary>Filters and re-grades diagnostics with a rule-id resolver and the suppressions read from the tree.</summary>
    internal static IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, AnalysisConfiguration? configuration, RuleIdResolver resolver, InlineSuppressions suppressions)
    {
        var levels = new Dictionary<string, RuleSeverityLevel>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in configuration?.Severities ?? System.Collections.Immutable.ImmutableArray<SeveritySetting>.Empty)
        {
            foreach (string id in resolver.Resolve(setting.RuleId))
            {
                levels[id] = setting.Level;
            }
        }

        var global = new HashSet<string>(suppressions.Global.SelectMany(resolver.Resolve), StringComparer.OrdinalIgnoreCase);
        foreach (string skip in suppressions.CheckSkip)
        {
            // As in BuildKit, skip= never applies to an experimental check (experimental= alone decides it).
            if (skip.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                global.UnionWith(resolver.RulesWithBuildKitEquivalents.Where(id => !RuleCatalog.HasExperimentalEquivalent(id)));
            }
            else if (!RuleCatalog.IsBuildKitExperimental(skip))
            {
                global.UnionWith(resolver.Resolve(skip));
            }
        }

        var local = suppressions.Local
            .Select(l => (l.Span, Ids: new HashSet<string>(l.Ids.SelectMany(resolver.Resolve), StringComparer.OrdinalIgnoreCase)))
            .ToList();
        var buildKitRules = new HashSet<string>(resolver.RulesWithBuildKitEquivalents, StringComparer.OrdinalIgnoreCase);

        if (levels.Count == 0 && global.Count == 0 && local.Count == 0 && !suppressions.CheckError)
        {
            return configuration is null || configuration.Diagnostics.IsEmpty ? diagnostics : diagnostics.Concat(configuration.Diagnostics);
        }

        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            string id = diagnostic.Id;
            if (global.Contains(id))
            {
                continue;
            }

            int start = diagnostic.Location.SourceSpan.Start;
            if (local.Any(l => l.Ids.Contains(id) && l.Span.Contains(start)))
            {
                continue;
            }

            var severity = diagnostic.Severity;
            if (levels.TryGetValue(id, out var level))
            {
                if (level is RuleSeverityLevel.None or RuleSeverityLevel.Silent)
                {
                    continue;
                }

                severity = level switch
                {
                    RuleSeverityLevel.Error => DiagnosticSeverity.Error,
                    RuleSeverityLevel.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                };
            }

            if (suppressions.CheckError && buildKitRules.Contains(id) && severity == DiagnosticSeverity.Warning)
            {
                severity = DiagnosticSeverity.Error;
            }

            result.Add(severity == diagnostic.Severity ? diagnostic : WithSeverity(diagnostic, severity));
        }

        if (configuration != null)
        {
            result.AddRange(configuration.Diagnostics);
        }

        return result;
    }

    /// <summary>Copies a diagnostic with another severity (Roslyn's <c>WithSeverity</c> is not public).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="severity">The new severity.</param>
    /// <returns>The copy.</returns>
    public static Diagnostic WithSeverity(Diagnostic diagnostic, DiagnosticSeverity severity)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var d = diagnostic.Descriptor;
        return Diagnostic.Create(
            d.Id,
            d.Category,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            severity,
            d.DefaultSeverity,
            d.IsEnabledByDefault,
            severity == DiagnosticSeverity.Error ? 0 : 1,
            d.Title,
            d.Description,
            d.HelpLinkUri,
            diagnostic.Location,
            diagnostic.AdditionalLocations,
            d.CustomTags,
            diagnostic.Properties);
    }
}
