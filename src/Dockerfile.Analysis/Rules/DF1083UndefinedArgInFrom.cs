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
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1083: a FROM line uses a variable that no global ARG declares (BuildKit UndefinedArgInFrom).</summary>
public sealed class DF1083UndefinedArgInFrom : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1083";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "FROM uses an ARG that is not declared before the first FROM",
        "FROM uses `${0}`, but no ARG before the first FROM declares it, so it expands to an empty string{1}; declare `ARG {0}` above the first FROM",
        "Correctness",
        DiagnosticSeverity.Warning,
        "FROM lines only see the ARGs declared before the first FROM and the built-in platform args.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("UndefinedArgInFrom"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var model = context.SemanticModel;
        IReadOnlyDictionary<string, string>? env = null;
        HashSet<string>? keys = null;
        ShellWordProcessor? processor = null;
        foreach (var stage in model.Stages)
        {
            var words = new List<WordSyntax>();
            if (stage.From.Image != null)
            {
                words.Add(stage.From.Image);
            }

            if (stage.From.Platform?.Value is { } platform)
            {
                words.Add(platform);
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (!VariableScopes.HasVariableReference(model.Tree, word))
                {
                    continue;
                }

                // Only FROM lines with a variable need the global ARGs: built on first use.
                if (env is null)
                {
                    env = VariableScopes.GlobalEnvironment(model, out var declared);
                    keys = new HashSet<string>(declared, StringComparer.Ordinal);
                    keys.UnionWith(env.Keys);
                    processor = VariableScopes.Processor(model.Tree);
                }

                var result = processor!.ProcessWord(VariableScopes.RawText(word), env);
                foreach (string name in result.Unmatched.OrderBy(n => n, StringComparer.Ordinal))
                {
                    if (keys!.Contains(name) || !reported.Add(name))
                    {
                        continue;
                    }

                    string? suggestion = VariableScopes.Suggest(name, keys);
                    context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(word.Span), name, suggestion == null ? string.Empty : $" (did you mean `{suggestion}`?)");
                }
            }
        }
    }
}
