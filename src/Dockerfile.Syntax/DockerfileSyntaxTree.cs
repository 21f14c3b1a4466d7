using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dockerfile.Syntax.InternalSyntax;
using Dockerfile.Syntax.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax;

/// <summary>
/// An immutable, lossless syntax tree of one Dockerfile. Parsing never throws: every input gives a
/// tree whose <see cref="SyntaxNode.ToFullString"/> is the input, and problems are diagnostics.
/// </summary>
public sealed class DockerfileSyntaxTree
{
    private readonly DockerfileSyntax _root;
    private SourceText? _text;
    private string? _fullString;

    private DockerfileSyntaxTree(DockerfileSyntax root, SourceText? text, string path, char escapeCharacter)
    {
        _root = root;
        _text = text;
        FilePath = path;
        EscapeCharacter = escapeCharacter;
        root.AttachTree(this);
    }

    /// <summary>The path the tree was parsed from (empty when none was given).</summary>
    public string FilePath { get; }

    /// <summary>The escape character in force after the parser directives: <c>\</c> or <c>`</c>.</summary>
    public char EscapeCharacter { get; }

    /// <summary>Parses a Dockerfile. Never throws.</summary>
    public static DockerfileSyntaxTree ParseText(string text, string? path = null) =>
        ParseText(SourceText.From(text ?? string.Empty), path);

    /// <summary>Parses a Dockerfile. Never throws.</summary>
    public static DockerfileSyntaxTree ParseText(SourceText text, string? path = null)
    {
        if (text == null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var green = DockerfileParser.Parse(text.ToString(), out char escape);
        var root = (DockerfileSyntax)SyntaxNodeFactory.CreateRed(green, null, 0);
        return new DockerfileSyntaxTree(root, text, path ?? string.Empty, escape);
    }

    /// <summary>Creates a tree around a root built by editing or by <see cref="SyntaxFactory"/>.</summary>
    public static DockerfileSyntaxTree Create(DockerfileSyntax root, string? path = null)
    {
        if (root == null)
        {
            throw new ArgumentNullException(nameof(root));
        }

        if (root.Parent == null && root.SyntaxTreeIfAttached is { } existing && (path == null || path == existing.FilePath))
        {
            return existing;
        }

        var fresh = (DockerfileSyntax)SyntaxNodeFactory.CreateRed(root.Green, null, 0);
        return new DockerfileSyntaxTree(fresh, null, path ?? string.Empty, EscapeOf(fresh));
    }

    internal static DockerfileSyntaxTree CreateForRoot(SyntaxNode root)
    {
        if (root is DockerfileSyntax dockerfile)
        {
            return new DockerfileSyntaxTree(dockerfile, null, string.Empty, EscapeOf(dockerfile));
        }

        // A detached fragment (for example a node built by the factory): wrap it in a tree of its own text.
        return ParseText(root.ToFullString());
    }

    private static char EscapeOf(DockerfileSyntax root)
    {
        char escape = '\\';
        foreach (var directive in root.Directives)
        {
            if (directive.Name == "escape" && !directive.ContainsDiagnostics && directive.Value.Length == 1)
            {
                escape = directive.Value[0];
            }
        }

        return escape;
    }

    /// <summary>The root node.</summary>
    public DockerfileSyntax GetRoot(CancellationToken cancellationToken = default) => _root;

    /// <summary>The text of the tree.</summary>
    public SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (_text == null)
        {
            Interlocked.CompareExchange(ref _text, SourceText.From(_root.ToFullString()), null);
        }

        return _text!;
    }

    /// <summary>The length of the text.</summary>
    public int Length => _root.FullSpan.Length;

    /// <summary>All parse diagnostics, in source order.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default) => GetDiagnostics(_root);

    /// <summary>The parse diagnostics of a node and its descendants.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics(SyntaxNode node)
    {
        var list = new List<Diagnostic>();
        Collect(node.Green, node.Position, list);
        return list.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    private void Collect(GreenNode green, int position, List<Diagnostic> list)
    {
        if (!green.ContainsDiagnostics || green is not GreenInner inner)
        {
            return;
        }

        if (inner.Diagnostics != null)
        {
            foreach (var info in inner.Diagnostics)
            {
                var span = new TextSpan(position + info.Offset, info.Length);
                list.Add(Diagnostic.Create(info.Descriptor, GetLocation(span), info.Arguments));
            }
        }

        int p = position;
        for (int i = 0; i < inner.SlotCount; i++)
        {
            var child = inner.GetSlot(i);
            Collect(child, p, list);
            p += child.FullWidth;
        }
    }

    /// <summary>A location in this tree's file for a span.</summary>
    public Location GetLocation(TextSpan span)
    {
        var text = GetText();
        var clamped = TextSpan.FromBounds(Math.Min(span.Start, text.Length), Math.Min(span.End, text.Length));
        return Location.Create(FilePath, clamped, text.Lines.GetLinePositionSpan(clamped));
    }

    /// <summary>The 0-based line and character span of a span.</summary>
    public FileLinePositionSpan GetLineSpan(TextSpan span) => new(FilePath, GetText().Lines.GetLinePositionSpan(span));

    /// <summary>
    /// A tree for the new text. Instructions outside the changed region are reused by reference
    /// where possible; the result always equals a fresh parse of <paramref name="newText"/>.
    /// </summary>
    public DockerfileSyntaxTree WithChangedText(SourceText newText)
    {
        if (newText == null)
        {
            throw new ArgumentNullException(nameof(newText));
        }

        var green = IncrementalParser.Reparse(this, newText, out char escape);
        var root = (DockerfileSyntax)SyntaxNodeFactory.CreateRed(green, null, 0);
        return new DockerfileSyntaxTree(root, newText, FilePath, escape);
    }

    /// <summary>
    /// The same tree over another <see cref="SourceText"/> object holding exactly the same characters (for example the
    /// edited text copied into one piece). The caller guarantees the content is identical.
    /// </summary>
    internal DockerfileSyntaxTree WithSameText(SourceText sameText)
    {
        var root = (DockerfileSyntax)SyntaxNodeFactory.CreateRed(_root.Green, null, 0);
        return new DockerfileSyntaxTree(root, sameText, FilePath, EscapeCharacter);
    }

    /// <summary>A tree with a different path and the same root.</summary>
    public DockerfileSyntaxTree WithFilePath(string path)
    {
        var root = (DockerfileSyntax)SyntaxNodeFactory.CreateRed(_root.Green, null, 0);
        return new DockerfileSyntaxTree(root, _text, path, EscapeCharacter);
    }

    /// <summary>The full text.</summary>
    public override string ToString() => GetFullString();

    /// <summary>
    /// The full text as one string, made once per tree. A text built by <see cref="SourceText.WithChanges(TextChange[])"/>
    /// makes a new string on every <see cref="SourceText.ToString()"/>; code that searches the whole text asks here.
    /// </summary>
    internal string GetFullString() => _fullString ??= GetText().ToString();
}
