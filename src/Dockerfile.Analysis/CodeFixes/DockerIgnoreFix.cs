using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Builds the fix that creates or extends the build context's <c>.dockerignore</c> so that a copy of the whole context
/// leaves out what is generated or secret. The lines come from <see cref="BuildContextUsage.SuggestedIgnoreLines"/>,
/// kept to generated folders, logs, Finder files and secret-looking files, and each must pass these checks:
/// it is not in the file already; the Dockerfile does not mention what it removes (a <c>RUN git describe</c> needs
/// <c>.git</c>, a <c>CMD ["node", "dist/server.js"]</c> needs <c>dist</c>); it removes no file that a dependency install
/// in the Dockerfile reads (an <c>.npmrc</c> that <c>npm ci</c> needs). Then the whole new file is proved: with it, every
/// COPY, ADD and RUN bind mount takes the same files as before except the ones meant to go, and none of those is
/// named by an instruction. When any of this cannot be shown, no fix is offered.
/// </summary>
internal static class DockerIgnoreFix
{
    /// <summary>The comment above the lines the fix adds.</summary>
    internal const string Comment = "# Generated and secret files, kept out of the build context (added by dfa fix)";

    private static readonly Regex GitCommand = new(@"(^|[^A-Za-z0-9_.-])git([^A-Za-z0-9_-]|$)", RegexOptions.CultureInvariant);

    /// <summary>The fix, or null when none is safe.</summary>
    /// <param name="tree">The Dockerfile.</param>
    /// <param name="options">The analysis options; the build context is required.</param>
    /// <param name="ruleId">The rule the fix is offered for (its equivalence key).</param>
    /// <param name="only">When set, the fix adds only lines that name these files (the secret rule's findings).</param>
    public static CodeFix? Create(DockerfileSyntaxTree tree, AnalysisOptions options, string ruleId, IReadOnlyCollection<string>? only = null)
    {
        if (options.BuildContext is not { } context || context.IgnoreFileContextPath is not { } path)
        {
            return null;
        }

        // The fix reads the whole context (a walk of every file, twice over for the proof), and lint's fix summary and
        // fix-all's first round both ask for it: computed once per tree, context and question.
        string key = ruleId + "\n" + options.Target + "\n" + string.Join("\n", options.BuildArguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))
            + "\n" + (only == null ? "*" : string.Join("\n", only.OrderBy(o => o, StringComparer.Ordinal)));
        var memo = s_memo.GetValue(tree, _ => new ConditionalWeakTable<BuildContext, Dictionary<string, CodeFix?>>()).GetValue(context, _ => new Dictionary<string, CodeFix?>(StringComparer.Ordinal));
        lock (memo)
        {
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var fix = Compute(tree, options, context, path, ruleId, only);
        lock (memo)
        {
            memo[key] = fix;
        }

        return fix;
    }

    private static readonly ConditionalWeakTable<DockerfileSyntaxTree, ConditionalWeakTable<BuildContext, Dictionary<string, CodeFix?>>> s_memo = new();

