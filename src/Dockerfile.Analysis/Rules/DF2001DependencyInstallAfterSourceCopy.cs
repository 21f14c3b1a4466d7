using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2001: a dependency install (<c>npm ci</c>, <c>pip install -r requirements.txt</c>, ...) runs after the
/// whole build context was copied, so any source change invalidates the layer cache of the install.
/// </summary>
public sealed class DF2001DependencyInstallAfterSourceCopy : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2001";

    /// <summary>The diagnostic property holding the manifest files, separated by line breaks.</summary>
    public const string ManifestsProperty = "manifests";

    /// <summary>The diagnostic property holding the position of the whole-source COPY or ADD.</summary>
    public const string SourceCopyPositionProperty = "sourceCopyPosition";

    /// <summary>The diagnostic property telling whether the install works with only the manifests (<c>true</c>/<c>false</c>).</summary>
    public const string MovableProperty = "installMovable";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Dependencies are installed after the whole source is copied",
        "`{0}` runs after `{1}`, so every source change reinstalls dependencies and rebuilds {2}; copy {3} first and install before copying the source",
        "LayerCache",
        DiagnosticSeverity.Warning,
        "Copy only the dependency manifests, install, then copy the rest of the source, so that the install layer stays cached until the manifests change.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(AnalyzeStage);

    private static void AnalyzeStage(StageAnalysisContext context)
    {
        var instructions = context.Stage.Instructions;
        int sourceIndex = -1;
        for (int i = 0; i < instructions.Length; i++)
        {
            if (SourceCopy.IsWholeContextCopy(instructions[i]))
            {
                sourceIndex = i;
                break;
            }
        }

        if (sourceIndex < 0)
        {
            return;
        }

        var sourceCopy = instructions[sourceIndex];
        var model = context.SemanticModel;
        var earlySources = new List<string>();
        var earlyInstalls = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < sourceIndex; i++)
        {
            if (SourceCopy.GetContextSources(instructions[i]) is { } sources)
            {
                earlySources.AddRange(sources);
            }
            else if (instructions[i] is RunInstructionSyntax earlyRun && model.GetShellScript(earlyRun) is { } earlyScript)
            {
                foreach (var command in earlyScript.Commands)
                {
                    if (PackageManagerCommands.RecognizeDependencyInstall(command) is { } install)
                    {
                        earlyInstalls.Add(install.Ecosystem);
                    }
                }
            }
        }

        string? destination = (sourceCopy as BaseCopyInstructionSyntax)?.Destination;
        if (destination == null)
        {
            return;
        }

        string copyWorkdir = model.GetWorkingDirectory(sourceCopy);
        string? copiedTo = destination.IndexOf('$') >= 0 ? null : DockerfileSemanticModel.ResolvePath(copyWorkdir, destination);
        int layers = instructions.Skip(sourceIndex + 1).Count(i => SyntaxFacts.CreatesLayer(i.Kind));

        for (int i = sourceIndex + 1; i < instructions.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (instructions[i] is not RunInstructionSyntax run || model.GetShellScript(run) is not { } script)
            {
                continue;
            }

            if (copiedTo != null && model.GetWorkingDirectory(run) != copiedTo)
            {
                continue;
            }

            foreach (var command in script.Commands)
            {
                var install = PackageManagerCommands.RecognizeDependencyInstall(command);
                if (install == null)
                {
                    continue;
                }

                bool alreadyCopied = install.Manifests.Any(m => earlySources.Any(s => SourceCopy.NamesMatch(s, m)));
                if (alreadyCopied && earlyInstalls.Contains(install.Ecosystem))
                {
                    continue;
                }

                var manifests = FilterByContext(install.Manifests, context.Options);
                if (manifests.IsEmpty)
                {
                    continue;
                }

                manifests = manifests.AddRange(OptionalInContext(install.OptionalManifests, context.Options));

                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(ManifestsProperty, string.Join("\n", manifests))
                    .Add(SourceCopyPositionProperty, sourceCopy.Keyword.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add(MovableProperty, install.CanInstallWithoutSource ? "true" : "false");
                var span = TextSpan.FromBounds(run.Keyword.Span.Start, SourceCopy.ContentEnd(run));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    context.Tree.GetLocation(span),
                    properties,
                    SourceCopy.Fold(script.Text.Substring(command.Start, command.Length)),
                    SourceCopy.OneLine(context.Tree, sourceCopy),
                    MessageText.Count(layers, "layer"),
                    MessageText.List(manifests)));
                break;
            }
        }
    }

    // Optional manifests count only when the build context is known and holds them (not ignored): without a
    // context the message and the fix name the required manifests alone.
    private static ImmutableArray<string> OptionalInContext(ImmutableArray<string> optionalManifests, AnalysisOptions options) =>
        options.BuildContext == null || optionalManifests.IsEmpty ? ImmutableArray<string>.Empty : FilterByContext(optionalManifests, options);

    private static ImmutableArray<string> FilterByContext(ImmutableArray<string> manifests, AnalysisOptions options)
    {
        var buildContext = options.BuildContext;
        if (buildContext == null)
        {
            return manifests;
        }

        return manifests.Where(m => m.IndexOfAny(new[] { '*', '?' }) >= 0 ? buildContext.MatchSource(m).Count > 0 : buildContext.Exists(m)).ToImmutableArray();
    }
}
