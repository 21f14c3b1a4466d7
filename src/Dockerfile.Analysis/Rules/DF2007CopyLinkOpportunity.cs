using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2007: a COPY that does not depend on the files below it (a copy from another stage, or of context files into
/// an application folder) could use <c>--link</c> in a Dockerfile that selects the <c>docker/dockerfile:1</c> syntax.
/// </summary>
public sealed class DF2007CopyLinkOpportunity : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2007";

    private static readonly Regex s_syntax = new(@"^(docker\.io/)?docker/dockerfile(-upstream)?:(1|1-labs|1\.([4-9]|\d\d+)(\.\d+)?(-labs)?|labs|latest)$", RegexOptions.CultureInvariant);

    private static readonly string[] s_systemFolders = { "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/var", "/root", "/home", "/run", "/tmp" };

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY could use --link",
        "`{0}` {1}; with `--link` its layer no longer depends on the layers below, so it stays cached when they change and a new base image does not rebuild it: write `COPY --link`",
        "LayerCache",
        DiagnosticSeverity.Info,
        "COPY --link (Dockerfile syntax 1.4 and later) builds the copied files as an independent layer that survives changes to the layers below it.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CopyInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var copy = (CopyInstructionSyntax)context.Node;
        if (copy.ParentOnbuild != null || copy.GetFlag("link") != null || copy.GetFlag("parents") != null)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!root.Directives.Any(d => d.Name == "syntax" && s_syntax.IsMatch(d.Value.Trim())))
        {
            return;
        }

        // A user name in --chown is looked up in the files below; with --link, only numeric ids are safe.
        if (copy.GetFlag("chown")?.Value?.ValueText is { } chown && !Regex.IsMatch(chown, @"^\d+(:\d+)?$"))
        {
            return;
        }

        // A destination means two arguments or more: at least one source.
        string? destination = InstructionArguments.Destination(copy);
        if (destination == null || destination.IndexOf('$') >= 0)
        {
            return;
        }

        string resolved = DockerfileSemanticModel.ResolvePath(context.SemanticModel.GetWorkingDirectory(copy), destination);
        string reason;
        if (copy.GetFlag("from")?.Value?.ValueText is { } from)
        {
            reason = $"copies from `{from}` into `{resolved}`";
        }
        else if (resolved != "/" && !s_systemFolders.Any(f => resolved == f || resolved.StartsWith(f + "/", StringComparison.Ordinal)))
        {
            // Sources that are all here-documents (`COPY <<EOF /app/run.sh`) are text of the Dockerfile, not of the context.
            var arguments = InstructionArguments.Of(copy);
            bool inline = copy.Heredocs.Any() && arguments.Take(arguments.Count - 1).All(a => a.Value.StartsWith("<<", StringComparison.Ordinal));
            reason = inline ? $"writes a here-document to `{resolved}`" : $"copies build-context files into the application folder `{resolved}`";
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(
            Descriptor,
            context.Tree.GetLocation(copy.Keyword.Span),
            SourceCopy.OneLine(context.Tree, copy),
            reason);
    }
}
