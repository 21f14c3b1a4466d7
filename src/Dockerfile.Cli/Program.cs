using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dockerfile.Cli;

/// <summary>The entry point of <c>dfa</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when nothing was found, 1 for findings, 2 for usage or I/O errors.</returns>
    public static int Main(string[] args) => DfaCommandLine.Run(args);

    /// <summary>Parses and runs the command line (the rules are <see cref="DfaCommandLine.Rules"/>).</summary>
    internal static int RunCommandLine(string[] args)
    {
        // Messages, counts and times read the same on every machine.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        var root = new RootCommand("dfa: lint, fix and format Dockerfiles")
        {
            LintCommand.Create(),
            FixCommand.Create(),
            FormatCommand.Create(),
            RulesCommand.Create(),
            ExplainCommand.Create(),
            ParseCommand.Create(),
            LayersCommand.Create(),
            ContextCommand.Create(),
            LspCommand.Create(),
        };

        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                // One line, however many problems the parser found.
                Console.Error.WriteLine("dfa: " + TerminalText.Escape(string.Join("; ", result.Errors.Select(e => Regex.Replace(e.Message, @"\s+", " ").Trim()))));

                return ExitCodes.BadInput;
            }

            return result.Invoke();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine("dfa: internal error: " + TerminalText.Escape(Regex.Replace(ex.Message, @"\s+", " ").Trim()));
            return ExitCodes.BadInput;
        }
    }
}
