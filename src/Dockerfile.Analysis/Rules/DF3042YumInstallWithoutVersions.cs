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
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3042: yum install without package versions (hadolint DL3033).</summary>
public sealed class DF3042YumInstallWithoutVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3042";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "yum install without package versions",
        "`{0}` installs {1} without {2}, so each build may get different packages; pin them as `<name>-<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Without a version, yum installs whatever the repository has on the day of the build, so two builds of the same Dockerfile can differ.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3033"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Not stage-scoped: a version given by a variable counts when any earlier ARG of the file declares it (hadolint).
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) =>
        UnpinnedPackages.ReportCommands(context, Descriptor, static command => RunFacts.HasArgs(command, "yum", "install"), Unpinned);

    private static IEnumerable<string> Unpinned(ShellCommand command, Func<HashSet<string>> declared)
    {
        var names = RunFacts.ArgsNoFlags(command).Where(a => a != "install" && a != "module");
        return RunFacts.HasArgs(command, "yum", "module")
            ? names.Where(m => m.IndexOf(':') < 0)
            : names.Where(p => !RunFacts.RpmVersionFixed(p, declared()));
    }
}
