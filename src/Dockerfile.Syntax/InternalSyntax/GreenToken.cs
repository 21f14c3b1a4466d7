using System;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>
/// A token: its text as written, its value (the text without line continuations; for JSON
/// strings the unescaped string) and its leading and trailing trivia.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    internal static readonly GreenTrivia[] NoTrivia = Array.Empty<GreenTrivia>();

    private readonly string? _value;

    public GreenToken(SyntaxKind kind, string text, string? value, GreenTrivia[]? leading, GreenTrivia[]? trailing, NodeFlags extraFlags = NodeFlags.None)
        : base(kind, Width(text, leading, trailing), ComputeFlags(leading, trailing, extraFlags))
    {
        Text = text;
        _value = value == null || value == text ? null : value;
        Leading = leading ?? NoTrivia;
        Trailing = trailing ?? NoTrivia;
    }

    public string Text { get; }

    public string Value => _value ?? Text;

    public bool HasDistinctValue => _value != null;

    public GreenTrivia[] Leading { get; }

    public GreenTrivia[] Trailing { get; }

    public int LeadingWidth
    {
        get
        {
            int width = 0;
            foreach (var t in Leading)
            {
                width += t.FullWidth;
            }

            return width;
        }
    }

    public int TrailingWidth => FullWidth - LeadingWidth - Text.Length;

    public static GreenToken Missing(SyntaxKind kind) => new(kind, string.Empty, null, null, null, NodeFlags.IsMissing | NodeFlags.ContainsMissing);

    public GreenToken WithLeading(GreenTrivia[] leading) => new(Kind, Text, _value, leading, Trailing, Flags & (NodeFlags.IsMissing | NodeFlags.ContainsMissing));

    public GreenToken WithTrailing(GreenTrivia[] trailing) => new(Kind, Text, _value, Leading, trailing, Flags & (NodeFlags.IsMissing | NodeFlags.ContainsMissing));

    public override void WriteTo(StringBuilder builder)
    {
        foreach (var t in Leading)
        {
            builder.Append(t.Text);
        }

        builder.Append(Text);
        foreach (var t in Trailing)
        {
            builder.Append(t.Text);
        }
    }

    public override bool IsEquivalentTo(GreenNode other)
    {
        if (other is not GreenToken t || t.Kind != Kind || t.Text != Text || t.Value != Value || t.IsMissing != IsMissing)
        {
            return false;
        }

        return TriviaEquivalent(Leading, t.Leading) && TriviaEquivalent(Trailing, t.Trailing);
    }

    private static bool TriviaEquivalent(GreenTrivia[] a, GreenTrivia[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!a[i].IsEquivalentTo(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Width(string text, GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        int width = text.Length;
        if (leading != null)
        {
            foreach (var t in leading)
            {
                width += t.FullWidth;
            }
        }

        if (trailing != null)
        {
            foreach (var t in trailing)
            {
                width += t.FullWidth;
            }
        }

        return width;
    }

    private static NodeFlags ComputeFlags(GreenTrivia[]? leading, GreenTrivia[]? trailing, NodeFlags extra)
    {
        var flags = extra;
        if (leading != null)
        {
            foreach (var t in leading)
            {
                flags |= t.Flags;
            }
        }

        if (trailing != null)
        {
            foreach (var t in trailing)
            {
                flags |= t.Flags;
            }
        }

        return flags;
    }
}
