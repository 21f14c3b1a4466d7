namespace Dockerfile.Analysis.Configuration;

/// <summary>One severity setting: a rule id (ours, a hadolint id or a BuildKit check name) and its level.</summary>
public sealed class SeveritySetting
{
    /// <summary>Creates a setting.</summary>
    /// <param name="ruleId">The id as written: <c>DF2001</c>, <c>DL3008</c> or <c>JSONArgsRecommended</c>.</param>
    /// <param name="level">The level.</param>
    /// <param name="source">Where the setting comes from (a file name), for messages.</param>
    public SeveritySetting(string ruleId, RuleSeverityLevel level, string? source = null)
    {
        RuleId = ruleId ?? string.Empty;
        Level = level;
        Source = source;
    }

    /// <summary>Gets the rule id as written.</summary>
    public string RuleId { get; }

    /// <summary>Gets the level.</summary>
    public RuleSeverityLevel Level { get; }

    /// <summary>Gets where the setting comes from, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + " = " + Level;
}
