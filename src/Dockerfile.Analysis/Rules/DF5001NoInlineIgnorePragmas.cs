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

/// <summary>DF5001: An inline ignore comment hides a finding</summary>
public sealed class DF5001NoInlineIgnorePragmas : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5001";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An inline ignore comment hides a finding",
        "`{0}` turns rules off for the next instruction; fix the finding instead, or turn the rule off for the whole project in the configuration so the exception is visible in one place",
        "Style",
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        "Inline ignore comments scatter exceptions through Dockerfiles where nobody reviews them. This opt-in rule reports # dfa ignore= and # hadolint ignore= comments for teams that want every exception in the configuration.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL1001"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly System.Text.RegularExpressions.Regex s_pragma =
        new(@"^#\s*(hadolint|dfa)\s+(global\s+)?ignore\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        // Every pragma holds "ignore", then white space and "=": a file without that has nothing to report (most files, and
        // those that say "ignore" elsewhere, as in --ignore-installed or .dockerignore; saves the walk of all trivia).
        if (!MayHoldPragma(context.Tree.GetText(context.CancellationToken).ToString()))
        {
            return;
        }

        foreach (var trivia in context.Tree.GetRoot(context.CancellationToken).DescendantTrivia())
        {
            if (trivia.Kind == SyntaxKind.CommentTrivia && s_pragma.IsMatch(trivia.Text))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(trivia.Span), trivia.Text.Trim());
            }
        }
    }

    /// <summary>Whether the text holds "ignore" (any case) followed by white space and "=", as every match of the pragma does.</summary>
    internal static bool MayHoldPragma(string text)
    {
        const string Word = "ignore";
        for (int at = text.IndexOf(Word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(Word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int next = at + Word.Length;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] == '=')
            {
                return true;
            }
        }

        return false;
    }
}
