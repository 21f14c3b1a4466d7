using System;
using System.CommandLine;
using System.IO;
using System.IO.Pipes;
using Dockerfile.LanguageServer;

namespace Dockerfile.Cli;

/// <summary><c>dfa lsp</c>: the language server over stdio, or over a named pipe (<c>--pipe NAME</c>).</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var pipe = new Option<string?>("--pipe") { Description = "Connect to this named pipe (a Unix domain socket path on Linux and macOS) instead of stdio" };
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin and stdout (the default; accepted for clients that pass it)" };
        var command = new Command("lsp", "Run the Dockerfile language server (LSP over stdio)") { pipe, stdio };
        command.SetAction(result => Run(result.GetValue(pipe)));
        return command;
    }

    private static int Run(string? pipeName)
    {
        if (!string.IsNullOrEmpty(pipeName))
        {
            using var client = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.Asynchronous);
            try
            {
                client.Connect(10_000);
            }
            catch (Exception ex) when (ex is IOException or TimeoutException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(new InputError(pipeName, "cannot connect to the pipe: " + ex.Message));
                return ExitCodes.BadInput;
            }

            return LanguageServerHost.RunAsync(client, client, DfaCommandLine.Rules.Analyzers).GetAwaiter().GetResult();
        }

        // stdout carries only protocol messages: anything else written to Console.Out would corrupt the stream.
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        return LanguageServerHost.RunAsync(input, output, DfaCommandLine.Rules.Analyzers).GetAwaiter().GetResult();
    }
}
