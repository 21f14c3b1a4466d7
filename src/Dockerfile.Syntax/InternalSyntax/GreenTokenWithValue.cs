namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>A token whose value differs from its text: split by a line continuation, or a JSON string with escapes.</summary>
internal sealed class GreenTokenWithValue : GreenToken
{
    private readonly string _value;

    public GreenTokenWithValue(SyntaxKind kind, string source, int start, int length, string value, GreenTrivia[]? leading, GreenTrivia[]? trailing, NodeFlags extraFlags)
        : base(kind, source, start, length, leading, trailing, extraFlags)
    {
        _value = value;
    }

    public override string Value => Kind == SyntaxKind.StringLiteralToken ? Parser.JsonString.Unescape(_value) : _value;

    public override bool HasDistinctValue => true;

    public override int ValueLength => Value.Length;

    public override void AppendValueTo(System.Text.StringBuilder builder) => builder.Append(Value);
}
