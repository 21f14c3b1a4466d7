using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Semantics.Manifests;
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

    /// <summary>
    /// The diagnostic property holding the files the fix copies, context-relative, separated by line breaks: every
    /// file the install reads (a folder ends in <c>/</c>). Absent when no fix is offered.
    /// </summary>
    public const string ManifestsProperty = "manifests";

    /// <summary>The diagnostic property holding the position of the whole-source COPY or ADD.</summary>
    public const string SourceCopyPositionProperty = "sourceCopyPosition";

    /// <summary>The diagnostic property telling whether a fix may move the install (<c>true</c>/<c>false</c>).</summary>
    public const string MovableProperty = "installMovable";

    /// <summary>The diagnostic property holding why no fix is offered, in the words of the message; absent when a fix is offered.</summary>
    public const string NoFixReasonProperty = "noFixReason";

    /// <summary>At most this many files are named in the message; the rest are counted.</summary>
    private const int MaxNamedFiles = 4;

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Dependencies are installed after the whole source is copied",
        "`{0}` runs after `{1}`, so every source change reinstalls dependencies and rebuilds {2}; copy {3} first and install before copying the source{4}",
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
            else if (instructions[i] is RunInstructionSyntax earlyRun)
            {
                foreach (var script in InstallScripts.Get(model, earlyRun))
                {
                    foreach (var command in script.Commands)
                    {
                        if (PackageManagerCommands.RecognizeDependencyInstall(command) is { } install)
                        {
                            earlyInstalls.Add(install.Ecosystem);
                        }
                    }
                }
            }
        }

        string? destination = sourceCopy is BaseCopyInstructionSyntax ? InstructionArguments.Destination(sourceCopy) : null;
        if (destination == null)
        {
            return;
        }

        string copyWorkdir = model.GetWorkingDirectory(sourceCopy);
        string? copiedTo = destination.IndexOf('$') >= 0 ? null : DockerfileSemanticModel.ResolvePath(copyWorkdir, destination);
        int layers = instructions.Skip(sourceIndex + 1).Count(i => SyntaxFacts.CreatesLayer(i.Kind));
        var buildContext = context.Options.BuildContext;
        IManifestFiles? files = buildContext == null ? null : new BuildContextManifestFiles(buildContext);

        for (int i = sourceIndex + 1; i < instructions.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (instructions[i] is not RunInstructionSyntax run)
            {
                continue;
            }

            if (copiedTo != null && model.GetWorkingDirectory(run) != copiedTo)
            {
                continue;
            }

            var plan = InstallPlan.Create(InstallScripts.Get(model, run), copiedTo, files, install =>
            {
                bool alreadyCopied = install.Manifests.Any(m => earlySources.Any(s => SourceCopy.NamesMatch(s, m)));
                return !(alreadyCopied && earlyInstalls.Contains(install.Ecosystem));
            });
            if (plan == null)
            {
                continue;
            }

            string? reason = plan.NoFixReason;
            if (reason == null && files == null)
            {
                reason = "a build context is needed to know which files it reads";
            }

            var named = reason == null ? InDisplayOrder(plan.Inputs.Paths, plan.First) : plan.First.Manifests;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(SourceCopyPositionProperty, sourceCopy.Keyword.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(MovableProperty, reason == null ? "true" : "false");
            properties = reason == null
                ? properties.Add(ManifestsProperty, string.Join("\n", named))
                : properties.Add(NoFixReasonProperty, reason);
            var span = TextSpan.FromBounds(run.Keyword.Span.Start, SourceCopy.ContentEnd(run));
            // The whole-context COPY the install depends on travels as the additional location (an editor shows it as
            // related information).
            context.ReportDiagnostic(
                Descriptor,
                context.Tree.GetLocation(span),
                new[] { context.Tree.GetLocation(TextSpan.FromBounds(sourceCopy.Keyword.Span.Start, SourceCopy.ContentEnd(sourceCopy))) },
                properties.Add(RuleInfo.AdditionalLocationsMessageProperty, "the copy of the source that this install runs after"),
                SourceCopy.Fold(plan.FirstScript.Text.Substring(plan.First.Command.Start, plan.First.Command.Length)),
                SourceCopy.OneLine(context.Tree, sourceCopy),
                MessageText.Count(layers, "layer"),
                NameFiles(named),
                reason == null ? string.Empty : " (no fix: " + reason + ")");
        }
    }

    // The files the command names first (package.json, then package-lock.json, then the optional ones, as listed), then
    // the others in ordinal order: the message and the COPY read as the project's own Dockerfile would.
    private static ImmutableArray<string> InDisplayOrder(ImmutableArray<string> paths, DependencyInstall install)
    {
        var result = new List<string>(paths.Length);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (string manifest in install.Manifests.Concat(install.OptionalManifests))
        {
            string name = Semantics.Manifests.ManifestPaths.NormalizeInput(manifest);
            foreach (string path in paths)
            {
                bool matches = path == name || (Semantics.Manifests.ManifestPaths.HasWildcards(name) && Semantics.Manifests.ManifestPaths.GlobMatch(name, path));
                if (matches && taken.Add(path))
                {
                    result.Add(path);
                }
            }
        }

        result.AddRange(paths.Where(p => !taken.Contains(p)));
        return result.ToImmutableArray();
    }

    // "a, b and c", or "a, b, c, d and 3 other files" (never "and 1 other file").
    private static string NameFiles(ImmutableArray<string> files)
    {
        if (files.Length <= MaxNamedFiles + 1)
        {
            return MessageText.List(files);
        }

        return string.Join(", ", files.Take(MaxNamedFiles)) + " and " + MessageText.Count(files.Length - MaxNamedFiles, "other file");
    }
}
