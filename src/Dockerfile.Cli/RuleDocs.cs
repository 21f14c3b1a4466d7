using System.IO;

namespace Dockerfile.Cli;

/// <summary>The rule pages (<c>docs/rules/*.md</c>), embedded in the assembly as <c>rules/&lt;ID&gt;.md</c> so the installed tool has them.</summary>
internal static class RuleDocs
{
    /// <summary>The page of a rule, or null when none is embedded.</summary>
    public static string? Find(string id)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("rules/" + id + ".md");
        if (stream == null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
