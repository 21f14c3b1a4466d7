using System.Collections.Generic;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>One Dockerfile example of a rule's documentation page.</summary>
public sealed class RuleExample
{
    /// <summary>Creates an example.</summary>
    public RuleExample(string ruleId, bool isBad, string text, IReadOnlyList<string>? contextFiles, string? dockerIgnore)
    {
        RuleId = ruleId;
        IsBad = isBad;
        Text = text;
        ContextFiles = contextFiles;
        DockerIgnore = dockerIgnore;
    }

    /// <summary>The rule.</summary>
    public string RuleId { get; }

    /// <summary>Whether the rule must fire (a "Bad" example) or stay silent ("Good").</summary>
    public bool IsBad { get; }

    /// <summary>The Dockerfile.</summary>
    public string Text { get; }

    /// <summary>The files of the build context, or null when the example has none.</summary>
    public IReadOnlyList<string>? ContextFiles { get; }

    /// <summary>The .dockerignore text, or null.</summary>
    public string? DockerIgnore { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {(IsBad ? "bad" : "good")}";
}
