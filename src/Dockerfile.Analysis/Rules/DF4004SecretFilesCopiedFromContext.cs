using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF4004: a COPY or ADD source that takes a whole folder of the build context (<c>.</c>, a directory, a glob) sweeps
/// files that look like secrets (<c>.env</c>, SSH keys, registry tokens, cloud credentials) into a layer of the image.
/// </summary>
/// <remarks>
/// Needs the build context; without one it reports nothing. Files that .dockerignore or <c>--exclude</c> leave out are
/// not copied, so not reported. A secret the instruction names itself (its own path, a glob with literal text in its
/// last part such as <c>*.pem</c>, or the hidden folder that holds it, such as <c>.ssh/</c>) is a deliberate copy and
/// not this rule's concern. <c>COPY --from</c> and ONBUILD triggers do not read this context. The secrets' paths are
/// in the diagnostic's <see cref="SecretsProperty"/> property.
/// </remarks>
public sealed class DF4004SecretFilesCopiedFromContext : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4004";

    /// <summary>
    /// The key of the diagnostic property that lists every secret the source copies (the message names at most three):
    /// context-relative paths with <c>/</c>, joined with a line feed, in path order.
    /// </summary>
    public const string SecretsProperty = "secrets";

    /// <summary>How many secrets the message names before it counts the rest.</summary>
    private const int NamedInMessage = 3;

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Secret files copied from the build context without being named",
        "`{0}` copies {1} from the build context into a layer of the image, where anyone who can pull the image can read {2}; add {2} to .dockerignore{3}",
        "Security",
        DiagnosticSeverity.Warning,
        "A COPY or ADD of the whole build context, a folder or a glob takes every file it matches, including environment files, private keys and credentials that happen to lie there. Each layer keeps them for anyone who can pull the image, even if a later instruction deletes them. Exclude them with .dockerignore, and pass what the build needs with a secret mount.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Reads its own instruction (expanded with the variables of its stage chain) and the build context only.
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

        var buildContext = context.Options.BuildContext ?? context.SemanticModel.Options.BuildContext;
        if (buildContext is null || buildContext.Files.Count == 0)
        {
            return;
        }

        var sources = Sources(context.SemanticModel, instruction);
        if (sources.Count == 0)
        {
            return;
        }

        var named = sources.Select(s => GoPath.NormalizeContextPath(s.Text)).ToList();
        var excludes = instruction.Flags.Where(f => f.Name == "exclude" && f.Value != null).Select(f => context.SemanticModel.Expand(f.Value!).Value).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        string? line = null;
        List<(string Tool, List<string> Manifests)>? installs = null;
        foreach (var (span, text) in sources)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var secrets = new List<(string Path, string Description)>();
            foreach (string file in buildContext.MatchSource(text, excludes))
            {
                // MatchSource has already dropped what .dockerignore excludes.
                if (reported.Contains(file) || named.Any(n => Names(n, file)) || SecretFileKinds.Describe(buildContext, file) is not { } description)
                {
                    continue;
                }

                reported.Add(file);
                secrets.Add((file, description));
            }

            if (secrets.Count == 0)
            {
                continue;
            }

            line ??= SourceCopy.OneLine(context.Tree, instruction);
            installs ??= InstallsAfter(context.SemanticModel, instruction);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretsProperty, string.Join("\n", secrets.Select(s => s.Path)));
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), properties, line, Describe(secrets), secrets.Count == 1 ? "it" : "them", InstallAdvice(secrets, installs));
        }
    }

    /// <summary>
    /// The dependency installs that run after the copy in its stage, each with the files it reads: a secret among them
    /// (an <c>.npmrc</c> that <c>npm ci</c> needs for a private registry) cannot simply be ignored.
    /// </summary>
    private static List<(string Tool, List<string> Manifests)> InstallsAfter(DockerfileSemanticModel model, InstructionSyntax instruction) =>
        model.GetStage(instruction) is { } stage
            ? DependencyInstallReads.Of(model, stage.Instructions.Skip(stage.Instructions.IndexOf(instruction) + 1).OfType<RunInstructionSyntax>())
            : new List<(string Tool, List<string> Manifests)>();

    /// <summary>The end of the message when an install after the copy reads some of the secrets: what to do instead.</summary>
    private static string InstallAdvice(List<(string Path, string Description)> secrets, List<(string Tool, List<string> Manifests)> installs)
    {
        foreach (var (tool, manifests) in installs)
        {
            var read = secrets.Where(s => DependencyInstallReads.Reads(manifests, s.Path)).Select(s => "`" + s.Path + "`").ToList();
            if (read.Count > 0)
            {
                return $", except that the {tool} install after it reads {MessageText.List(read)}: give {(read.Count == 1 ? "it" : "them")} to that RUN with --mount=type=secret instead of copying";
            }
        }

        return string.Empty;
    }

    /// <summary>The secrets as the message names them: <c>`.env` (an environment file ...)</c>, at most three, then how many more.</summary>
    private static string Describe(List<(string Path, string Description)> secrets)
    {
        var items = secrets.Take(NamedInMessage).Select(s => "`" + s.Path + "` (" + s.Description + ")").ToList();
        if (secrets.Count > NamedInMessage)
        {
            items.Add((secrets.Count - NamedInMessage).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more");
        }

        return MessageText.List(items);
    }

    /// <summary>The context sources of a COPY or ADD (every argument but the last), expanded, with their spans; URLs, Git sources and heredocs left out.</summary>
    private static List<(TextSpan Span, string Text)> Sources(DockerfileSemanticModel model, InstructionSyntax instruction)
    {
        var result = new List<(TextSpan Span, string Text)>();
        var exec = instruction.ChildNodes().OfType<ExecFormSyntax>().FirstOrDefault();
        if (exec != null)
        {
            var elements = exec.Elements.ToList();
            for (int i = 0; i < elements.Count - 1; i++)
            {
                Add(elements[i].Span, model.Expand(elements[i].ValueText, instruction));
            }

            return result;
        }

        var words = instruction.ChildNodes().OfType<WordSyntax>().ToList();
        for (int i = 0; i < words.Count - 1; i++)
        {
            Add(words[i].Span, model.Expand(words[i]));
        }

        return result;

        void Add(TextSpan span, ExpandedWord expanded)
        {
            // An expansion error fails the build; a URL or Git source and a heredoc do not come from the context.
            if (expanded.Succeeded && !IsRemote(expanded.Value) && !expanded.Value.StartsWith("<<", StringComparison.Ordinal))
            {
                result.Add((span, expanded.Value));
            }
        }
    }

    private static bool IsRemote(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("git@", StringComparison.Ordinal)
        || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a source (normalised; empty for the whole context) names <paramref name="path"/> deliberately: it is the
    /// path itself, a hidden folder that holds it (<c>.ssh</c>, <c>.aws</c>), or a glob that matches it part for part
    /// with literal text in its last part (<c>*.pem</c>, <c>.env*</c>; not <c>config/*</c>).
    /// </summary>
    internal static bool Names(string source, string path)
    {
        if (source.Length == 0)
        {
            return false;
        }

        if (!GoPath.ContainsWildcards(source))
        {
            if (source == path)
            {
                return true;
            }

            int slash = source.LastIndexOf('/');
            return source[slash + 1] == '.' && path.StartsWith(source + "/", StringComparison.Ordinal);
        }

        string[] patterns = source.Split('/');
        string[] parts = path.Split('/');
        if (patterns.Length != parts.Length || !HasLiteralText(patterns[patterns.Length - 1]))
        {
            return false;
        }

        for (int i = 0; i < patterns.Length; i++)
        {
            if (!GoPath.Match(patterns[i], parts[i], out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a glob segment has a character that is not a wildcard (<c>*</c>, <c>?</c>, a <c>[...]</c> class).</summary>
    private static bool HasLiteralText(string segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            switch (segment[i])
            {
                case '*' or '?':
                    break;
                case '[':
                    int close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        return true;
                    }

                    i = close;
                    break;
                default:
                    return true;
            }
        }

        return false;
    }
}
