namespace Dockerfile.Analysis.Formatting;

/// <summary>How the formatter spaces exec-form JSON arrays: <c>dockerfile_json_array_spacing</c>.</summary>
public enum JsonArraySpacing
{
    /// <summary><c>["a", "b"]</c>: no space inside the brackets, one after each comma; the default.</summary>
    Compact,

    /// <summary><c>[ "a", "b" ]</c>: one space inside the brackets (an empty array stays <c>[]</c>), one after each comma.</summary>
    Spaced,

    /// <summary>As written.</summary>
    Keep,
}