    private static CodeFix? Compute(DockerfileSyntaxTree tree, AnalysisOptions options, BuildContext context, string path, string ruleId, IReadOnlyCollection<string>? only)
    {

        string? existing = context.IgnoreFile == null ? null : context.IgnoreFile.Text;
        if (context.IgnoreFile != null && existing == null)
        {
            return null;
        }

        var model = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = context, Target = options.Target, BuildArguments = options.BuildArguments });
        var usage = BuildContextUsage.Analyze(model);
        var readers = ContextReader.Of(model);
        string mentions = Mentions(tree);
        var protectedNames = DependencyInstallReads.Of(model, model.Stages.SelectMany(st => st.Instructions).OfType<RunInstructionSyntax>()).SelectMany(i => i.Manifests).ToList();
        var present = new HashSet<string>(
            (existing ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0),
            StringComparer.Ordinal);
        var secrets = new HashSet<string>(usage.Secrets.Select(s => s.Path), StringComparer.Ordinal);
        var sent = context.Files.Where(f => !context.IsIgnored(f)).ToList();

        var lines = new List<string>();
        foreach (string line in usage.SuggestedIgnoreLines)
        {
            if (present.Contains(line) || !IsGeneratedOrSecret(line, secrets))
            {
                continue;
            }

            var pattern = DockerIgnoreFile.FromPatterns(new[] { line });
            var removed = sent.Where(f => pattern.IsIgnored(f)).ToList();
            if (removed.Count == 0 ||
                (only != null && !only.Contains(line)) ||
                IsMentioned(line, mentions) ||
                readers.Any(r => r.NamedSources.Any(source => pattern.IsIgnored(source))) ||
                removed.Any(f => DependencyInstallReads.Reads(protectedNames, f) || readers.Any(r => r.Names(f))))
            {
                continue;
            }

            lines.Add(line);
        }

        if (lines.Count == 0)
        {
            return null;
        }

        string newline = existing != null && existing.Contains("\r\n") ? "\r\n" : existing != null && existing.Contains('\n') ? "\n" : FixEdits.LineEnding(tree);
        var added = new StringBuilder();
        if (!string.IsNullOrEmpty(existing) && !existing!.EndsWith("\n", StringComparison.Ordinal))
        {
            added.Append(newline);
        }

        if (!string.IsNullOrEmpty(existing) && existing!.Trim().Length > 0)
        {
            added.Append(newline);
        }

        added.Append(Comment).Append(newline);
        foreach (string line in lines)
        {
            added.Append(line).Append(newline);
        }

        string newText = (existing ?? string.Empty) + added;
        if (!Proves(model, context, context.WithFileText(path, newText), readers, path))
        {
            return null;
        }

        var change = existing == null
            ? DocumentChange.CreateDocument(path, SourceText.From(newText))
            : DocumentChange.EditDocument(path, SourceText.From(existing), ImmutableArray.Create(new TextChange(new TextSpan(existing.Length, 0), added.ToString())));
        var shown = lines.Take(3).Select(l => "`" + l + "`").ToList();
        if (lines.Count > 3)
        {
            shown.Add(MessageText.Count(lines.Count - 3, "more"));
        }

        string title = (existing == null ? "Create " + path + " leaving out " : "Add ") + MessageText.List(shown) + (existing == null ? string.Empty : " to " + path);
        return new CodeFix(title, ruleId, ImmutableArray<TextChange>.Empty, ImmutableArray.Create(change));
    }

    // Generated folders (bare or **/), logs, Finder files and secret files: what DF2004 and the secret rule are about.
    // Lines for entries nothing uses are dfa context's advice, not this fix's: their use may lie outside the Dockerfile.
    private static bool IsGeneratedOrSecret(string line, HashSet<string> secrets)
    {
        if (secrets.Contains(line) || line is "**/*.log" or "**/.DS_Store")
        {
            return true;
        }

        string folder = line.StartsWith("**/", StringComparison.Ordinal) ? line.Substring(3) : line;
        return Array.IndexOf(BuildContextUsage.GeneratedFolders, folder) >= 0;
    }

    // The Dockerfile's text outside comments: what its instructions could refer to.
    private static string Mentions(DockerfileSyntaxTree tree)
    {
        var text = new StringBuilder();
        foreach (var instruction in tree.GetRoot().DescendantNodes().OfType<InstructionSyntax>())
        {
            if (instruction.Parent is not InstructionSyntax)
            {
                text.Append(tree.GetText().ToString(instruction.Span)).Append('\n');
            }
        }

        return text.ToString();
    }

    // Whether the Dockerfile names what the line removes, as a path segment (or, for .git, runs git at all).
    private static bool IsMentioned(string line, string mentions)
    {
        string name = line.StartsWith("**/", StringComparison.Ordinal) ? line.Substring(3) : line;
        if (name == ".git" && GitCommand.IsMatch(mentions))
        {
            return true;
        }

        if (name.StartsWith("*", StringComparison.Ordinal))
        {
            // **/*.log: a log named in the Dockerfile stays.
            return mentions.IndexOf(name.Substring(1), StringComparison.Ordinal) >= 0;
        }

        string last = name.Substring(name.LastIndexOf('/') + 1);
        var segment = new Regex("(^|[^A-Za-z0-9_.-])" + Regex.Escape(last) + "([^A-Za-z0-9_-]|$)", RegexOptions.CultureInvariant);
        return segment.IsMatch(mentions);
    }

    // With the new ignore file, each reader takes what it took before (and the ignore file, when it is new) less only
    // files that no instruction names.
    private static bool Proves(DockerfileSemanticModel model, BuildContext before, BuildContext after, List<ContextReader> readers, string ignorePath)
    {
        var afterModel = new DockerfileSemanticModel(model.Tree, new SemanticModelOptions { BuildContext = after, Target = model.Options.Target, BuildArguments = model.Options.BuildArguments });
        foreach (var reader in readers)
        {
            IReadOnlyList<string>? was;
            IReadOnlyList<string>? now;
            if (reader.MountSource is { } source)
            {
                was = before.MatchSource(source);
                now = after.MatchSource(source);
            }
            else
            {
                was = model.GetCacheDependencies(reader.Instruction, withEarlierInstructions: false).ContextFiles;
                now = afterModel.GetCacheDependencies(reader.Instruction, withEarlierInstructions: false).ContextFiles;
            }

            if (was == null || now == null)
            {
                return false;
            }

            // A source named in the instruction that would match nothing fails the build (or copies nothing).
            if (reader.NamedSources.Any(s => before.MatchSource(s).Count > 0 && after.MatchSource(s).Count == 0))
            {
                return false;
            }

            // The ignore file itself is new to the context when the fix creates it.
            var kept = new HashSet<string>(now, StringComparer.Ordinal);
            kept.Remove(ignorePath);
            if (!kept.IsSubsetOf(was) || was.Any(f => !kept.Contains(f) && readers.Any(r => r.Names(f))))
            {
                return false;
            }
        }

        return true;
    }
}
