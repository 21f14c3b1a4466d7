using System;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>
/// A token: its text as written, its value (the text without line continuations; for JSON
/// strings the unescaped string) and its leading and trailing trivia. The text is a slice of the
/// string the token was parsed from, so a parse does not copy the source characters.
/// </summary>
internal class GreenToken : GreenNode
{
    internal static readonly GreenTrivia[] NoTrivia = Array.Empty<GreenTrivia>();

    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    protected GreenToken(SyntaxKind kind, string source, int start, int length, GreenTrivia[]? leading, GreenTrivia[]? trailing, NodeFlags extraFlags)
        : base(kind, Width(length, leading, trailing), ComputeFlags(leading, trailing, extraFlags))
    {
        _source = source;
        _start = start;
        _length = length;
        Leading = leading ?? NoTrivia;
        Trailing = trailing ?? NoTrivia;
    }

    /// <summary>The token's text (a new string unless the token owns its whole source string).</summary>
    public string Text => _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    /// <summary>The length of the text.</summary>
    public int TextLength => _length;

    /// <summary>The token's value: the text without continuations, or the unescaped JSON string.</summary>
    public virtual string Value => Kind == SyntaxKind.StringLiteralToken ? Parser.JsonString.Unescape(Text) : Text;

    public virtual bool HasDistinctValue => false;

    /// <summary>The length of <see cref="Value"/>, without making a string of the text when it is the value.</summary>
    public virtual int ValueLength => Kind == SyntaxKind.StringLiteralToken ? Value.Length : _length;

    /// <summary>Appends <see cref="Value"/> to <paramref name="builder"/> without making a string of the text.</summary>
    public virtual void AppendValueTo(StringBuilder builder)
    {
        if (Kind == SyntaxKind.StringLiteralToken)
        {
            builder.Append(Value);
        }
        else
        {
            builder.Append(_source, _start, _length);
        }
    }

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

    public int TrailingWidth => FullWidth - LeadingWidth - _length;

    /// <summary>Creates a token whose text is <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static GreenToken Create(SyntaxKind kind, string source, int start, int length, string? value, GreenTrivia[]? leading, GreenTrivia[]? trailing, NodeFlags extraFlags = NodeFlags.None)
    {
        if (value != null && (value.Length != length || string.CompareOrdinal(value, 0, source, start, length) != 0))
        {
            return new GreenTokenWithValue(kind, source, start, length, value, leading, trailing, extraFlags);
        }

        return new GreenToken(kind, source, start, length, leading, trailing, extraFlags);
    }

    /// <summary>Creates a token that owns its text.</summary>
    public static GreenToken Create(SyntaxKind kind, string text, string? value = null, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null, NodeFlags extraFlags = NodeFlags.None) =>
        Create(kind, text, 0, text.Length, value, leading, trailing, extraFlags);

    public static GreenToken Missing(SyntaxKind kind) => Create(kind, string.Empty, null, null, null, NodeFlags.IsMissing | NodeFlags.ContainsMissing);

    public GreenToken WithLeading(GreenTrivia[] leading) => Create(Kind, _source, _start, _length, HasDistinctValue ? Value : null, leading, Trailing, Flags & (NodeFlags.IsMissing | NodeFlags.ContainsMissing));

    public GreenToken WithTrailing(GreenTrivia[] trailing) => Create(Kind, _source, _start, _length, HasDistinctValue ? Value : null, Leading, trailing, Flags & (NodeFlags.IsMissing | NodeFlags.ContainsMissing));

    public override void WriteTo(StringBuilder builder)
    {
        foreach (var t in Leading)
        {
            t.WriteTo(builder);
        }

        builder.Append(_source, _start, _length);
        foreach (var t in Trailing)
        {
            t.WriteTo(builder);
        }
    }

    /// <summary>Whether the token's text equals a slice of another string (no allocation).</summary>
    public bool TextEquals(string other, int start, int length) => length == _length && string.CompareOrdinal(_source, _start, other, start, length) == 0;

    /// <summary>Whether the token's text equals <paramref name="text"/> (no allocation).</summary>
    public bool TextEquals(string text) => text.Length == _length && string.CompareOrdinal(_source, _start, text, 0, _length) == 0;

    public override bool IsEquivalentTo(GreenNode other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not GreenToken t || t.Kind != Kind || t._length != _length || t.IsMissing != IsMissing
            || string.CompareOrdinal(_source, _start, t._source, t._start, _length) != 0
            || t.HasDistinctValue != HasDistinctValue || (HasDistinctValue && t.Value != Value))
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

    private static int Width(int length, GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        int width = length;
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
