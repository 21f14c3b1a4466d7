using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Analysis.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// Runs ShellCheck on the scripts of a Dockerfile's RUN instructions: one shellcheck process per Dockerfile, each script
/// a file of its own in a temporary folder (deleted afterwards), <c>--format=json1</c>; every finding is mapped back to
/// the Dockerfile text and reported as <c>SC####</c>. The driver runs it when <see cref="AnalysisOptions.ShellCheck"/> is set.
/// </summary>
internal static class ShellCheckAnalysis
{
    /// <summary>
    /// ShellCheck codes left out, as hadolint leaves them out: SC1090 and SC1091 (a <c>source</c>d file cannot be
    /// followed from a RUN) and SC2187 (ash checked as dash: we pass dash for ash ourselves).
    /// </summary>
    private const string Excluded = "SC1090,SC1091,SC2187";

    /// <summary>The findings; a <c>DF0003</c> when shellcheck fails; nothing when there is no script or no shellcheck.</summary>
    public static List<Diagnostic> Run(DockerfileSemanticModel model, ShellCheckOptions options, CancellationToken cancellationToken)
    {
        var result = new List<Diagnostic>();
        var scripts = ShellCheckScript.Collect(model);
        if (scripts.Count == 0)
        {
            return result;
        }

        string? executable = options.FindExecutable();
        if (executable is null)
        {
            return result;
        }

        var tree = model.Tree;
        string? folder = null;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            folder = Path.Combine(Path.GetTempPath(), "dfa-shellcheck-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var names = new Dictionary<string, ShellCheckScript>(StringComparer.Ordinal);
            var arguments = new List<string> { "--format=json1", "--norc", "--exclude=" + Excluded };
            var dialects = scripts.Select(s => s.Dialect).Distinct().ToList();
            if (dialects.Count == 1)
            {
                arguments.Add("--shell=" + dialects[0]);
            }

            var encoding = new UTF8Encoding(false);
            for (int i = 0; i < scripts.Count; i++)
            {
                string name = "run" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".sh";
                File.WriteAllText(Path.Combine(folder, name), scripts[i].FileText(), encoding);
                names[name] = scripts[i];
                arguments.Add(name);
            }

            var run = ShellCheckProcess.Run(executable, arguments, folder, options.Timeout, cancellationToken);
            if (run.FailureMessage is { } failure)
            {
                result.Add(Failed(tree, failure));
                return result;
            }

            // 0: nothing found, 1: findings; anything else is an error of shellcheck's (bad option, unreadable file).
            if (run.ExitCode != 0 && run.ExitCode != 1)
            {
                result.Add(Failed(tree, "shellcheck exited with code " + run.ExitCode.ToString(CultureInfo.InvariantCulture) + ": " + ShellCheckProcess.OneLine(run.Error.Length > 0 ? run.Error : run.Output)));
                return result;
            }

            var comments = ShellCheckJsonReader.Read(run.Output, out string? error);
            if (comments is null)
            {
                result.Add(Failed(tree, "shellcheck ran, but " + error));
                return result;
            }

            foreach (var comment in comments)
            {
                string file = comment.File.StartsWith("./", StringComparison.Ordinal) ? comment.File.Substring(2) : Path.GetFileName(comment.File);
                if (!names.TryGetValue(file, out var script) || script.Map(comment.Line, comment.Column, comment.EndLine, comment.EndColumn) is not { } span)
                {
                    continue;
                }

                var descriptor = ShellCheckDiagnostics.GetDescriptor(comment.Code, ShellCheckDiagnostics.MapLevel(comment.Level));
                result.Add(Diagnostic.Create(descriptor, tree.GetLocation(span), comment.Message));
            }

            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            result.Clear();
            result.Add(Failed(tree, "could not write the scripts to a temporary folder: " + ShellCheckProcess.OneLine(ex.Message)));
            return result;
        }
        finally
        {
            if (folder != null)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left behind in the temporary folder; nothing else to do.
                }
            }
        }
    }

    private static Diagnostic Failed(Dockerfile.Syntax.DockerfileSyntaxTree tree, string message) =>
        Diagnostic.Create(ShellCheckDiagnostics.Failed, tree.GetLocation(new TextSpan(0, 0)), message);
}
