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

/// <summary>
/// DF1084: with the defaults of the global ARGs, a FROM image expands to an empty or invalid name (BuildKit
/// InvalidDefaultArgInFrom). Build arguments given to the analysis (<see cref="AnalysisOptions.BuildArguments"/>) replace
/// the defaults they name; BuildKit checks the defaults alone (docs/rules/DF1084.md says why we differ).
/// </summary>
public sealed class DF1084InvalidDefaultArgInFrom : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1084";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Default ARG values make the FROM image name empty or invalid",
        "With the default values of its ARGs, `{0}` becomes {1}, which is not a valid image name, so a build without `--build-arg` fails; give the ARG a default that makes a valid image name",
        "Correctness",
        DiagnosticSeverity.Warning,
        "A FROM image built from global ARGs should be a valid image reference with only the default values.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("InvalidDefaultArgInFrom"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly System.Text.RegularExpressions.Regex s_reference = new(
        @"^(?:(?:\[[a-fA-F0-9:]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    /// <summary>Whether a text is a valid image reference (name, optional tag and digest), by the distribution grammar.</summary>
    internal static bool IsValidReference(string text) => text.Length > 0 && text.Length <= 512 && s_validReferences.Get(text);

    // The same image names come back across files: the regular expression's answers are remembered.
    private static readonly BoundedMemo<string, bool> s_validReferences = new(s_reference.IsMatch, comparer: StringComparer.Ordinal);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var model = context.SemanticModel;
        IReadOnlyDictionary<string, string>? env = null;
        ShellWordProcessor? processor = null;
        foreach (var stage in model.Stages)
        {
            if (stage.From.Image is not { } image || !VariableScopes.HasVariableReference(model.Tree, image))
            {
                continue;
            }

            // Only FROM lines with a variable need the global ARGs: built on first use.
            // The build arguments of the analysis (dfa lint --build-arg) stand in for the defaults they replace.
            env ??= VariableScopes.GlobalEnvironmentWithBuildArguments(model, context.Options.BuildArguments);
            processor ??= VariableScopes.Processor(model.Tree);
            string raw = VariableScopes.RawText(image);
            var result = processor.ProcessWord(raw, env);
            if (!result.Succeeded || IsValidReference(result.Value))
            {
                continue;
            }

            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(image.Span), raw, result.Value.Length == 0 ? "an empty string" : $"`{result.Value}`");
        }
    }
}
