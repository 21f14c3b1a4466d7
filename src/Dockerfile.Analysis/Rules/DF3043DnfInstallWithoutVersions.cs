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

/// <summary>DF3043: dnf install without package versions (hadolint DL3041).</summary>
public sealed class DF3043DnfInstallWithoutVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3043";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "dnf install without package versions",
        "`{0}` installs {1} without {2}, so each build may get different packages; pin them as `<name>-<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Without a version, dnf installs whatever the repository has on the day of the build, so two builds of the same Dockerfile can differ.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3041"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Not stage-scoped: a version given by a variable counts when any earlier ARG of the file declares it (hadolint).
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) =>
        UnpinnedPackages.ReportCommands(
            context,
            Descriptor,
            static command => RunFacts.HasArgs(command, "dnf", "install") || RunFacts.HasArgs(command, "microdnf", "install"),
            Unpinned);

    private static IEnumerable<string> Unpinned(ShellCommand command, Func<HashSet<string>> declared)
    {
        var names = RunFacts.ArgsNoFlags(command).Where(a => a != "install" && a != "module");
        if (command.Arguments.Contains("module"))
        {
            return names.Where(m => m.IndexOf(':') < 0);
        }

        return command.Arguments.Contains("group") ? Enumerable.Empty<string>() : names.Where(p => !RunFacts.RpmVersionFixed(p, declared()));
    }
}
