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

/// <summary>DF2104: An archive is copied and then extracted</summary>
public sealed class DF2104AddExtractsArchives : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2104";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An archive is copied and then extracted",
        "`{0}` copies the archive `{1}` that `{2}` extracts later, so the archive stays in the image next to its contents; `ADD {1} <dir>` extracts a local tar archive without keeping it",
        "ImageSize",
        DiagnosticSeverity.Info,
        "A COPY of an archive followed by tar -x or gunzip in a RUN keeps both the archive and its contents in the image, because the COPY layer cannot be undone. ADD extracts local tar archives as it copies them.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3010"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly string[] s_archives =
    {
        ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz",
    };

    private static readonly string[] s_decompressors =
    {
        "unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat",
    };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    private static void Analyze(StageAnalysisContext context)
    {
        var archives = new List<(CopyInstructionSyntax Copy, string Name, TextSpan Span)>();
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction is CopyInstructionSyntax copy && copy.GetFlag("from") == null)
            {
                var arguments = InstructionArguments.Of(copy);
                if (arguments.Count < 2)
                {
                    continue;
                }

                var destination = arguments[arguments.Count - 1];
                if (IsArchive(destination.Value))
                {
                    archives.Add((copy, BaseName(destination.Value), destination.Span));
                }
                else
                {
                    archives.AddRange(arguments.Take(arguments.Count - 1).Where(a => IsArchive(a.Value)).Select(a => (copy, BaseName(a.Value), a.Span)));
                }
            }
            else if (archives.Count > 0 && instruction is RunInstructionSyntax run && ParsedRun.Get(context.SemanticModel, run) is { } script)
            {
                foreach (var command in script.Commands.Where(IsExtract))
                {
                    var names = CommandArgs.NonFlagIndexes(command).Select(i => BaseName(command.Arguments[i])).ToList();
                    foreach (var archive in archives.Where(a => names.Contains(a.Name)).ToList())
                    {
                        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(archive.Span), "COPY", archive.Name, script.TextOf(command));
                        archives.Remove(archive);
                    }
                }
            }
        }
    }

    private static bool IsExtract(ShellCommand command) =>
        (command.Name == "tar" && command.Arguments.Any(a => a == "--extract" || a == "--get" || (a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('x') >= 0)))
        || Array.IndexOf(s_decompressors, command.Name) >= 0;

    private static bool IsArchive(string path) => s_archives.Any(e => path.EndsWith(e, StringComparison.Ordinal));

    private static string BaseName(string path)
    {
        int slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
