using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Dockerfile.Analysis;

namespace Dockerfile.Cli;

/// <summary><c>dfa explain ID</c>: prints the rule's page.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A rule id, such as DF2001" };
        var command = new Command("explain", "Print a rule's documentation") { id };
        command.SetAction(result => Run(result.GetValue(id) ?? string.Empty, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string id, TextWriter output, TextWriter error)
    {
        // Our ids, hadolint ids and BuildKit check names, as in the configuration; an id with several equivalents prints each page.
        var rules = DfaCommandLine.Rules.Resolve(id);
        if (rules.IsEmpty)
        {
            error.WriteLine(new InputError(id, "unknown rule id; dfa rules lists them"));
            return ExitCodes.BadInput;
        }

        for (int i = 0; i < rules.Length; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            Explain(rules[i], output);
        }

        return ExitCodes.Clean;
    }

    private static void Explain(RuleInfo rule, TextWriter output)
    {
        string? page = RuleDocs.Find(rule.Id);
        if (page != null)
        {
            output.Write(page.EndsWith('\n') ? page : page + "\n");
            return;
        }

        // No page yet: what the catalogue knows.
        var descriptor = rule.Descriptor;
        output.WriteLine($"# {rule.Id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine();
        output.WriteLine($"Category: {descriptor.Category}. Default severity: {SeverityNames.Of(descriptor.DefaultSeverity)}.");
        string description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        if (description.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(description);
        }
    }
}
