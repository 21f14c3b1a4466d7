using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3002: apk add without pinned package versions</summary>
public sealed class DF3002PinApkPackageVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3002";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apk add without pinned package versions",
        "`apk add` does not pin {0}, so a rebuild silently installs whatever version the repository has then; write `{1}=<version>` (or `~<version>`)",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Packages added without a version change when Alpine updates them, so two builds of the same Dockerfile can differ. Pin with package=version or package~version.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3018"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => UnpinnedPackages.Report(context, Descriptor, Unpinned);

    private static IReadOnlyList<int> Unpinned(ShellCommand command) =>
        !CommandArgs.Is(command, "apk", "add") ? Array.Empty<int>() : UnpinnedAdded(command);

    private static List<int> UnpinnedAdded(ShellCommand command) =>
        CommandArgs.PackagesAfter(command, new[] { "add" }, "t", "virtual", "repository", "X")
            .Where(i => !IsPinned(command.Arguments[i]))
            .ToList();

    private static readonly char[] s_versionChars = { '=', '~', '>', '<', '$' };

    private static bool IsPinned(string package) =>
        package.IndexOfAny(s_versionChars) >= 0 || package.EndsWith(".apk", StringComparison.Ordinal);
}
