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

/// <summary>DF5042: Label key does not follow the naming convention (hadolint DL3048).</summary>
public sealed class DF5042InvalidLabelKey : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5042";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Label key does not follow the naming convention",
        "Label key `{0}` {1}; use lowercase reverse-DNS keys such as `org.opencontainers.image.title`",
        "Style",
        DiagnosticSeverity.Info,
        "Docker's convention for label keys: lowercase letters, digits, `.`, `-`, `_` and `/`, starting with a letter and ending with a letter or digit, no repeated separators, and not in the com.docker., io.docker. or org.dockerproject. namespaces.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3048"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly string[] s_reserved = { "com.docker.", "io.docker.", "org.dockerproject." };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        foreach (var pair in ((LabelInstructionSyntax)context.Node).Pairs)
        {
            string key = RunFacts.Unquote(context.Tree, pair.Key);
            if (Problem(key) is { } problem)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(pair.Key.Span), key, problem);
            }
        }
    }

    private static string? Problem(string key)
    {
        if (key.Length == 0 || key[0] < 'a' || key[0] > 'z')
        {
            return "must start with a lowercase letter";
        }

        char last = key[key.Length - 1];
        if (!((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9')))
        {
            return "must end with a lowercase letter or a digit";
        }

        foreach (char c in key)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '/'))
            {
                return "contains `" + c + "`; only lowercase letters, digits, `.`, `-`, `_` and `/` are allowed";
            }
        }

        if (s_reserved.FirstOrDefault(r => key.StartsWith(r, StringComparison.Ordinal)) is { } reserved)
        {
            return "is in the reserved namespace `" + reserved + "`";
        }

        if (key.IndexOf("..", StringComparison.Ordinal) >= 0 || key.IndexOf("--", StringComparison.Ordinal) >= 0)
        {
            return "repeats a separator (`..` or `--`)";
        }

        return null;
    }
}
