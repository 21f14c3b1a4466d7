using System;
using System.IO;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Finds Microsoft's SARIF validator, the npm package <c>@microsoft/sarif-multitool</c>, in <c>.ci/node</c>
/// (where <c>.ci/run</c> installs it), installing it there with npm when it is missing.
/// </summary>
internal static class SarifMultitool
{
    private static readonly object Gate = new();

    /// <summary>The path of the package's <c>bin.js</c>, or null with the reason when node or npm is missing.</summary>
    public static string? Find(out string whyNot)
    {
        lock (Gate)
        {
            whyNot = string.Empty;
            string prefix = Path.Combine(CliRunner.RepositoryRoot, ".ci", "node");
            string bin = Path.Combine(prefix, "node_modules", "@microsoft", "sarif-multitool", "bin.js");
            if (!Runs("node", "--version"))
            {
                whyNot = "node is not installed: the SARIF output was not checked with @microsoft/sarif-multitool";
                return null;
            }

            if (File.Exists(bin))
            {
                return bin;
            }

            if (!Runs("npm", "--version"))
            {
                whyNot = "npm is not installed: the SARIF output was not checked with @microsoft/sarif-multitool";
                return null;
            }

            var install = CliRunner.RunProcess("npm", CliRunner.RepositoryRoot, null, null, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, "@microsoft/sarif-multitool");
            if (install.ExitCode != 0 || !File.Exists(bin))
            {
                throw new InvalidOperationException("npm could not install @microsoft/sarif-multitool: " + install.Error);
            }

            return bin;
        }
    }

    /// <summary>The SARIF 2.1.0 JSON schema shipped with the validator.</summary>
    public static string Schema(string bin)
    {
        string packages = Path.GetDirectoryName(Path.GetDirectoryName(bin)!)!;
        foreach (string platform in new[] { "sarif-multitool-linux", "sarif-multitool-darwin", "sarif-multitool-win32" })
        {
            string schema = Path.Combine(packages, platform, "sarif-2.1.0.json");
            if (File.Exists(schema))
            {
                return schema;
            }
        }

        throw new FileNotFoundException("sarif-2.1.0.json was not found beside the SARIF multitool", packages);
    }

    private static bool Runs(string program, string argument)
    {
        try
        {
            return CliRunner.RunProcess(program, CliRunner.RepositoryRoot, null, null, argument).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
