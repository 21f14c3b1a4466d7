using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1086: a COPY or ADD source from the build context is excluded by .dockerignore (BuildKit CopyIgnoredFile).</summary>
/// <remarks>
/// Follows BuildKit's <c>validateCopySourcePath</c>: only with a .dockerignore that has no <c>!</c> exception (with
/// exceptions, a file below an excluded directory may be kept, which cannot be decided from the pattern alone);
/// only sources from the context (not <c>COPY --from</c>, URLs, git sources or heredocs); the source is matched
/// after expansion, as written (a wildcard source is matched literally, like BuildKit does); <c>.</c> and <c>/</c>
/// are reported only when a pattern excludes everything (<c>*</c>, <c>**</c>, <c>**/*</c>).
/// </remarks>
public sealed class DF1086CopyIgnoredFile : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1086";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY or ADD source is excluded by .dockerignore",
        "{0} source `{1}` is excluded by .dockerignore (pattern `{2}` on line {3}), so the builder never receives it and this {0} fails or copies nothing; stop ignoring it in .dockerignore or remove it from the {0}",
        "Correctness",
        DiagnosticSeverity.Warning,
        "Files that .dockerignore excludes are not sent to the builder. A COPY or ADD that names one fails with \"not found\", or, for a directory that is partly ignored, silently copies less than intended.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("CopyIgnoredFile"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CopyInstruction, SyntaxKind.AddInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;

        // ONBUILD triggers run in another build, with another context; COPY --from does not read the context.
        if (instruction.ParentOnbuild != null || instruction.GetFlag("from") != null)
        {
            return;
        }

        var ignore = (context.Options.BuildContext ?? context.SemanticModel.Options.BuildContext)?.IgnoreFile;
        if (ignore == null || ignore.Patterns.Count == 0 || ignore.Patterns.Any(p => p.IsExclusion))
        {
            return;
        }

        string keyword = instruction is AddInstructionSyntax ? "ADD" : "COPY";
        foreach (var (span, text) in Sources(context, instruction))
        {
            if (IsRemote(text) || text.StartsWith("<<", StringComparison.Ordinal))
            {
                continue;
            }

            string source = GoPath.Clean(text.Replace('\\', '/'));
            DockerIgnorePattern? pattern;
            if (source is "." or "/")
            {
                pattern = ignore.Patterns.FirstOrDefault(p => p.Text is "*" or "**" or "**/*");
            }
            else
            {
                string path = GoPath.NormalizeContextPath(source);
                pattern = ignore.Patterns.LastOrDefault(p => p.MatchesOrParentMatches(path));
            }

            if (pattern != null)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), keyword, source, pattern.Text, pattern.Line);
            }
        }
    }

    /// <summary>The sources of a COPY or ADD (every argument but the last), expanded.</summary>
    private static IEnumerable<(TextSpan Span, string Text)> Sources(SyntaxNodeAnalysisContext context, InstructionSyntax instruction)
    {
        var exec = instruction.ChildNodes().OfType<ExecFormSyntax>().FirstOrDefault();
        if (exec != null)
        {
            var elements = exec.Elements.ToList();
            for (int i = 0; i < elements.Count - 1; i++)
            {
                var expanded = context.SemanticModel.Expand(elements[i].ValueText, instruction);
                if (expanded.Succeeded)
                {
                    yield return (elements[i].Span, expanded.Value);
                }
            }

            yield break;
        }

        var words = instruction.ChildNodes().OfType<WordSyntax>().ToList();
        for (int i = 0; i < words.Count - 1; i++)
        {
            var expanded = context.SemanticModel.Expand(words[i]);
            if (expanded.Succeeded)
            {
                yield return (words[i].Span, expanded.Value);
            }
        }
    }

    private static bool IsRemote(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("git@", StringComparison.Ordinal)
        || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase);
}
