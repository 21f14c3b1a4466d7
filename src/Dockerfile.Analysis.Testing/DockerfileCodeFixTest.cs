using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Testing;

/// <summary>
/// A test of analyzers and code fixes, in the shape of Microsoft.CodeAnalysis.Testing's <c>CodeFixTest</c>: the
/// diagnostics of <see cref="DockerfileAnalyzerTest.TestCode"/> are checked first, then the fixes.
/// </summary>
/// <remarks>
/// <see cref="FixedCode"/> is the text after fixing one diagnostic at a time (the first fixable diagnostic, with the
/// fix chosen by <see cref="CodeActionEquivalenceKey"/> or the first offered), analysing again after each, until no
/// fix is offered; <see cref="FixAllFixedCode"/> the text after fix-all rounds (every fixable diagnostic's fix that
/// does not overlap another, then analysing again). Set either to the test code itself to check that no fix is
/// offered. Every fix's edits must not overlap, and the fixed text must not hold new parse errors.
/// </remarks>
public class DockerfileCodeFixTest : DockerfileAnalyzerTest
{
    /// <summary>Gets the code fix providers under test.</summary>
    public List<CodeFixProvider> CodeFixProviders { get; } = new();

    /// <summary>Gets or sets the expected text after fixing one diagnostic at a time; <see langword="null"/> skips the check.</summary>
    public string? FixedCode { get; set; }

    /// <summary>Gets or sets the expected text after fix-all; <see langword="null"/> skips the check.</summary>
    public string? FixAllFixedCode { get; set; }

    /// <summary>
    /// Gets the expected text of the build-context files the fixes create or change (by path relative to the context
    /// root, such as <c>.dockerignore</c>), checked with <see cref="FixedCode"/> and <see cref="FixAllFixedCode"/>: a
    /// file written that is not listed, or listed and not written, fails the test.
    /// </summary>
    public Dictionary<string, string> FixedContextFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the equivalence key of the fix to apply; <see langword="null"/> takes each diagnostic's first fix.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>Gets the diagnostics expected to remain in the fixed text (checked when <see cref="FixedCode"/> is set); empty means none.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>Gets or sets how many fixes are applied at most before the test fails (a fix that keeps offering itself).</summary>
    public int MaxIterations { get; set; } = 20;

    /// <inheritdoc />
    protected override void RunMore(DockerfileSyntaxTree tree, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (CodeFixProviders.Count == 0)
        {
            throw new InvalidOperationException("Add at least one provider to CodeFixProviders.");
        }

        if (FixedCode != null)
        {
            WrittenContextFiles.Clear();
            var fixedTree = FixOneAtATime(tree, cancellationToken);
            CompareText(FixedCode, fixedTree, "one fix at a time");
            CompareContextFiles("one fix at a time");
            var (_, expected) = Prepare(FixedCode);
            expected.AddRange(FixedExpectedDiagnostics);
            var remaining = Analyze(fixedTree, cancellationToken);
            Compare(fixedTree, expected.Distinct().ToList(), remaining, "diagnostics left in FixedCode");
        }

        if (FixAllFixedCode != null)
        {
            WrittenContextFiles.Clear();
            CompareText(FixAllFixedCode, FixAll(tree, cancellationToken), "fix-all");
            CompareContextFiles("fix-all");
        }

        WrittenContextFiles.Clear();
    }

    private void CompareContextFiles(string what)
    {
        foreach (var expected in FixedContextFiles)
        {
            if (!WrittenContextFiles.TryGetValue(expected.Key, out string? found))
            {
                throw new VerificationException($"After {what} {expected.Key} was expected to be written, but no fix wrote it.");
            }

            if (!string.Equals(expected.Value, found, StringComparison.Ordinal))
            {
                throw new VerificationException($"After {what} {expected.Key} differs from what was expected.\nExpected:\n{expected.Value}\nFound:\n{found}");
            }
        }

        foreach (string path in WrittenContextFiles.Keys.Where(k => !FixedContextFiles.ContainsKey(k)))
        {
            throw new VerificationException($"After {what} a fix wrote {path}, which FixedContextFiles does not list:\n{WrittenContextFiles[path]}");
        }
    }

    // Records a fix's changes to other files, checking that each was computed against the file as it is now.
    private void Write(ImmutableArray<DocumentChange> changes, string title)
    {
        foreach (var change in changes)
        {
            bool exists = WrittenContextFiles.TryGetValue(change.Path, out string? now) || ContextFiles.ContainsKey(change.Path) || (change.Path == ".dockerignore" && DockerIgnore != null);
            now ??= change.Path == ".dockerignore" && DockerIgnore != null ? DockerIgnore : ContextFiles.TryGetValue(change.Path, out string? given) ? given : null;
            if (change.IsNewDocument ? exists : now == null || !string.Equals(now, change.OriginalText!.ToString(), StringComparison.Ordinal))
            {
                throw new VerificationException($"`{title}` changes {change.Path} as it was not: the file {(change.IsNewDocument ? "exists" : "has other text")}.");
            }

            WrittenContextFiles[change.Path] = change.NewText.ToString();
        }
    }

