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

/// <summary>DF2146: useradd with a large UID without -l (hadolint DL3046).</summary>
public sealed class DF2146UseraddLargeUidWithoutNoLogInit : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2146";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "useradd with a large UID without -l",
        "`{0}` creates a user with a {1}-digit UID without `-l` (`--no-log-init`), so useradd writes a lastlog/faillog entry at an offset of that UID and the layer can grow by gigabytes; add `-l`",
        "ImageSize",
        DiagnosticSeverity.Warning,
        "useradd records the new user in /var/log/lastlog and /var/log/faillog at an offset proportional to the UID. With a large UID this creates huge sparse files that image layers store in full.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3046"));

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
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (command.Name == "useradd" && !RunFacts.HasAnyFlag(command, "l", "no-log-init") && Uid(command) is { Length: > 5 })
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command), Uid(command)!.Length);
            }
        }
    }

    private static string? Uid(ShellCommand command) => command.GetOptionValue("-u") ?? command.GetOptionValue("--uid");
}
