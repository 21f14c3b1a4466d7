using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis;

/// <summary>Options of an analysis run.</summary>
public sealed class AnalysisOptions
{
    /// <summary>Gets the default options: every built-in analyzer, no build context.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Gets the analyzers to run; empty (the default) means every built-in analyzer.</summary>
    public ImmutableArray<DockerfileAnalyzer> Analyzers { get => _analyzers; init => _analyzers = value; }

    /// <summary>Gets the build context the Dockerfile is built with, when known; rules use it to check which files exist.</summary>
    public BuildContext? BuildContext { get => _buildContext; init => _buildContext = value; }

    private BuildContext? _buildContext;
    private ImmutableArray<DockerfileAnalyzer> _analyzers = ImmutableArray<DockerfileAnalyzer>.Empty;
    private ImmutableHashSet<string> _enabledRules = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);
    private ImmutableArray<string> _trustedRegistries = ImmutableArray<string>.Empty;
    private ImmutableDictionary<string, string> _labelSchema = ImmutableDictionary<string, string>.Empty;
    private bool _strictLabels;
    private AnalysisConfiguration? _configuration;
    private ShellCheck.ShellCheckOptions? _shellCheck;

    /// <summary>
    /// Gets the ids of rules that are disabled by default (such as <c>DF5001</c>) to report anyway. Rules
    /// enabled by default are always reported; this set only turns opt-in rules on.
    /// </summary>
    public ImmutableHashSet<string> EnabledRules { get => _enabledRules; init => _enabledRules = value; }

    /// <summary>
    /// Gets the registries base images may come from (hadolint's <c>trustedRegistries</c>), such as
    /// <c>docker.io</c>, <c>*.gcr.io</c> or <c>registry.example.com*</c>. Empty (the default): every registry is trusted.
    /// </summary>
    public ImmutableArray<string> TrustedRegistries { get => _trustedRegistries; init => _trustedRegistries = value; }

    /// <summary>Whether a diagnostic with the given descriptor is reported: enabled by default, or listed (by id or by a hadolint/BuildKit equivalent) in <see cref="EnabledRules"/>.</summary>
    internal bool IsReported(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) =>
        descriptor.IsEnabledByDefault
        || (EnabledRules != null && EnabledRules.Count > 0
            && (EnabledRules.Contains(descriptor.Id) || System.Linq.Enumerable.Any(RuleCatalog.GetEquivalents(descriptor.Id), EnabledRules.Contains)));

    /// <summary>
    /// Gets the label schema, as hadolint's <c>label-schema</c>: label name to expected type (<c>text</c>, <c>url</c>,
    /// <c>semver</c>, <c>hash</c>, <c>rfc3339</c>, <c>spdx</c>, <c>email</c>). Empty (the default) turns the label-schema rules off.
    /// </summary>
    public ImmutableDictionary<string, string> LabelSchema { get => _labelSchema; init => _labelSchema = value; }

    /// <summary>Gets a value indicating whether labels missing from <see cref="LabelSchema"/> are reported (hadolint's <c>strict-labels</c>).</summary>
    public bool StrictLabels { get => _strictLabels; init => _strictLabels = value; }

    /// <summary>Gets the name or index of the target stage (<c>--target</c>); <see langword="null"/> means the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the <c>--build-arg</c> values the semantic model uses instead of ARG defaults.</summary>
    public ImmutableDictionary<string, string> BuildArguments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Gets BuildKit's check settings as the <c># check=</c> parser directive writes them (<c>skip=A,B;error=true;experimental=C</c>),
    /// such as <c>dfa lint --check</c> or a <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument gives them. As in BuildKit, they are
    /// applied instead of the file's own <c># check=</c> directive; <see langword="null"/> (the default) uses the file's.
    /// When this is null and <see cref="BuildArguments"/> holds <c>BUILDKIT_DOCKERFILE_CHECK</c>, that value is used.
    /// </summary>
    public string? CheckSettings { get; init; }

    /// <summary>
    /// Gets how ShellCheck is run on the RUN scripts (findings <c>SC####</c>); <see langword="null"/> (the default) does
    /// not run it. When set, ShellCheck runs if its executable is found (else nothing is reported); a configuration
    /// with <c>dfa_shellcheck = false</c> turns it off again (<see cref="WithConfiguration"/>).
    /// </summary>
    public ShellCheck.ShellCheckOptions? ShellCheck { get => _shellCheck; init => _shellCheck = value; }

    /// <summary>The check settings that apply instead of the file's directive, or null.</summary>
    internal string? EffectiveCheckSettings =>
        CheckSettings ?? (BuildArguments != null && BuildArguments.TryGetValue("BUILDKIT_DOCKERFILE_CHECK", out string? value) ? value : null);

    /// <summary>
    /// Gets the configuration whose severity settings (overrides, disabled rules) and <c>DF0002</c> diagnostics
    /// are applied to the results, or <see langword="null"/> for none. Suppression comments in the Dockerfile apply
    /// either way. Setting it alone does not fill <see cref="TrustedRegistries"/>, <see cref="LabelSchema"/>,
    /// <see cref="StrictLabels"/> or <see cref="EnabledRules"/>; <see cref="WithConfiguration"/> does.
    /// </summary>
    public AnalysisConfiguration? Configuration { get => _configuration; init => _configuration = value; }

    /// <summary>
    /// Gets the cache of local node-action results; <see cref="AnalyzerCache.Shared"/> by default,
    /// <see langword="null"/> to run every action every time.
    /// </summary>
    public AnalyzerCache? Cache { get; init; } = AnalyzerCache.Shared;

    /// <summary>Gets a value indicating whether analyzers may run in parallel on large files (default <see langword="true"/>).</summary>
    public bool AllowParallel { get; init; } = true;

    /// <summary>
    /// Returns a copy of these options that applies a loaded configuration: the one place where a
    /// <c>.editorconfig</c> / <c>.hadolint.yaml</c> becomes effective options.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><see cref="Configuration"/> is set to <paramref name="configuration"/> (severities, disabled rules, <c>DF0002</c>).</item>
    /// <item><see cref="TrustedRegistries"/> and <see cref="LabelSchema"/> take the configuration's values when these
    /// options have none (values set in code win over the file); <see cref="StrictLabels"/> is on when either turns it on.</item>
    /// <item><see cref="ShellCheck"/> is turned off when the configuration says <c>dfa_shellcheck = false</c>, and takes the
    /// configuration's <c>dfa_shellcheck_path</c> when the options name no executable; a configuration never turns it on.</item>
    /// <item>An opt-in rule (disabled by default, such as <c>DF3048</c> / hadolint's <c>DL3057</c>) that the configuration
    /// gives a severity other than <c>none</c> or <c>silent</c> is turned on: its id, and the id as the configuration
    /// wrote it (a hadolint id or BuildKit check name), are added to <see cref="EnabledRules"/>. The last setting of a
    /// rule wins, so <c>ignored: [DL3057]</c> after <c>override: {warning: [DL3057]}</c> leaves it off.</item>
    /// </list>
    /// Every other option is copied unchanged.
    /// </remarks>
    /// <param name="configuration">The configuration, such as <see cref="AnalysisConfiguration.Load"/> returns; <see langword="null"/> returns these options.</param>
    /// <returns>The options to analyze with.</returns>
    public AnalysisOptions WithConfiguration(AnalysisConfiguration? configuration)
    {
        if (configuration is null)
        {
            return this;
        }

        var copy = (AnalysisOptions)MemberwiseClone();
        copy._configuration = configuration;
        if (TrustedRegistries.IsDefaultOrEmpty && !configuration.TrustedRegistries.IsDefaultOrEmpty)
        {
            copy._trustedRegistries = configuration.TrustedRegistries;
        }

        if ((LabelSchema is null || LabelSchema.IsEmpty) && !configuration.LabelSchema.IsEmpty)
        {
            copy._labelSchema = configuration.LabelSchema;
        }

        copy._strictLabels = StrictLabels || configuration.StrictLabels;
        if (configuration.ShellCheck == false)
        {
            copy._shellCheck = null;
        }
        else if (ShellCheck != null && ShellCheck.ExecutablePath is null && configuration.ShellCheckPath is { } path)
        {
            copy._shellCheck = ShellCheck.WithExecutablePath(path);
        }

        copy._enabledRules = EnableConfiguredRules(EnabledRules ?? ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase), configuration);
        return copy;
    }

    private ImmutableHashSet<string> EnableConfiguredRules(ImmutableHashSet<string> enabled, AnalysisConfiguration configuration)
    {
        if (configuration.Severities.IsDefaultOrEmpty)
        {
            return enabled;
        }

        var rules = RuleCatalog.All.Concat(Analyzers.IsDefaultOrEmpty ? Enumerable.Empty<RuleInfo>() : Analyzers.SelectMany(a => a.Rules)).ToList();
        var resolver = new RuleIdResolver(rules);
        var enabledByDefault = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            enabledByDefault[rule.Id] = rule.Descriptor.IsEnabledByDefault;
        }

        // The last setting of each rule wins, as in DiagnosticFilter.
        var last = new Dictionary<string, (RuleSeverityLevel Level, string Written)>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in configuration.Severities)
        {
            foreach (string id in resolver.Resolve(setting.RuleId))
            {
                last[id] = (setting.Level, setting.RuleId);
            }
        }

        var builder = enabled.ToBuilder();
        foreach (var pair in last)
        {
            if (pair.Value.Level is RuleSeverityLevel.None or RuleSeverityLevel.Silent || pair.Key.Length == 0
                || (enabledByDefault.TryGetValue(pair.Key, out bool onByDefault) && onByDefault))
            {
                continue;
            }

            builder.Add(pair.Key);
            builder.Add(pair.Value.Written);
        }

        return builder.Count == enabled.Count ? enabled : builder.ToImmutable();
    }

    /// <summary>A copy of these options that also reports the given rules (by our ids); every other option is copied unchanged.</summary>
    internal AnalysisOptions WithEnabledRules(IEnumerable<string> ids)
    {
        var copy = (AnalysisOptions)MemberwiseClone();
        copy._enabledRules = (EnabledRules ?? ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase)).Union(ids);
        return copy;
    }

    /// <summary>A copy of these options with other ShellCheck settings (<see langword="null"/>: not run); every other option is copied unchanged.</summary>
    internal AnalysisOptions WithShellCheck(ShellCheck.ShellCheckOptions? shellCheck)
    {
        var copy = (AnalysisOptions)MemberwiseClone();
        copy._shellCheck = shellCheck;
        return copy;
    }

    /// <summary>A copy of these options with another build context; every other option is copied unchanged.</summary>
    internal AnalysisOptions WithBuildContext(BuildContext? buildContext)
    {
        var copy = (AnalysisOptions)MemberwiseClone();
        copy._buildContext = buildContext;
        return copy;
    }

    /// <summary>A copy of these options that runs only <paramref name="analyzers"/>; every other option is copied unchanged.</summary>
    internal AnalysisOptions WithAnalyzers(ImmutableArray<DockerfileAnalyzer> analyzers)
    {
        var copy = (AnalysisOptions)MemberwiseClone();
        copy._analyzers = analyzers;
        return copy;
    }

    /// <summary>
    /// Whether two options make the analyzers see the same settings (the same objects, or copies holding the same
    /// ones): what the driver's reuse of stage results requires. <see cref="Cache"/> and <see cref="AllowParallel"/>
    /// do not change results and are not compared.
    /// </summary>
    internal static bool HaveSameSettings(AnalysisOptions a, AnalysisOptions b) =>
        ReferenceEquals(a, b)
        || (a._analyzers == b._analyzers
            && ReferenceEquals(a._buildContext, b._buildContext)
            && ReferenceEquals(a._configuration, b._configuration)
            && a._trustedRegistries == b._trustedRegistries
            && ReferenceEquals(a._labelSchema, b._labelSchema)
            && a._strictLabels == b._strictLabels
            && string.Equals(a.Target, b.Target, StringComparison.Ordinal)
            && ReferenceEquals(a.BuildArguments, b.BuildArguments)
            && string.Equals(a.CheckSettings, b.CheckSettings, StringComparison.Ordinal)
            && ReferenceEquals(a._shellCheck, b._shellCheck)
            && (ReferenceEquals(a._enabledRules, b._enabledRules) || (a._enabledRules != null && b._enabledRules != null && a._enabledRules.SetEquals(b._enabledRules))));

    internal ImmutableArray<DockerfileAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? DockerfileAnalysis.BuiltInAnalyzers : Analyzers;
}
