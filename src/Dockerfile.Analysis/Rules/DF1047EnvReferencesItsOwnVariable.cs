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

/// <summary>DF1047: ENV refers to a variable it defines itself (hadolint DL3044).</summary>
public sealed class DF1047EnvReferencesItsOwnVariable : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1047";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "ENV refers to a variable it defines itself",
        "`${0}` does not see the value this ENV gives `{0}`: references in an ENV are expanded with the values from before it, and `{0}` has none yet; define `{0}` in an earlier ENV",
        "Correctness",
        DiagnosticSeverity.Error,
        "All values of one ENV are expanded before any of its variables is set, so `ENV A=1 B=$A` sets B to the previous value of A (empty), not 1.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3044"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        string source = context.Tree.GetText(context.CancellationToken).ToString();
        foreach (var instruction in context.Tree.GetRoot().Instructions)
        {
            if (instruction is ArgInstructionSyntax arg)
            {
                defined.UnionWith(arg.Declarations.Select(d => d.Name));
            }
            else if (instruction is EnvInstructionSyntax env)
            {
                var pairs = env.Pairs.ToList();

                // A variable reference starts with '$': an ENV without one references nothing.
                bool mayReference = source.IndexOf('$', env.Span.Start, env.Span.Length) >= 0;
                for (int i = 0; i < pairs.Count && mayReference; i++)
                {
                    for (int j = 0; j < pairs.Count; j++)
                    {
                        if (i == j || pairs[j].Value is not { } value)
                        {
                            continue;
                        }

                        string name = pairs[i].Key.ValueText;
                        if (defined.Contains(name))
                        {
                            continue;
                        }

                        var reference = value.VariableReferences.FirstOrDefault(r => r.Name == name);
                        if (reference != null)
                        {
                            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(reference.Span), name);
                            break;
                        }
                    }
                }

                defined.UnionWith(pairs.Select(p => p.Key.ValueText));
            }
        }
    }
}
