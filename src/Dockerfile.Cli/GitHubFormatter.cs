using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>GitHub Actions workflow commands: <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=DF2001::message</c>.</summary>
internal static class GitHubFormatter
{
    public static void Write(IReadOnlyList<FileResult> results, TextWriter output)
    {
        foreach (var finding in results.SelectMany(r => r.Findings))
        {
            string command = finding.Diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            output.Write(
                $"::{command} file={Property(finding.Path.Replace('\\', '/'))},line={finding.Line},col={finding.Column}," +
                $"endLine={finding.EndLine},endColumn={finding.EndColumn},title={Property(finding.Diagnostic.Id)}::{Data(finding.Message)}\n");
        }
    }

    /// <summary>Escapes a message as GitHub's runner expects (<c>%</c>, CR and LF), after <see cref="TerminalText.Escape"/>, as the log is shown on a terminal-like page.</summary>
    public static string Data(string text) => TerminalText.Escape(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a property value: as a message, plus <c>:</c> and <c>,</c>.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
