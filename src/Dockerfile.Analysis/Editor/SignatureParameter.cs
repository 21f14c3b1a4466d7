namespace Dockerfile.Analysis.Editor;

/// <summary>One parameter of an instruction's signature.</summary>
public sealed class SignatureParameter
{
    internal SignatureParameter(string label, string? documentation)
    {
        Label = label;
        Documentation = documentation;
    }

    /// <summary>Gets the parameter's text; it occurs in the signature's label.</summary>
    public string Label { get; }

    /// <summary>Gets what the parameter is, or <see langword="null"/>.</summary>
    public string? Documentation { get; }

    /// <inheritdoc />
    public override string ToString() => Label;
}
