using System.IO;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>
/// The configuration of each Dockerfile, read once per run: <c>--config FILE</c> when given, otherwise the
/// <c>.editorconfig</c> / <c>.hadolint.yaml</c> files found from the Dockerfile's folder (the current folder for
/// standard input). Every configuration file and every folder's list of files is read once, however many
/// Dockerfiles share them.
/// </summary>
internal static class ConfigurationCache
{
    private static readonly AnalysisConfigurationCache s_cache = new();

    /// <summary>The configuration of a Dockerfile.</summary>
    /// <param name="dockerfileFullPath">The Dockerfile's full path (<c>./Dockerfile</c> for standard input).</param>
    /// <param name="configurationPath">The <c>--config</c> file, or null to search.</param>
    public static AnalysisConfiguration For(string dockerfileFullPath, string? configurationPath) =>
        configurationPath != null ? s_cache.LoadFile(configurationPath, dockerfileFullPath) : s_cache.Load(dockerfileFullPath);

    /// <summary>
    /// Checks a <c>--config</c> file before any Dockerfile is read: a missing file, a folder, or a file that cannot be
    /// used at all (unreadable, malformed YAML) is a one-line error; bad values inside a readable file are reported
    /// later as <c>DF0002</c> findings.
    /// </summary>
    public static InputError? Check(string? configurationPath)
    {
        if (configurationPath is null)
        {
            return null;
        }

        if (!File.Exists(configurationPath))
        {
            return new InputError(configurationPath, Directory.Exists(configurationPath) ? "the configuration is a folder, not a file" : "no such configuration file");
        }

        var unusable = s_cache.LoadFile(configurationPath).Diagnostics.FirstOrDefault(ConfigurationDiagnostics.IsUnusableFile);
        if (unusable is null)
        {
            return null;
        }

        var start = unusable.Location.GetLineSpan().StartLinePosition;
        return new InputError(configurationPath, MessageOf(unusable), start.Line + 1, start.Character + 1);
    }

    /// <summary>
    /// The message of a diagnostic without the <c>path(line,col): </c> prefix that <c>DF0002</c> messages carry,
    /// since the location is printed beside it.
    /// </summary>
    public static string MessageOf(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (diagnostic.Id != ConfigurationDiagnostics.InvalidConfiguration.Id)
        {
            return message;
        }

        var span = diagnostic.Location.GetLineSpan();
        string prefix = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        return message.StartsWith(prefix, System.StringComparison.Ordinal) ? message.Substring(prefix.Length) : message;
    }
}
