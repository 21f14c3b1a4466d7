using System.Collections.Immutable;

namespace Dockerfile.Analysis.Editor;

/// <summary>The signature of the instruction at a position and the parameter the cursor is in.</summary>
public sealed class SignatureHelpResult
{
    internal SignatureHelpResult(string label, string documentation, ImmutableArray<SignatureParameter> parameters, int activeParameter)
    {
        Label = label;
        Documentation = documentation;
        Parameters = parameters;
        ActiveParameter = activeParameter;
    }

    /// <summary>Gets the signature, such as <c>WORKDIR &lt;path&gt;</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the instruction's documentation (Markdown).</summary>
    public string Documentation { get; }

    /// <summary>Gets the parameters, in the order they appear in <see cref="Label"/>.</summary>
    public ImmutableArray<SignatureParameter> Parameters { get; }

    /// <summary>Gets the index in <see cref="Parameters"/> of the parameter at the cursor.</summary>
    public int ActiveParameter { get; }

    /// <inheritdoc />
    public override string ToString() => Label + " [" + ActiveParameter + "]";
}