    private DockerfileSyntaxTree FixOneAtATime(DockerfileSyntaxTree tree, CancellationToken cancellationToken)
    {
        for (int iteration = 0; ; iteration++)
        {
            var fix = Analyze(tree, cancellationToken).Select(d => FirstFix(tree, d)).FirstOrDefault(f => f != null);
            if (fix is null)
            {
                return tree;
            }

            if (iteration >= MaxIterations)
            {
                throw new VerificationException($"After {MaxIterations} fixes a fix is still offered (`{fix.Title}`): a fix that does not remove its diagnostic?");
            }

            tree = Apply(tree, fix.Changes, fix.Title);
            Write(fix.DocumentChanges, fix.Title);
        }
    }

    private DockerfileSyntaxTree FixAll(DockerfileSyntaxTree tree, CancellationToken cancellationToken)
    {
        for (int iteration = 0; ; iteration++)
        {
            var fixes = Analyze(tree, cancellationToken).Select(d => FirstFix(tree, d)).Where(f => f != null).Select(f => f!)
                .OrderBy(f => f.Changes.IsEmpty ? 0 : f.Changes.Min(c => c.Span.Start)).ToList();
            if (fixes.Count == 0)
            {
                return tree;
            }

            if (iteration >= MaxIterations)
            {
                throw new VerificationException($"After {MaxIterations} fix-all rounds fixes are still offered (`{fixes[0].Title}`).");
            }

            var taken = new List<TextChange>();
            var documents = new List<DocumentChange>();
            foreach (var fix in fixes)
            {
                if (fix.Changes.All(c => taken.All(t => !Overlaps(t.Span, c.Span))) && fix.DocumentChanges.All(d => documents.All(t => t.Path != d.Path)))
                {
                    taken.AddRange(fix.Changes);
                    documents.AddRange(fix.DocumentChanges);
                }
            }

            tree = Apply(tree, taken.ToImmutableArray(), "fix-all round " + (iteration + 1));
            Write(documents.ToImmutableArray(), "fix-all round " + (iteration + 1));
        }
    }

    private CodeFix? FirstFix(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        foreach (var provider in CodeFixProviders)
        {
            if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            foreach (var fix in provider.GetFixes(tree, diagnostic, CreateOptions()))
            {
                if (CodeActionEquivalenceKey is null || string.Equals(fix.EquivalenceKey, CodeActionEquivalenceKey, StringComparison.Ordinal))
                {
                    return fix;
                }
            }
        }

        return null;
    }

    // Two edits conflict when they overlap, or one inserts where the other starts or inside it.
    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b)
        || ((a.IsEmpty || b.IsEmpty) && a.Start == b.Start)
        || (a.IsEmpty && a.Start > b.Start && a.Start < b.End)
        || (b.IsEmpty && b.Start > a.Start && b.Start < a.End);

    private DockerfileSyntaxTree Apply(DockerfileSyntaxTree tree, ImmutableArray<TextChange> changes, string title)
    {
        var ordered = changes.OrderBy(c => c.Span.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Span.Start < ordered[i - 1].Span.End)
            {
                throw new VerificationException($"The edits of `{title}` overlap: {ordered[i - 1].Span} and {ordered[i].Span}.");
            }
        }

        var text = tree.GetText().WithChanges(ordered);
        var next = DockerfileSyntaxTree.ParseText(text.ToString(), FilePath);
        int before = tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        int after = next.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (after > before)
        {
            throw new VerificationException($"`{title}` made the Dockerfile unparseable:\n{next.GetText()}\n" + string.Join("\n", next.GetDiagnostics().Select(d => d.ToString())));
        }

        return next;
    }

    private void CompareText(string expectedMarkup, DockerfileSyntaxTree actual, string what)
    {
        TestMarkup.Parse(expectedMarkup, out string expected);
        string found = actual.GetText().ToString();
        if (string.Equals(expected, found, StringComparison.Ordinal))
        {
            return;
        }

        var message = new StringBuilder($"The text after {what} differs from what was expected.\n");
        var x = expected.Split('\n');
        var y = found.Split('\n');
        for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            string left = i < x.Length ? x[i] : "(end)";
            string right = i < y.Length ? y[i] : "(end)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                message.Append($"  first difference at line {i + 1}:\n    expected: {Visible(left)}\n    found:    {Visible(right)}\n");
                break;
            }
        }

        message.Append("Found:\n").Append(found);
        throw new VerificationException(message.ToString());
    }

    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");
}
