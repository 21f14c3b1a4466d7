using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa fix [paths...] [--rule ID]... [--dry-run | --diff] [--context DIR] [--config FILE]</c>. Fixes only what
/// <c>dfa lint</c> reports with the same configuration: rules the configuration disables and findings hidden by
/// suppression comments are left alone.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, or folders searched recursively (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<string[]>("--rule")
        {
            Description = "Only fix this rule's findings (repeat for several rules)",
            Arity = ArgumentArity.OneOrMore,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Report what would be fixed without writing the files",
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Print a unified diff of the fixes instead of writing the files",
        };
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder (default: each Dockerfile's folder)",
        };

        var config = new Option<string?>("--config")
        {
            Description = "A configuration file used instead of the .editorconfig and .hadolint.yaml files found from each Dockerfile's folder",
        };

        var command = new Command("fix", "Apply the safe fixes to Dockerfiles") { paths, rules, dryRun, diff, context, config };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? Array.Empty<string>(),
            result.GetValue(rules) ?? Array.Empty<string>(),
            result.GetValue(dryRun),
            result.GetValue(diff),
            result.GetValue(context),
            result.GetValue(config),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, IReadOnlyList<string> rules, bool dryRun, bool diffOnly, string? contextDirectory, string? configurationPath, TextWriter output, TextWriter error)
    {
        if (dryRun && diffOnly)
        {
            error.WriteLine("dfa: --dry-run and --diff cannot be used together");
            return ExitCodes.BadInput;
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string rule in rules)
        {
            // Our ids, hadolint ids and BuildKit check names, as in the configuration.
            var infos = DfaCommandLine.Rules.Resolve(rule);
            if (infos.IsEmpty)
            {
                error.WriteLine(new InputError(rule, "unknown rule id; dfa rules lists them"));
                return ExitCodes.BadInput;
            }

            var fixable = infos.Where(info => RuleFacts.IsFixable(info.Id)).ToList();
            if (fixable.Count == 0)
            {
                string named = string.Equals(infos[0].Id, rule, StringComparison.OrdinalIgnoreCase) ? infos[0].Id : $"{rule} ({string.Join(", ", infos.Select(i => i.Id))})";
                error.WriteLine(new InputError(named, infos.Length == 1 ? "this rule has no automatic fix" : "these rules have no automatic fix"));
                return ExitCodes.BadInput;
            }

            ruleIds.UnionWith(fixable.Select(info => info.Id));
        }

        if (contextDirectory != null && !Directory.Exists(contextDirectory))
        {
            error.WriteLine(new InputError(contextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = configurationPath, ContextDirectory = contextDirectory, Analyzers = DfaCommandLine.Rules.Analyzers });
        if (workspace.CheckConfigurationPath() is { } configError)
        {
            error.WriteLine(InputError.From(configError));
            return ExitCodes.BadInput;
        }

        if (paths.Contains("-"))
        {
            error.WriteLine(new InputError("-", "fix works on files; use dfa lint - for standard input"));
            return ExitCodes.BadInput;
        }

        var files = DockerfileFinder.Find(paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        // Read everything before writing anything: a file that cannot be read stops the run with nothing changed.
        var documents = InputDocument.LoadAll(workspace, files, forWriting: !dryRun && !diffOnly, error);
        if (documents == null)
        {
            return ExitCodes.BadInput;
        }

        var changes = new List<(InputDocument Document, string OriginalText, string FixedText, int Fixes, List<OtherFile> Others)>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var deferred = new List<string>();
        foreach (var document in documents)
        {
            var result = document.Document.FixAll(ruleIds);
            if (result.FixCount == 0)
            {
                continue;
            }

            // Other files the fixes change (the .dockerignore), in the build context on disk. Two Dockerfiles of one
            // context may both want to change it: the first one's change is written, the other waits for the next run.
            var others = new List<OtherFile>();
            foreach (var change in result.DocumentChanges)
            {
                if (document.Document.BuildContext?.RootPath is not { } root)
                {
                    continue;
                }

                string full = Path.GetFullPath(Path.Combine(root, change.Path.Replace('/', Path.DirectorySeparatorChar)));
                string shown = DisplayPath(full);
                if (claimed.TryGetValue(full, out string? owner))
                {
                    deferred.Add($"{TerminalText.Escape(shown)} is also changed by the fixes of {TerminalText.Escape(owner)}; run dfa fix again for {TerminalText.Escape(document.Path)}");
                    continue;
                }

                claimed[full] = document.Path;
                others.Add(new OtherFile(full, shown, change));
            }

            string originalText = document.Document.Text.ToString();
            string fixedText = result.Text.ToString();
            if (fixedText != originalText || others.Count > 0)
            {
                changes.Add((document, originalText, fixedText, result.FixCount, others));
            }
        }

        // A read-only file stops the run before anything is written, as a file that cannot be read does; so does an
        // other file that is no longer what the fix read.
        if (!dryRun && !diffOnly)
        {
            var refused = changes
                .Where(c => c.FixedText != c.OriginalText)
                .Select(c => AtomicFileWriter.CheckWritable(c.Document.Path))
                .Concat(changes.SelectMany(c => c.Others).Select(o => o.Prepare()))
                .Where(e => e != null)
                .ToList();
            if (refused.Count > 0)
            {
                foreach (var refusal in refused)
                {
                    error.WriteLine(refusal);
                }

                return ExitCodes.BadInput;
            }
        }

        int totalFixes = 0;
        int changedFiles = 0;
        int otherFiles = 0;
        int leftAlone = 0;
        foreach (var (document, originalText, fixedText, fixes, others) in changes)
        {
            if (diffOnly)
            {
                totalFixes += fixes;
                changedFiles++;
                if (fixedText != originalText)
                {
                    output.Write(UnifiedDiff.Create(originalText, fixedText, "a/" + TerminalText.Escape(ToDiffPath(document.Path)), "b/" + TerminalText.Escape(ToDiffPath(document.Path))));
                }

                foreach (var other in others)
                {
                    string before = other.Change.OriginalText?.ToString() ?? string.Empty;
                    string name = TerminalText.Escape(ToDiffPath(other.Shown));
                    output.Write(UnifiedDiff.Create(before, other.Change.NewText.ToString(), other.Change.IsNewDocument ? "/dev/null" : "a/" + name, "b/" + name));
                }

                continue;
            }

            if (dryRun)
            {
                totalFixes += fixes;
                changedFiles++;
                output.WriteLine($"would fix {MessageText.Count(fixes, "issue")} in {TerminalText.Escape(document.Path)}");
                foreach (var other in others)
                {
                    output.WriteLine($"would {(other.Change.IsNewDocument ? "create" : "change")} {TerminalText.Escape(other.Shown)}");
                }

                continue;
            }

            if (fixedText != originalText)
            {
                var outcome = AtomicFileWriter.Write(document.Path, DockerfileText.Encode(fixedText), document.Snapshot, out var writeError);
                if (outcome == WriteOutcome.Failed)
                {
                    error.WriteLine(writeError);
                    return ExitCodes.BadInput;
                }

                if (outcome == WriteOutcome.ChangedOnDisk)
                {
                    error.WriteLine(writeError);
                    leftAlone++;
                    continue;
                }
            }

            foreach (var other in others)
            {
                var outcome = other.Write(out var writeError);
                if (outcome == WriteOutcome.Failed)
                {
                    error.WriteLine(writeError);
                    return ExitCodes.BadInput;
                }

                if (outcome == WriteOutcome.ChangedOnDisk)
                {
                    error.WriteLine(writeError);
                    leftAlone++;
                    continue;
                }

                otherFiles++;
                output.WriteLine($"{(other.Change.IsNewDocument ? "created" : "changed")} {TerminalText.Escape(other.Shown)}");
            }

            totalFixes += fixes;
            changedFiles++;
            output.WriteLine($"fixed {MessageText.Count(fixes, "issue")} in {TerminalText.Escape(document.Path)}");
        }

        foreach (string note in deferred)
        {
            output.WriteLine(note);
        }

        if (!diffOnly)
        {
            string verb = dryRun ? "Would fix" : "Fixed";
            string summary = totalFixes == 0 && leftAlone == 0
                ? $"Nothing to fix in {MessageText.Count(documents.Count, "file")}"
                : $"{verb} {MessageText.Count(totalFixes, "issue")} in {MessageText.Count(changedFiles, "file")}";
            if (otherFiles > 0)
            {
                summary += $" (and wrote {MessageText.Count(otherFiles, "other file")})";
            }

            if (leftAlone > 0)
            {
                summary += $"; {MessageText.Count(leftAlone, "file")} changed on disk and left alone";
            }

            output.WriteLine(summary);
        }

        return leftAlone > 0 ? ExitCodes.BadInput : ExitCodes.Clean;
    }

    // A path as the user sees it: relative to the current folder when it is inside it.
    private static string DisplayPath(string full)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static string ToDiffPath(string path)
    {
        string normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized;
    }

    /// <summary>
    /// A file of the build context that a fix changes or creates: checked before anything is written (it must still be
    /// what the fix read, or still be absent), then written atomically, keeping a UTF-8 byte order mark it had.
    /// </summary>
    private sealed class OtherFile
    {
        private FileSnapshot? _snapshot;
        private bool _bom;

        public OtherFile(string full, string shown, Dockerfile.Analysis.CodeFixes.DocumentChange change)
        {
            Full = full;
            Shown = shown;
            Change = change;
        }

        public string Full { get; }

        public string Shown { get; }

        public Dockerfile.Analysis.CodeFixes.DocumentChange Change { get; }

        /// <summary>Why the change must not be written, or null.</summary>
        public InputError? Prepare()
        {
            if (Change.IsNewDocument)
            {
                return File.Exists(Full) || Directory.Exists(Full)
                    ? new InputError(Shown, "the file appeared after the context was read; nothing was written (run dfa fix again)")
                    : null;
            }

            if (AtomicFileWriter.CheckWritable(Full) is { } refusal)
            {
                return new InputError(Shown, refusal.Message);
            }

            try
            {
                _snapshot = FileSnapshot.Read(Full, out byte[] bytes);
                _bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                string text = DockerfileText.Encoding.GetString(bytes, _bom ? 3 : 0, bytes.Length - (_bom ? 3 : 0));
                return text == Change.OriginalText!.ToString()
                    ? null
                    : new InputError(Shown, "the file changed after it was read; nothing was written (run dfa fix again)");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new InputError(Shown, "cannot be read: " + ex.Message.TrimEnd('.') + "; nothing was written");
            }
        }

        public WriteOutcome Write(out InputError? error)
        {
            byte[] text = DockerfileText.Encode(Change.NewText.ToString());
            if (Change.IsNewDocument)
            {
                return AtomicFileWriter.Create(Full, text, out error);
            }

            byte[] bytes = _bom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(text).ToArray() : text;
            var outcome = AtomicFileWriter.Write(Full, bytes, _snapshot, out error);
            if (error != null)
            {
                error = new InputError(Shown, error.Message);
            }

            return outcome;
        }
    }
}
