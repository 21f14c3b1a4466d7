using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1044: COPY to a relative destination without WORKDIR (hadolint DL3045).</summary>
public sealed class DF1044CopyToRelativePathWithoutWorkdir : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1044";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY to a relative destination without WORKDIR",
        "`COPY` to the relative path `{0}` lands in whatever working directory the base image has, since this stage never sets one; set `WORKDIR` first or use an absolute destination",
        "Correctness",
        DiagnosticSeverity.Warning,
        "A relative COPY destination is resolved against the working directory. When the Dockerfile never sets WORKDIR, that directory comes from the base image and can change with it.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3045"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        // A stage FROM scratch starts in "/", which the Dockerfile itself defines: nothing comes from a base image.
        if (string.Equals(context.Stage.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase)
            || (HasWorkdir(context.SemanticModel, context.Stage, new HashSet<DockerfileStage>(), out int firstWorkdir) && firstWorkdir < 0))
        {
            return;
        }

        HasWorkdir(context.SemanticModel, context.Stage, new HashSet<DockerfileStage>(), out firstWorkdir);
        for (int i = 0; i < context.Stage.Instructions.Length && (firstWorkdir < 0 || i < firstWorkdir); i++)
        {
            if (context.Stage.Instructions[i] is not CopyInstructionSyntax copy || copy.Destination is not { } destination)
            {
                continue;
            }

            string path = destination.Trim('"', '\'');
            bool absolute = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal)
                || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
            if (!absolute)
            {
                var span = copy.ExecForm is { } exec ? exec.Elements.Last().Span : copy.Words.Last().Span;
                context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, span, destination));
            }
        }
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    // Whether a base stage sets WORKDIR (firstWorkdir = -1), or the index of this stage's first WORKDIR.
    private static bool HasWorkdir(DockerfileSemanticModel model, DockerfileStage stage, HashSet<DockerfileStage> seen, out int firstWorkdir)
    {
        firstWorkdir = -1;
        seen.Add(stage);
        // The base is an earlier stage; with a variable in the name (FROM base-${VARIANT}), any stage it could name.
        System.Text.RegularExpressions.Regex? pattern = null;
        string baseImage = stage.BaseImage;
        bool literal = baseImage.IndexOf('$') < 0 && IsAscii(baseImage);
        foreach (var parent in model.Stages)
        {
            if (parent.Index >= stage.Index || parent.Name is not { } name)
            {
                continue;
            }

            // Without a variable the pattern is the name itself, compared ignoring (ASCII) case; the regex is built only when needed.
            bool matches = literal && IsAscii(name)
                ? string.Equals(name, baseImage, StringComparison.OrdinalIgnoreCase)
                : (pattern ??= new System.Text.RegularExpressions.Regex(
                    "^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(baseImage), @"\\\$(\\\{[^}]*}|\w+)", ".*") + "$",
                    System.Text.RegularExpressions.RegexOptions.IgnoreCase)).IsMatch(name);
            if (!matches)
            {
                continue;
            }

            if (!seen.Contains(parent) && (string.Equals(parent.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase) || HasWorkdir(model, parent, seen, out _)))
            {
                return true;
            }
        }

        for (int i = 0; i < stage.Instructions.Length; i++)
        {
            if (stage.Instructions[i] is WorkdirInstructionSyntax)
            {
                firstWorkdir = i;
                return true;
            }
        }

        return false;
    }
}
