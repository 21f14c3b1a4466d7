using System.Collections.Immutable;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1052: HEALTHCHECK CMD uses the shell form</summary>
/// <remarks>
/// hadolint's DL3025 covers CMD, ENTRYPOINT and HEALTHCHECK CMD; BuildKit's JSONArgsRecommended only CMD and
/// ENTRYPOINT. DF1002 follows BuildKit for those two, and this rule gives the HEALTHCHECK part of DL3025 its own id,
/// so that both tools' answers are kept.
/// </remarks>
public sealed class DF1052HealthcheckShellForm : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1052";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "HEALTHCHECK CMD uses the shell form",
        "`HEALTHCHECK CMD {0}` in shell form needs a shell in the image to run the check; write the command as a JSON array",
        "Correctness",
        DiagnosticSeverity.Info,
        "A health check in shell form runs under /bin/sh -c (or the stage's SHELL). An image without a shell (distroless, scratch) then fails every check and the container is reported unhealthy. The exec (JSON array) form runs the program directly.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3025"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterLocalSyntaxNodeAction(
            static c =>
            {
                var healthcheck = (HealthcheckInstructionSyntax)c.Node;
                if (healthcheck.IsNone || healthcheck.Command is not ShellFormSyntax shell || shell.CommandText.Trim().Length == 0)
                {
                    return;
                }

                string text = SourceCopy.Fold(shell.CommandText);
                c.ReportDiagnostic(Descriptor, shell, text.Length > 60 ? text.Substring(0, 57) + "..." : text);
            },
            SyntaxKind.HealthcheckInstruction);
}
