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

/// <summary>DF2144: dnf install without `dnf clean all` (hadolint DL3040).</summary>
public sealed class DF2144DnfCacheNotCleaned : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2144";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "dnf install without `dnf clean all`",
        "`{0}` leaves {1}'s package cache in the layer; add `&& {1} clean all` after it in the same RUN (or mount a cache on /var/cache/libdnf5)",
        "ImageSize",
        DiagnosticSeverity.Warning,
        "dnf and microdnf keep downloaded packages and metadata under /var/cache. Unless they are removed in the same RUN, they stay in the layer.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3040"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.HasCacheOrTmpfsMount(run, "/var/cache/libdnf5") || RunFacts.HasCacheOrTmpfsMount(run, ".cache/libdnf5") || RunFacts.HasCacheOrTmpfsMount(run, "/var/cache/dnf") || RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (string tool in s_tools)
        {
            // An install is a command named after the tool: the predicates are made only for scripts that run it.
            if (HasCommandNamed(script, tool) && InstallWithoutLaterClean(script, tool) is { } install)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, install)), RunFacts.Describe(script, install), tool);
            }
        }
    }

    private static readonly string[] s_tools = { "dnf", "microdnf" };

    private static bool HasCommandNamed(ShellScript script, string name)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static ShellCommand? InstallWithoutLaterClean(ShellScript script, string tool) =>
        RunFacts.InstallWithoutLaterClean(
            script,
            c => RunFacts.HasArgs(c, tool, "install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"),
            c => (c.Name == tool && c.Subcommand == "clean") || RunFacts.RemovesPath(c, "/var/cache/libdnf5", "/var/cache/dnf", "/var/cache/yum"));
}
