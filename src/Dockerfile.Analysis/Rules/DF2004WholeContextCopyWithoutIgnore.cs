using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2004: <c>COPY . ...</c> or <c>ADD . ...</c> copies the whole build context while <c>.git</c>,
/// <c>node_modules</c> or build outputs exist in it and no .dockerignore excludes them.
/// </summary>
public sealed class DF2004WholeContextCopyWithoutIgnore : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2004";

    /// <summary>The top-level folders checked: version control, dependencies and build outputs.</summary>
    internal static readonly string[] Candidates = { ".git", "node_modules", ".venv", "venv", "__pycache__", ".pytest_cache", "target", "dist", ".next", ".gradle", "obj" };

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Whole build context copied without a .dockerignore for generated folders",
        "`{0}` copies {1} from the build context, which no .dockerignore excludes: they change with every commit, install or build, so this layer and {2} after it rebuild for nothing and the image grows; add them to .dockerignore",
        "LayerCache",
        DiagnosticSeverity.Warning,
        "Exclude version control, dependency and build output folders from the build context with .dockerignore, so that copying the whole context stays cached and small.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CopyInstruction, SyntaxKind.AddInstruction);
    }

    /// <summary>The candidate folders that exist in the context with at least one file not ignored.</summary>
    internal static List<string> ExposedFolders(BuildContext buildContext)
    {
        var result = new List<string>();
        foreach (string candidate in Candidates)
        {
            string prefix = candidate + "/";
            if (buildContext.Files.Any(f => (f == candidate || f.StartsWith(prefix, StringComparison.Ordinal)) && !buildContext.IsIgnored(f)))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        if (context.Options.BuildContext is not { } buildContext || !SourceCopy.IsWholeContextCopy(instruction))
        {
            return;
        }

        var exposed = ExposedFolders(buildContext);
        if (exposed.Count == 0)
        {
            return;
        }

        var model = context.SemanticModel;
        int later = 0;
        if (model.GetStage(instruction) is { } stage)
        {
            int index = stage.Instructions.IndexOf(instruction);
            later = stage.Instructions.Skip(index + 1).Count(i => SyntaxFacts.CreatesLayer(i.Kind));
        }

        var words = (instruction as BaseCopyInstructionSyntax)?.Words ?? Enumerable.Empty<WordSyntax>();
        var dot = words.FirstOrDefault(w => RunFacts.Unquote(context.Tree, w) is "." or "./");
        var span = dot?.Span ?? instruction.ChildNodes().OfType<ExecFormSyntax>().FirstOrDefault()?.Span ?? instruction.Keyword.Span;
        context.ReportDiagnostic(
            Descriptor,
            context.Tree.GetLocation(span),
            SourceCopy.OneLine(context.Tree, instruction),
            MessageText.List(exposed.Select(e => "`" + e + "`")),
            MessageText.Count(later, "layer"));
    }
}
