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
            else if (node is UserInstructionSyntax { Value: { } value } user)
            {
                // A Windows container's USER is an account name (ContainerUser, ContainerAdministrator): there are no
                // numeric ids to use instead.
                if ((user.Parent is DockerfileSyntax ? user : user.Parent as InstructionSyntax) is { } topLevel && WindowsStages.IsOnWindows(context.SemanticModel, topLevel))
                {
                    continue;
                }

                string text = RunFacts.Unquote(context.Tree, value);
                string uid = UserPart(text);
                if (uid.IndexOf('$') < 0)
                {
                    if (!uid.All(char.IsDigit))
                    {
                        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(value.Span), text, uid);
                    }

                    continue;
                }

                // A declared ARG is given at build time (hadolint's reading; the search over every ARG declared so far
                // is skipped without a `$`: it was most of the rule's time on files with many stages).
                if (args.Any(a => uid.IndexOf("${" + a, StringComparison.Ordinal) >= 0 || uid.IndexOf("$" + a, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

                // Otherwise the value is known only when every variable is set in this Dockerfile: a variable from the
                // base image's ENV (.NET's images set APP_UID=1654) or from an ONBUILD's later build is not, and may well
                // be numeric, so nothing is said of it.
                if (user.Parent is not DockerfileSyntax)
                {
                    continue;
                }

                var expanded = context.SemanticModel.Expand(UserPart(VariableScopes.RawText(value)), user);
                string name = UserPart(expanded.Value);
                if (!expanded.Succeeded || expanded.UndefinedVariables.Length > 0 || name.Length == 0 || name.All(char.IsDigit))
                {
                    continue;
                }

                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(value.Span), text, name);
            }
        }
    }

    /// <summary>The user of <c>user[:group]</c>: the text before the first colon outside a <c>${...}</c>.</summary>
    private static string UserPart(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (c == ':' && depth == 0)
            {
                return text.Substring(0, i);
            }
        }

        return text;
    }
}
