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

/// <summary>DF4041: USER names a user instead of a numeric id (hadolint DL3066).</summary>
public sealed class DF4041NonNumericUser : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4041";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "USER names a user instead of a numeric id",
        "`USER {0}` names the user: without the image's /etc/passwd, a host or Kubernetes (`runAsNonRoot`) cannot tell whether `{1}` is root; use the numeric id (for example `USER 10001`)",
        "Security",
        DiagnosticSeverity.Info,
        "Container platforms check the numeric UID to enforce non-root policies. A user name can only be resolved inside the image, so policies that cannot look inside reject or mis-handle it.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3066"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var args = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in AllInstructions.Of(context.Tree.GetRoot()))
        {
            if (node is ArgInstructionSyntax arg)
            {
                args.UnionWith(arg.Declarations.Select(d => d.Name));
            }
            else if (node is UserInstructionSyntax { Value: { } value })
            {
                string text = RunFacts.Unquote(context.Tree, value);
                string uid = text.Split(':')[0];
                // Without a `$` the uid names no ARG: the search over every ARG declared so far is skipped (it was most of the
                // rule's time on files with many stages).
                if (uid.All(char.IsDigit) || (uid.IndexOf('$') >= 0 && args.Any(a => uid.IndexOf("${" + a + "}", StringComparison.Ordinal) >= 0 || uid.IndexOf("$" + a, StringComparison.Ordinal) >= 0)))
                {
                    continue;
                }

                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(value.Span), text, uid);
            }
        }
    }
}
