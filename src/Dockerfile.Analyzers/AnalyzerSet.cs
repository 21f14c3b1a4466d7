using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analyzers;

/// <summary>
/// What one Roslyn host (a <see cref="DockerfileDiagnosticAnalyzerBase"/>) runs and reports: its Dockerfile analyzers,
/// the descriptors it declares to the compiler, the rule ids its settings may name, and the key that keeps its cached
/// results apart from every other host's.
/// </summary>
internal sealed class AnalyzerSet
{
    private static readonly Lazy<AnalyzerSet> s_builtIn = new(CreateBuiltIn);

    private readonly ImmutableDictionary<string, DiagnosticDescriptor> _byId;
    private readonly bool _reportsEverything;

    private AnalyzerSet(
        string key,
        ImmutableArray<DockerfileAnalyzer> analyzers,
        ImmutableArray<DiagnosticDescriptor> supportedDiagnostics,
        ImmutableArray<string> configurableIds,
        bool reportsEverything)
    {
        Key = key;
        Analyzers = analyzers;
        SupportedDiagnostics = supportedDiagnostics;
        ConfigurableIds = configurableIds;
        SeverityKeys = configurableIds.Select(id => ("dotnet_diagnostic." + id + ".severity", "dfa_diagnostic." + id + ".severity")).ToImmutableArray();
        _reportsEverything = reportsEverything;
        var byId = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in supportedDiagnostics)
        {
            if (!byId.ContainsKey(descriptor.Id))
            {
                byId.Add(descriptor.Id, descriptor);
            }
        }

        _byId = byId.ToImmutable();
    }

    /// <summary>
    /// Gets the built-in set: every rule of the catalogue (parse errors, <c>DF0001</c>, <c>DF0002</c> and the built-in
    /// rules) with their published rule pages as help links.
    /// </summary>
    public static AnalyzerSet BuiltIn => s_builtIn.Value;

    /// <summary>Gets the part of the cache key that names this set (which analyzers ran, for which host).</summary>
    public string Key { get; }

    /// <summary>Gets the analyzers to run; empty for the built-in set (the library's default: every built-in analyzer).</summary>
    public ImmutableArray<DockerfileAnalyzer> Analyzers { get; }

    /// <summary>Gets the descriptors the host declares to the compiler.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Gets every id a setting may name for these rules: their ids and their hadolint and BuildKit equivalents, in a fixed order.</summary>
    public ImmutableArray<string> ConfigurableIds { get; }

    /// <summary>Gets the <c>dotnet_diagnostic.&lt;id&gt;.severity</c> and <c>dfa_diagnostic.&lt;id&gt;.severity</c> keys of <see cref="ConfigurableIds"/>.</summary>
    public ImmutableArray<(string DotnetKey, string DfaKey)> SeverityKeys { get; }

    /// <summary>Gets a value indicating whether the set has nothing to run (a custom host that listed no analyzer).</summary>
    public bool IsEmpty => !_reportsEverything && Analyzers.IsEmpty;

    /// <summary>
    /// Makes the set of a custom host: its analyzers' descriptors and <c>DF0001</c> (an analyzer that threw). Parse
    /// errors and <c>DF0002</c> (a bad configuration value) are the built-in host's to report, so that a project with
    /// both reports them once.
    /// </summary>
    /// <param name="hostName">The host's type name.</param>
    /// <param name="analyzers">The analyzers the host listed; nulls are dropped.</param>
    public static AnalyzerSet ForCustom(string hostName, ImmutableArray<DockerfileAnalyzer> analyzers)
    {
        var list = analyzers.IsDefault ? ImmutableArray<DockerfileAnalyzer>.Empty : analyzers.Where(a => a != null).ToImmutableArray();
        var descriptors = new List<DiagnosticDescriptor>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var configurable = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var analyzer in list)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (ids.Add(descriptor.Id))
                {
                    descriptors.Add(descriptor);
                }
            }

            foreach (var rule in analyzer.Rules)
            {
                configurable.Add(rule.Id);
                foreach (string equivalent in rule.Equivalents)
                {
                    configurable.Add(equivalent);
                }
            }
        }

        foreach (string id in ids)
        {
            configurable.Add(id);
        }

        var failure = RuleDescriptors.Find(DockerfileAnalysis.AnalyzerErrorDescriptor.Id)!;
        if (ids.Add(failure.Id))
        {
            descriptors.Add(failure);
        }

        string key = "custom|" + hostName + "|" + string.Join(",", list.Select(a => a.GetType().FullName)) + "|" + string.Join(",", descriptors.Select(d => d.Id));
        return new AnalyzerSet(key, list, descriptors.ToImmutableArray(), configurable.ToImmutableArray(), reportsEverything: false);
    }

    /// <summary>Whether the host reports a diagnostic the library found: the built-in host all of them, a custom one its own ids and <c>DF0001</c>.</summary>
    public bool Reports(Diagnostic diagnostic) => _reportsEverything || _byId.ContainsKey(diagnostic.Id);

    /// <summary>Gets the declared descriptor of an id, or <see langword="null"/>.</summary>
    public DiagnosticDescriptor? Find(string id) => _byId.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static AnalyzerSet CreateBuiltIn() =>
        new("built-in", ImmutableArray<DockerfileAnalyzer>.Empty, RuleDescriptors.All, RuleDescriptors.ConfigurableIds, reportsEverything: true);
}
