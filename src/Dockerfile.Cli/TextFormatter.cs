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
            output.WriteLine($"{style.Path(finding.Path)}({finding.Line},{finding.Column}): {style.Severity(finding.Diagnostic.Severity)} {style.RuleId(finding.Diagnostic.Id)}: {finding.Message}");
        }

        int checkedFiles = results.Count(r => r.Document != null);
        string checkedPart = $"{MessageText.Count(checkedFiles, "file")} checked in {MessageText.Duration(elapsed, 2)}";
        if (findings.Count == 0)
        {
            output.WriteLine($"No problems ({checkedPart})");
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
        int fixable = findings.Count(f => f.Fixable);
        if (fixable > 0)
        {
            summary += $", {fixable} fixable: run dfa fix";
        }

        output.WriteLine($"{summary} ({checkedPart})");
    }
}
