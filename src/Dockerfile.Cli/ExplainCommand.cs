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
        var rule = RuleCatalog.Find(id);
        if (rule == null)
        {
            error.WriteLine(new InputError(id, "unknown rule id; dfa rules lists them"));
            return ExitCodes.BadInput;
        }

        string? page = RuleDocs.Find(rule.Id);
        if (page != null)
        {
            output.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitCodes.Clean;
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

        return ExitCodes.Clean;
    }
}
