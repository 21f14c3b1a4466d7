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
        if (string.Equals(context.Stage.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        int firstWorkdir = FirstWorkdir(context.Stage);
        bool? inherits = null;
        for (int i = 0; i < context.Stage.Instructions.Length && (firstWorkdir < 0 || i < firstWorkdir); i++)
        {
            if (context.Stage.Instructions[i] is not CopyInstructionSyntax copy || InstructionArguments.Destination(copy) is not { } destination
                || !IsRelative(destination))
            {
                continue;
            }

            // What the stage inherits is a fact about the whole file: asked only when a COPY could be reported,
            // so that an edit of one stage does not recompute it for every stage.
            inherits ??= !context.Stage.IsImplicit && WorkdirFacts(context.SemanticModel).Inherits[context.Stage.Index];
            if (inherits.Value)
            {
                return;
            }

            var span = copy.ExecForm is { } exec ? exec.Elements.Last().Span : copy.Words.Last().Span;
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), destination);
        }
    }

    /// <summary>
    /// Whether a COPY to <paramref name="destination"/> placed at <paramref name="index"/> of a stage's instructions
    /// would be reported (a fix that adds one must not add a finding).
    /// </summary>
    internal static bool WouldReport(DockerfileSemanticModel model, DockerfileStage stage, int index, string destination)
    {
        if (!IsRelative(destination) || string.Equals(stage.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!stage.IsImplicit && WorkdirFacts(model).Inherits[stage.Index])
        {
            return false;
        }

        int firstWorkdir = FirstWorkdir(stage);
        return firstWorkdir < 0 || index < firstWorkdir;
    }

    private static bool IsRelative(string destination)
    {
        string path = destination.Trim('"', '\'');
        bool absolute = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal)
            || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
        return !absolute;
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

    /// <summary>
    /// Whether a stage name matches a base image name in which each variable (<c>$NAME</c>, <c>${...}</c>) stands
    /// for any text, ignoring ASCII case: the regex <c>^literal.*literal$</c> of the other names, for ASCII names
    /// without line breaks. Literal parts are matched leftmost, which is exact when the only wildcard is "any text".
    /// </summary>
    internal static bool MatchesIgnoringAsciiCase(string baseImage, string name) => BasePattern.Parse(baseImage).Matches(name);

    /// <summary>A base image name split once into the literal texts around its variables, for matching many stage names.</summary>
    private readonly struct BasePattern
    {
        private readonly string _baseImage;
        private readonly string[]? _literals;

        private BasePattern(string baseImage, string[]? literals)
        {
            _baseImage = baseImage;
            _literals = literals;
        }

        public static BasePattern Parse(string baseImage)
        {
            List<string>? literals = null;
            int start = 0;
            for (int i = 0; i < baseImage.Length; i++)
            {
                if (baseImage[i] != '$' || i + 1 >= baseImage.Length)
                {
                    continue;
                }

                int end;
                if (baseImage[i + 1] == '{')
                {
                    int close = baseImage.IndexOf('}', i + 2);
                    if (close < 0)
                    {
                        continue;
                    }

                    end = close + 1;
                }
                else
                {
                    end = i + 1;
                    while (end < baseImage.Length && IsWordChar(baseImage[end]))
                    {
                        end++;
                    }

                    if (end == i + 1)
                    {
                        continue;
                    }
                }

                (literals ??= new List<string>()).Add(baseImage.Substring(start, i - start));
                start = end;
                i = end - 1;
            }

            if (literals is null)
            {
                return new BasePattern(baseImage, null);
            }

            literals.Add(baseImage.Substring(start));
            return new BasePattern(baseImage, literals.ToArray());
        }

        public bool Matches(string name)
        {
            if (_literals is not { } literals)
            {
                return string.Equals(_baseImage, name, StringComparison.OrdinalIgnoreCase);
            }

            string first = literals[0], last = literals[literals.Length - 1];
            if (name.Length < first.Length + last.Length
                || !name.StartsWith(first, StringComparison.OrdinalIgnoreCase)
                || !name.EndsWith(last, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int position = first.Length;
            int limit = name.Length - last.Length;
            for (int k = 1; k < literals.Length - 1; k++)
            {
                string literal = literals[k];
                int found = literal.Length == 0 ? position : name.IndexOf(literal, position, limit - position, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    return false;
                }

                position = found + literal.Length;
            }

            return true;
        }
    }

    // \w of an ASCII text.
    private static bool IsWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    // The index of the stage's first WORKDIR, or -1.
    private static int FirstWorkdir(DockerfileStage stage)
    {
        for (int i = 0; i < stage.Instructions.Length; i++)
        {
            if (stage.Instructions[i] is WorkdirInstructionSyntax)
            {
                return i;
            }
        }

        return -1;
    }

    // Per stage, whether a WORKDIR is inherited: some earlier stage its base image could name is FROM scratch or
    // sets a WORKDIR itself or through its own bases. One pass in stage order (each stage's answer uses only
    // earlier ones), computed once per model: no recursion along the chain of stages, and a base written without a
    // variable is looked up by name instead of compared with every earlier stage.
    private static InheritedWorkdirs WorkdirFacts(DockerfileSemanticModel model) =>
        model.GetOrAddDerived(model.Tree.GetRoot(), DerivedSlots.InheritedWorkdirs, static (m, _) => new InheritedWorkdirs(m));

    private sealed class InheritedWorkdirs
    {
        public InheritedWorkdirs(DockerfileSemanticModel model)
        {
            var stages = model.Stages;
            Inherits = new bool[stages.Length];
            var sets = new bool[stages.Length];

            // Stages whose name the by-name lookup (ordinal, ignoring case) might not find although the matcher would.
            var unusual = new List<DockerfileStage>();
            foreach (var stage in stages)
            {
                if (stage.Name is { } name && (!IsAscii(name) || name.IndexOf('\n') >= 0))
                {
                    unusual.Add(stage);
                }
            }

            foreach (var stage in stages)
            {
                string baseImage = stage.BaseImage;
                IEnumerable<DockerfileStage> candidates = baseImage.IndexOf('$') >= 0
                    ? stages.Take(stage.Index)
                    : model.GetStagesNamed(baseImage).Concat(unusual);
                bool inherits = false;
                System.Text.RegularExpressions.Regex? pattern = null;
                bool asciiBase = IsAscii(baseImage);
                BasePattern? ascii = null;
                foreach (var parent in candidates)
                {
                    // Only a parent that gives a working directory matters: asked before the (costlier) name match.
                    if (parent.Index >= stage.Index || parent.Name is not { } name
                        || !(sets[parent.Index] || string.Equals(parent.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    // ASCII names are compared ignoring ASCII case, a variable matching any text; the regex is built only for other names.
                    bool matches = asciiBase && IsAscii(name) && name.IndexOf('\n') < 0
                        ? (ascii ??= BasePattern.Parse(baseImage)).Matches(name)
                        : (pattern ??= new System.Text.RegularExpressions.Regex(
                            "^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(baseImage), @"\\\$(\\\{[^}]*}|\w+)", ".*") + "$",
                            System.Text.RegularExpressions.RegexOptions.IgnoreCase)).IsMatch(name);
                    if (matches)
                    {
                        inherits = true;
                        break;
                    }
                }

                Inherits[stage.Index] = inherits;
                sets[stage.Index] = inherits || FirstWorkdir(stage) >= 0;
            }
        }

        public bool[] Inherits { get; }
    }
}
