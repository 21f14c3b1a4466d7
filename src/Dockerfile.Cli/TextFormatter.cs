using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>
/// Compiler-style lines, file by file: <c>path(line,col): warning DF2001: message</c>, then one summary line such as
/// <c>3 warnings in 2 files, 4 fixable: run dfa fix (5 files checked in 120 milliseconds)</c>.
/// </summary>
internal static class TextFormatter
{
    public static void Write(IReadOnlyList<FileResult> results, TimeSpan elapsed, ConsoleStyle style, TextWriter output)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        foreach (var finding in findings)
        {
            output.WriteLine($"{style.Path(TerminalText.Escape(finding.Path))}({finding.Line},{finding.Column}): {style.Severity(finding.Diagnostic.Severity)} {style.RuleId(finding.Diagnostic.Id)}: {TerminalText.Escape(finding.Message)}");
        }

        int checkedFiles = results.Count(r => r.Document != null);
        string checkedPart = $"{MessageText.Count(checkedFiles, "file")} checked in {MessageText.Duration(elapsed, 2)}";

        // Files that could not be read (their error is on standard error) are not "no problems".
        int unreadable = results.Count(r => r.Error != null);
        string unreadablePart = unreadable == 0 ? string.Empty : $"{MessageText.Count(unreadable, "file")} could not be read";
        if (findings.Count == 0)
        {
            output.WriteLine(unreadable == 0
                ? $"No problems ({checkedPart})"
                : checkedFiles == 0 ? $"{Capitalize(unreadablePart)} ({checkedPart})" : $"No problems in the files checked, but {unreadablePart} ({checkedPart})");
            return;
        }

        int errors = findings.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Error);
        int warnings = findings.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Warning);
        int others = findings.Count - errors - warnings;
        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add(MessageText.Count(errors, "error"));
        }

        if (warnings > 0)
        {
            parts.Add(MessageText.Count(warnings, "warning"));
        }

        if (others > 0)
        {
            parts.Add(MessageText.Count(others, "message"));
        }

        int filesWithFindings = results.Count(r => r.Findings.Count > 0);
        string summary = $"{MessageText.List(parts)} in {MessageText.Count(filesWithFindings, "file")}";
        // The count is what `dfa fix` would fix. A finding's own fix can overlap another's or be made unnecessary by
        // it (joining RUNs also rewrites the second keyword), so fewer findings than flagged may need a fix of their own.
        int fixes = results.Sum(r => r.FixCount);
        int fixable = findings.Count(f => f.Fixable);
        if (fixes > 0)
        {
            summary += $", {fixes} fixable: run dfa fix";
            if (fixable != fixes)
            {
                summary += $"; {fixable} findings have a fix, but some fixes overlap or cover others";
            }
        }

        if (unreadable > 0)
        {
            summary += "; " + unreadablePart;
        }

        output.WriteLine($"{summary} ({checkedPart})");
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
