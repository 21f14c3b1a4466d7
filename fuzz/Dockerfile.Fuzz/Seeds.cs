using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Fuzz;

/// <summary>
/// Writes a target's seed folder: the files named on standard input, the <c>dockerfile</c> examples of the rule
/// pages, and (for <c>config</c>) a few small configurations of each kind; one file per distinct content, none over
/// 64 KiB. Seeds of <c>incremental</c> get an edit script after a NUL byte (see <see cref="EditScript"/>).
/// </summary>
internal static class Seeds
{
    private const int MaxSeedBytes = 64 * 1024;

    private const string Insertable = "ab \\\n\"'${}#";

    private static readonly string[] s_configSeeds =
    {
        "root = true\n\n[*]\nindent_style = space\n\n[Dockerfile]\ndotnet_diagnostic.DF1001.severity = error\ndockerfile_diagnostic.DL3006.severity = none\n\n[{a,b}/**.Dockerfile]\ndotnet_analyzer_diagnostic.severity = warning\n",
        "[*.{Dockerfile,dockerfile}]\ndotnet_diagnostic.DF5083.severity = suggestion\n[sub/[a-c]*]\ndotnet_diagnostic.DF2001.severity = silent\n[{1..10}]\nx = y\n",
        "ignored:\n  - DL3006\n  - DF1001\noverride:\n  error:\n    - DL3008\n  warning: [DL3009]\n  info: []\n  style:\n    - SC2086\ntrustedRegistries:\n  - docker.io\n  - \"*.example.com\"\nlabel-schema:\n  maintainer: text\n  url: url\nstrict-labels: true\nfailure-threshold: warning\nformat: tty\n",
        "ignored: [DL3006, DL3007]\nfailure-threshold: info\n",
        "---\n# comment\n&a ignored: *a\n",
        "**/.git\nnode_modules\n!node_modules/keep\n*.md\n!README.md\n# comment\n/build/**\nsrc/**/*.tmp\n[a-z]?.log\n\\!literal\n../outside\n",
        "# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n# hadolint global ignore=DL3006,DL3008\nFROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n# dfa-disable DF1001\nCMD echo hi\n",
    };

    /// <summary>Writes the seeds.</summary>
    /// <param name="target">The target the seeds are for.</param>
    /// <param name="output">The seed folder.</param>
    /// <param name="rulePages">The folder of the rule pages (<c>docs/rules</c>), or <see langword="null"/>.</param>
    /// <param name="files">The files to seed from.</param>
    /// <returns>How many seeds were written.</returns>
    public static int Write(string target, string output, string? rulePages, IEnumerable<string> files)
    {
        Directory.CreateDirectory(output);
        var contents = new List<byte[]>();
        foreach (string file in files)
        {
            if (File.Exists(file) && new FileInfo(file).Length <= MaxSeedBytes)
            {
                contents.Add(File.ReadAllBytes(file));
            }
        }

        if (target == "config")
        {
            contents.AddRange(s_configSeeds.Select(s => Encoding.UTF8.GetBytes(s)));
        }
        else if (rulePages != null && Directory.Exists(rulePages))
        {
            var block = new Regex("```dockerfile\\r?\\n(.*?)```", RegexOptions.Singleline);
            foreach (string page in Directory.EnumerateFiles(rulePages, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                foreach (Match match in block.Matches(File.ReadAllText(page)))
                {
                    contents.Add(Encoding.UTF8.GetBytes(match.Groups[1].Value));
                }
            }
        }

        var random = new Random(12);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int written = 0;
        foreach (byte[] content in contents)
        {
            byte[] seed = content;
            if (target == "incremental" && Array.IndexOf(content, (byte)0) < 0)
            {
                // A few random edits; the fuzzer mutates them from there.
                var script = new List<byte>(content) { 0 };
                for (int i = 0, n = 1 + random.Next(4); i < n; i++)
                {
                    script.Add((byte)random.Next(256));
                    script.Add((byte)random.Next(256));
                    script.Add((byte)random.Next(4));
                    script.Add((byte)(random.Next(2) == 0 ? 0xE0 + random.Next(32) : random.Next(4)));
                    for (int j = script[script.Count - 1] < 0xE0 ? script[script.Count - 1] : 0; j > 0; j--)
                    {
                        script.Add((byte)Insertable[random.Next(Insertable.Length)]);
                    }
                }

                seed = script.ToArray();
            }

            string hash = Convert.ToHexString(SHA256.HashData(seed)).Substring(0, 16).ToLowerInvariant();
            if (seed.Length <= MaxSeedBytes && seen.Add(hash))
            {
                File.WriteAllBytes(Path.Combine(output, "seed-" + hash), seed);
                written++;
            }
        }

        return written;
    }
}
