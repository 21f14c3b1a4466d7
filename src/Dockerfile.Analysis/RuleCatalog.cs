using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;

namespace Dockerfile.Analysis;

/// <summary>The catalogue of built-in rules and their metadata.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<ImmutableArray<RuleInfo>> s_all = new(() =>
        new[] { new RuleInfo(DockerfileAnalysis.AnalyzerErrorDescriptor), new RuleInfo(Configuration.ConfigurationDiagnostics.InvalidConfiguration), new RuleInfo(ShellCheck.ShellCheckDiagnostics.Failed) }
            .Concat(Dockerfile.Syntax.SyntaxDiagnostics.All.Select(d => new RuleInfo(d)))
            .Concat(DockerfileAnalysis.BuiltInAnalyzers.SelectMany(a => a.Rules))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray());

    private static readonly Lazy<ImmutableDictionary<string, RuleInfo>> s_byId = new(() =>
        All.ToImmutableDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Configuration.RuleIdResolver> s_resolver = new(() => new Configuration.RuleIdResolver(All));

    /// <summary>Gets every built-in rule, ordered by id.</summary>
    public static ImmutableArray<RuleInfo> All => s_all.Value;

    /// <summary>Finds a rule by id (case-insensitive).</summary>
    /// <param name="id">The id, such as <c>DF2001</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when there is none with that id.</returns>
    public static RuleInfo? Find(string id) =>
        id != null && s_byId.Value.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>Where the rule pages are published: a rule's page is this followed by <c>&lt;ID&gt;.md</c>.</summary>
    public const string RulePagesBaseUri = "https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/";

    /// <summary>Gets the web address of a rule's page (what SARIF's <c>helpUri</c> and an editor's rule link point to).</summary>
    /// <param name="id">The rule id, such as <c>DF2001</c>.</param>
    /// <returns>The page's address.</returns>
    public static string GetRulePageUri(string id) => RulePagesBaseUri + id + ".md";

    /// <summary>
    /// Finds the rules an id names, as the configuration and suppression comments read it: our id (<c>DF2140</c>), a
    /// hadolint id (<c>DL3059</c>) or a BuildKit check name (<c>JSONArgsRecommended</c>), case-insensitively.
    /// </summary>
    /// <param name="id">The id as written.</param>
    /// <returns>The rules, ordered by id; empty when the id names none.</returns>
    public static ImmutableArray<RuleInfo> Resolve(string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return ImmutableArray<RuleInfo>.Empty;
        }

        return s_resolver.Value.Resolve(id)
            .Select(Find)
            .Where(rule => rule != null)
            .Select(rule => rule!)
            .Distinct()
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Gets the hadolint and BuildKit equivalents of a rule; empty for an unknown id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The equivalents.</returns>
    public static ImmutableArray<string> GetEquivalents(string id) => Find(id)?.Equivalents ?? ImmutableArray<string>.Empty;

    /// <summary>
    /// Gets whether a BuildKit check is experimental in BuildKit: it runs only when a <c># check=experimental=Name</c>
    /// (or <c>experimental=all</c>) directive asks for it, and <c>skip=</c> does not apply to it.
    /// </summary>
    /// <param name="buildKitName">A BuildKit check name.</param>
    /// <returns>Whether the check is experimental.</returns>
    public static bool IsBuildKitExperimental(string buildKitName) =>
        string.Equals(buildKitName, "InvalidDefinitionDescription", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether a rule's BuildKit equivalent is an experimental check (see <see cref="IsBuildKitExperimental"/>).</summary>
    internal static bool HasExperimentalEquivalent(string id) => Find(id) is { } rule && rule.BuildKitEquivalents.Any(IsBuildKitExperimental);
}
