using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa</c>'s command line as a library: a program of your own runs every <c>dfa</c> command (lint, fix, format,
/// rules, explain, layers, context, lsp) with your analyzers beside the built-in ones. This is how custom rules run
/// from the command line and in editors: nothing is discovered or loaded at run time (a native <c>dfa</c> cannot load
/// assemblies), so the program that runs a rule is compiled with it, and can itself be published ahead of time.
/// </summary>
/// <example>
/// <code>
/// return Dockerfile.Cli.DfaCommandLine.Run(args, new[] { new InternalRegistryAnalyzer() });
/// </code>
/// </example>
public static class DfaCommandLine
{
    private static readonly AsyncLocal<HostRules?> s_rules = new();

    /// <summary>Runs the command line with the built-in analyzers, as <c>dfa</c> does.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when nothing was found, 1 for findings, 2 for usage or I/O errors.</returns>
    public static int Run(string[] args) => Run(args, Array.Empty<DockerfileAnalyzer>());

    /// <summary>
    /// Runs the command line with <paramref name="additionalAnalyzers"/> beside the built-in analyzers: their findings
    /// are reported, configured (<c>.editorconfig</c>, <c>.hadolint.yaml</c>, <c># dfa ignore=</c>, <c>--ignore</c>)
    /// and listed (<c>rules</c>, <c>explain</c>, SARIF's rule table) as the built-in ones are. <c>fix</c> applies the
    /// built-in fixes only.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="additionalAnalyzers">Analyzers to run after the built-in ones.</param>
    /// <returns>0 when nothing was found, 1 for findings, 2 for usage or I/O errors.</returns>
    public static int Run(string[] args, IEnumerable<DockerfileAnalyzer> additionalAnalyzers)
    {
        if (args is null)
        {
            throw new ArgumentNullException(nameof(args));
        }

        if (additionalAnalyzers is null)
        {
            throw new ArgumentNullException(nameof(additionalAnalyzers));
        }

        var previous = s_rules.Value;
        s_rules.Value = HostRules.Create(additionalAnalyzers.ToImmutableArray());
        try
        {
            return Program.RunCommandLine(args);
        }
        finally
        {
            s_rules.Value = previous;
        }
    }

    /// <summary>The rules of the running command line: the built-in ones when it was not started with others.</summary>
    internal static HostRules Rules => s_rules.Value ?? HostRules.BuiltIn;
}

/// <summary>The analyzers a command line runs and the rules it knows: the catalogue's, then those of added analyzers.</summary>
internal sealed class HostRules
{
    private readonly Dictionary<string, RuleInfo> _added;

    private HostRules(ImmutableArray<DockerfileAnalyzer> analyzers, ImmutableArray<RuleInfo> all, Dictionary<string, RuleInfo> added)
    {
        Analyzers = analyzers;
        All = all;
        _added = added;
    }

    /// <summary>The built-in rules.</summary>
    public static HostRules BuiltIn { get; } = new(ImmutableArray<DockerfileAnalyzer>.Empty, RuleCatalog.All, new Dictionary<string, RuleInfo>(StringComparer.Ordinal));

    /// <summary>The analyzers for a workspace: empty for the built-in ones, else the built-in ones and the added ones.</summary>
    public ImmutableArray<DockerfileAnalyzer> Analyzers { get; }

    /// <summary>Every rule: the catalogue's, then each added analyzer's rules that are not in it, by id.</summary>
    public ImmutableArray<RuleInfo> All { get; }

    public static HostRules Create(ImmutableArray<DockerfileAnalyzer> additional)
    {
        if (additional.IsDefaultOrEmpty)
        {
            return BuiltIn;
        }

        var added = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        var all = RuleCatalog.All.ToBuilder();
        foreach (var analyzer in additional)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (RuleCatalog.Find(descriptor.Id) == null && !added.ContainsKey(descriptor.Id))
                {
                    var info = new RuleInfo(descriptor);
                    added.Add(descriptor.Id, info);
                    all.Add(info);
                }
            }
        }

        return new HostRules(DockerfileAnalysis.BuiltInAnalyzers.AddRange(additional), all.ToImmutable(), added);
    }

    /// <summary>The rules an id names: the catalogue's (ids, hadolint ids, BuildKit names), else an added rule's id (any case).</summary>
    public ImmutableArray<RuleInfo> Resolve(string id)
    {
        var rules = RuleCatalog.Resolve(id);
        if (!rules.IsEmpty || _added.Count == 0)
        {
            return rules;
        }

        var match = _added.Values.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        return match is null ? rules : ImmutableArray.Create(match);
    }

    /// <summary>The rule's page: the catalogue's, or the help link an added rule's descriptor gives (may be empty).</summary>
    public string HelpUri(string id) => _added.TryGetValue(id, out var info) ? info.Descriptor.HelpLinkUri : RuleCatalog.GetRulePageUri(id);
}
