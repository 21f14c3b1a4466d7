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

/// <summary>
/// DF1085: a word BuildKit expands uses a variable no ARG or ENV in scope defines (BuildKit UndefinedVar).
/// </summary>
/// <remarks>
/// BuildKit expands the words of ADD, COPY (sources, destination, <c>--chown</c>, <c>--chmod</c>, ADD's <c>--checksum</c>),
/// ENV, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL, ARG defaults and RUN <c>--mount</c> values, and reports the names it
/// could not find in the stage's environment (the base image's ENV, then ARG and ENV of the file). FROM lines are
/// DF1083's; EXPOSE is expanded without a report; shell-form commands are expanded by the shell, not by BuildKit;
/// ONBUILD triggers are expanded in the later build. The base image's ENV is not known here, so in a stage whose
/// base is an image (directly or through earlier stages) only a near-miss of a name in scope is reported.
/// </remarks>
public sealed class DF1085UndefinedVar : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1085";

    /// <summary>The names BuildKit never reports (its <c>nonEnvArgs</c>).</summary>
    private static readonly HashSet<string> s_nonEnvArgs = new(StringComparer.Ordinal) { "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE" };

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Variable is not defined",
        "`${0}` is not defined by any ARG or ENV in scope{1}, so it expands to an empty string{2}",
        "Correctness",
        DiagnosticSeverity.Warning,
        "BuildKit expands variables in ADD, COPY, ENV, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL, ARG defaults and RUN --mount options itself. A name that no ARG or ENV before the instruction defines becomes an empty string, usually because of a typo or a missing ARG re-declaration in the stage.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("UndefinedVar"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(
        Analyze,
        SyntaxKind.AddInstruction, SyntaxKind.CopyInstruction, SyntaxKind.EnvInstruction, SyntaxKind.LabelInstruction,
        SyntaxKind.UserInstruction, SyntaxKind.VolumeInstruction, SyntaxKind.WorkdirInstruction, SyntaxKind.StopsignalInstruction,
        SyntaxKind.ArgInstruction, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        var model = context.SemanticModel;

        // ONBUILD triggers are expanded when a later build uses this image; global ARGs belong to FROM lines (DF1083).
        if (instruction.ParentOnbuild != null || model.GetStage(instruction) is not { } stage || ReferenceEquals(stage.From, instruction))
        {
            return;
        }

        // Most instructions cannot name a variable: a RUN is only reported on its --mount flags, and any other
        // instruction needs a '$' in its text (or a \u escape in a JSON string) to reference one.
        if (instruction is RunInstructionSyntax ? !RunMountFacts.HasMount(instruction) : !MayReferenceVariable(context.Tree, instruction))
        {
            return;
        }

        // Names this instruction defines itself: an ARG sees its earlier declarations; an ENV that uses its own
        // names is DF1047's (the values are expanded before any is set).
        HashSet<string>? own = instruction is EnvInstructionSyntax env ? new(env.Pairs.Select(p => p.Key.ValueText), StringComparer.Ordinal) : null;

        // The names in scope, the external base image and the names reported so far are only needed for a name the
        // model does not define (rare): they are computed on the first one.
        HashSet<string>? inScope = null;
        string? externalBase = null;
        HashSet<string>? reported = null;
        foreach (var (span, names) in ExpandedParts(model, instruction))
        {
            foreach (var (name, nameSpan) in names)
            {
                if ((own != null && own.Contains(name)) || s_nonEnvArgs.Contains(name))
                {
                    continue;
                }

                if (inScope is null)
                {
                    inScope = InScope(model, instruction, stage);
                    externalBase = ExternalBaseImage(stage);
                    reported = new HashSet<string>(StringComparer.Ordinal);
                }

                if (inScope.Contains(name) || reported!.Contains(name))
                {
                    continue;
                }

                // On an image, the name may well be the image's (GOPATH, JAVA_HOME): only a near-miss of a name of
                // this file of about the same length is reported (a typo, not PATH for GOPATH).
                var candidates = inScope.Where(n => n != name && (externalBase == null || Math.Abs(n.Length - name.Length) <= 1));
                string? suggestion = VariableScopes.Suggest(name, candidates);
                if (externalBase != null && suggestion == null)
                {
                    continue;
                }

                reported.Add(name);
                string where = externalBase == null ? string.Empty : $" (nor, probably, by the base image `{externalBase}`)";
                string advice = suggestion != null
                    ? $"; did you mean `${suggestion}`?"
                    : $"; declare it with `ARG {name}` or `ENV {name}=...` before this line";
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(nameSpan ?? span), name, where, advice);
            }
        }
    }

    /// <summary>The variables and arguments in scope at an instruction, with the ARGs of the stages the stage is built on.</summary>
    private static HashSet<string> InScope(DockerfileSemanticModel model, InstructionSyntax instruction, DockerfileStage stage)
    {
        var inScope = new HashSet<string>(model.GetVariables(instruction).Keys, StringComparer.Ordinal);
        inScope.UnionWith(model.GetArguments(instruction).Keys);

        // BuildKit sets PATH in every stage (its default for the platform when the image has none): always defined,
        // and a near-miss of it ($PAHT) is a typo.
        inScope.Add("PATH");

        // BuildKit's dispatchState.init: a stage built FROM another inherits its state, ARGs included.
        var current = stage.BaseStage;
        for (int depth = 0; current != null && depth < 100; depth++, current = current.BaseStage)
        {
            foreach (var arg in current.Instructions.OfType<ArgInstructionSyntax>())
            {
                inScope.UnionWith(arg.Declarations.Select(d => d.Name));
            }
        }

        return inScope;
    }

    /// <summary>The base image at the root of the stage's chain of <c>FROM &lt;stage&gt;</c>, or null when it is scratch (every variable is then known).</summary>
    private static string? ExternalBaseImage(DockerfileStage stage)
    {
        var current = stage;
        for (int depth = 0; current.BaseStage != null && depth < 100; depth++)
        {
            current = current.BaseStage;
        }

        if (current.BaseStage != null)
        {
            return current.BaseImage;
        }

        return current.Image is { IsScratch: true } || string.Equals(current.ExpandedBaseImage, "scratch", StringComparison.OrdinalIgnoreCase)
            ? null
            : current.BaseImage;
    }

    /// <summary>The parts of an instruction BuildKit expands and reports on, each with its undefined names and their reference spans.</summary>
    private static IEnumerable<(TextSpan Span, IEnumerable<(string Name, TextSpan? Span)> Names)> ExpandedParts(
        DockerfileSemanticModel model, InstructionSyntax instruction)
    {
        if (instruction is ArgInstructionSyntax arg)
        {
            // BuildKit expands each default with the declarations before it in the same ARG.
            var earlier = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declaration in arg.Declarations)
            {
                // Only a '$' brings in a variable: a value without one has no undefined name (and most have none).
                if (declaration.DefaultValue is { } value && value.ValueText.IndexOf('$') >= 0)
                {
                    var undefined = model.Expand(value).UndefinedVariables.Where(n => !earlier.Contains(n)).ToList();
                    yield return (value.Span, undefined.Select(n => (n, ReferenceSpan(value, n))).ToList());
                }

                earlier.Add(declaration.Name);
            }

            yield break;
        }

        foreach (var word in model.GetExpandedWords(instruction))
        {
            if (!IsReportedWord(instruction, word) || word.ValueText.IndexOf('$') < 0)
            {
                continue;
            }

            var undefined = model.Expand(word).UndefinedVariables;
            if (undefined.Length > 0)
            {
                yield return (word.Span, undefined.Select(n => (n, ReferenceSpan(word, n))).ToList());
            }
        }

        // Exec-form arguments of COPY, ADD and VOLUME are expanded too; they are JSON strings, not words.
        if (instruction is BaseCopyInstructionSyntax or VolumeInstructionSyntax
            && instruction.ChildNodes().OfType<ExecFormSyntax>().FirstOrDefault() is { } exec)
        {
            foreach (var element in exec.Elements)
            {
                string text = element.ValueText;
                if (text.IndexOf('$') < 0)
                {
                    continue;
                }

                var undefined = model.Expand(text, instruction).UndefinedVariables;
                if (undefined.Length > 0)
                {
                    yield return (element.Span, undefined.Select(n => (n, (TextSpan?)null)).ToList());
                }
            }
        }
    }

    /// <summary>Whether the instruction's text holds a '$' or a backslash followed by 'u' (a JSON escape can spell '$').</summary>
    private static bool MayReferenceVariable(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        string text = tree.GetFullString();
        var span = instruction.Span;
        if (text.IndexOf('$', span.Start, span.Length) >= 0)
        {
            return true;
        }

        for (int at = text.IndexOf('\\', span.Start, span.Length); at >= 0 && at + 1 < span.End; at = text.IndexOf('\\', at + 1, span.End - at - 1))
        {
            if (text[at + 1] == 'u')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether BuildKit reports undefined variables of this word (RUN: only <c>--mount</c>; COPY/ADD: not <c>--exclude</c>, <c>--from</c>).</summary>
    private static bool IsReportedWord(InstructionSyntax instruction, WordSyntax word)
    {
        FlagSyntax? flag = null;
        for (var node = word.Parent; node != null && flag == null; node = node.Parent)
        {
            flag = node as FlagSyntax;
        }

        return instruction switch
        {
            RunInstructionSyntax => flag is { Name: "mount" },
            BaseCopyInstructionSyntax => flag == null || flag.Name is "chown" or "chmod" or "checksum",
            _ => flag == null,
        };
    }

    private static TextSpan? ReferenceSpan(WordSyntax word, string name) =>
        word.VariableReferences.FirstOrDefault(r => r.Name == name)?.Span;
}
