using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;

namespace Dockerfile.Cli;

/// <summary>Facts about rules that the command line adds to the catalogue: their web pages and whether a fix exists.</summary>
internal static class RuleFacts
{
    private static readonly Lazy<HashSet<string>> s_fixable = new(() =>
        new HashSet<string>(CodeFixes.BuiltInProviders.SelectMany(p => p.FixableDiagnosticIds), StringComparer.Ordinal));

    /// <summary>The rule's page on the web.</summary>
    public static string HelpUri(string id) => DfaCommandLine.Rules.HelpUri(id);

    /// <summary>Whether some built-in code fix provider handles the rule.</summary>
    public static bool IsFixable(string id) => s_fixable.Value.Contains(id);
}
