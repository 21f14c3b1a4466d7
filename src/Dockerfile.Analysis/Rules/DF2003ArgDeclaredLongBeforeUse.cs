using System.Collections.Immutable;
using System.Globalization;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2003: an ARG is declared in a stage well before the first instruction that uses it. Every RUN after an ARG
/// declaration is invalidated when its build-arg value changes, so the RUNs in between rebuild for nothing.
/// </summary>
public sealed class DF2003ArgDeclaredLongBeforeUse : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2003";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "ARG declared long before its first use",
        "ARG `{0}` is declared here but first used on line {1}: a different `--build-arg {0}` reruns {2} in between that {3} not use it; move `ARG {0}` down to just before line {1}",
        "LayerCache",
        DiagnosticSeverity.Info,
        "A build-arg's value is part of the cache key of every RUN after its ARG declaration. Declare each ARG just before the first instruction that uses it.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(AnalyzeStage);
    }

    /// <summary>Whether <paramref name="text"/> holds <c>$name</c> or <c>${name</c> not followed by a name character (the regex <c>\$\{?name(?![A-Za-z0-9_])</c>).</summary>
    private static bool References(string text, string name)
    {
        for (int k = text.IndexOf('$'); k >= 0; k = text.IndexOf('$', k + 1))
        {
            if ((k + 1 < text.Length && text[k + 1] == '{' && NameAt(text, k + 2, name)) || NameAt(text, k + 1, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NameAt(string text, int at, string name)
    {
        if (at + name.Length > text.Length || string.CompareOrdinal(text, at, name, 0, name.Length) != 0)
        {
            return false;
        }

        int end = at + name.Length;
        if (end == text.Length)
        {
            return true;
        }

        char c = text[end];
        return !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
    }

    private static void AnalyzeStage(StageAnalysisContext context)
    {
        var instructions = context.Stage.Instructions;
        string?[] texts = new string?[instructions.Length];
        for (int i = 0; i < instructions.Length; i++)
        {
            if (instructions[i] is not ArgInstructionSyntax arg)
            {
                continue;
            }

            foreach (var declaration in arg.Declarations)
            {
                string name = declaration.Name;
                if (name.Length == 0 || VariableScopes.IsProxyArg(name) || name == "DEBIAN_FRONTEND")
                {
                    continue;
                }

                int busted = 0;
                for (int j = i + 1; j < instructions.Length; j++)
                {
                    var instruction = instructions[j];
                    if (instruction is ArgInstructionSyntax redeclared && System.Linq.Enumerable.Any(redeclared.Declarations, d => d.Name == name))
                    {
                        break;
                    }

                    if (References(texts[j] ??= instruction.ToString(), name))
                    {
                        if (busted > 0)
                        {
                            int line = context.Tree.GetLineSpan(instruction.Span).StartLinePosition.Line + 1;
                            context.ReportDiagnostic(
                                Descriptor,
                                context.Tree.GetLocation(declaration.NameWord.Span),
                                name,
                                line.ToString(CultureInfo.InvariantCulture),
                                MessageText.Count(busted, "RUN layer"),
                                busted == 1 ? "does" : "do");
                        }

                        break;
                    }

                    if (instruction is RunInstructionSyntax run)
                    {
                        var script = RunCommandFacts.GetScript(context.SemanticModel, run);
                        if (script == null || System.Linq.Enumerable.Any(script.Commands, RunCommandFacts.RunsUnknownScript))
                        {
                            // A script may read the variable from its environment: the use is unknown.
                            break;
                        }

                        busted++;
                    }
                }
            }
        }
    }
}
