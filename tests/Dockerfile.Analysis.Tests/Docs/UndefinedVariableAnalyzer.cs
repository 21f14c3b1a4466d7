using System.Collections.Immutable;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Docs;

/// <summary>The semantic example of docs/analysis.md: a variable used where it is not defined.</summary>
public sealed class UndefinedVariableAnalyzer : DockerfileAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RuleInfo.CreateDescriptor(
        "DF9002", "Undefined variable", "{0} not defined here", "Correctness", DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var instruction = (InstructionSyntax)c.Node;
                if (instruction.Parent is not DockerfileSyntax)
                {
                    return; // ONBUILD triggers run later, in another build
                }

                var undefined = c.SemanticModel.GetUndefinedVariables(instruction);
                if (undefined.Length > 0)
                {
                    string names = MessageText.List(undefined);
                    string verb = undefined.Length == 1 ? "is" : "are";
                    c.ReportDiagnostic(Rule, instruction.GetLocation(), names + " " + verb);
                }
            },
            SyntaxKind.FromInstruction, SyntaxKind.CopyInstruction, SyntaxKind.AddInstruction, SyntaxKind.EnvInstruction,
            SyntaxKind.LabelInstruction, SyntaxKind.WorkdirInstruction, SyntaxKind.UserInstruction, SyntaxKind.ExposeInstruction);
}
