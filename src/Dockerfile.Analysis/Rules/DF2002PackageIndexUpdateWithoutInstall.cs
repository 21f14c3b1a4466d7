using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2002: a RUN refreshes the package index (<c>apt-get update</c>, <c>apk update</c>, <c>yum makecache</c>, ...)
/// without installing anything in the same RUN, so the index is frozen in a cached layer and goes stale.
/// </summary>
public sealed class DF2002PackageIndexUpdateWithoutInstall : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2002";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Package index updated without an install in the same RUN",
        "`{0}` refreshes the package index in a RUN that installs nothing: the layer stays cached with those lists while they go stale, so later installs use old lists or fail on removed versions; run `{0} && {1} ...` in one RUN",
        "LayerCache",
        DiagnosticSeverity.Warning,
        "Refresh the package index in the same RUN as the install that needs it, so that both are rebuilt together.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        var script = RunCommandFacts.GetScript(context.SemanticModel, run);
        if (script == null)
        {
            return;
        }

        PackageCommand? update = null;
        foreach (var command in script.Commands)
        {
            var recognized = PackageManagerFacts.Recognize(command);
            if (recognized == null)
            {
                if (RunCommandFacts.RunsUnknownScript(command))
                {
                    return;
                }

                continue;
            }

            if (recognized.Action == PackageAction.Install)
            {
                return;
            }

            if (recognized.Action == PackageAction.IndexUpdate && update == null)
            {
                update = recognized;
            }
        }

        if (update == null)
        {
            return;
        }

        var words = update.Command.Words;
        int verbIndex = words.Select((w, i) => (w, i)).Skip(update.NameIndex + 1).FirstOrDefault(p => p.w.Value == update.Verb).i;
        if (verbIndex <= update.NameIndex)
        {
            verbIndex = update.NameIndex;
        }

        var first = words[update.NameIndex];
        var last = words[verbIndex];
        var span = RunCommandFacts.MapSpan(run, first.Start, last.Start + last.Length - first.Start);
        string install = update.Family switch
        {
            "apt" => update.Manager + " install",
            "apk" => "apk add",
            "pacman" => "pacman -S",
            _ => update.Manager + " install",
        };
        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), update.Manager + " " + update.Verb, install);
    }
}
