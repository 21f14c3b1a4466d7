using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Keeps README.md's code blocks true: the C# snippets compile against the libraries, and the commands of the first
/// block print, run against the samples, what the README shows after them. Behaviour that changes the samples'
/// output (a rule's message, a fix) fails here until the README is updated.
/// </summary>
public class ReadmeTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "README.md")).Replace("\r\n", "\n");

    /// <summary>The fenced code blocks: the info string (language) and the text.</summary>
    private static List<(string Language, string Text, int End)> Blocks() =>
        Regex.Matches(s_readme, @"^```(\w*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Index + m.Length))
            .ToList();

    public static IEnumerable<TestCaseData> CSharpSnippets() =>
        Blocks().Where(b => b.Language == "csharp").Select((b, i) => new TestCaseData(b.Text).SetName($"CSharp_snippet_compiles(#{i + 1})"));

    /// <summary>The commands of the first block that run dfa, as dfa arguments (<c>dotnet run ... --</c> dropped).</summary>
    public static IEnumerable<TestCaseData> Commands()
    {
        const string Prefix = "dotnet run --project src/Dockerfile.Cli -- ";
        return Blocks()[0].Text.Split('\n')
            .Where(line => line.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(line => line.Substring(Prefix.Length))
            .Select(command => new TestCaseData(command).SetName($"Command_prints_what_the_readme_shows({command})"));
    }

    [Test]
    public void First_block_runs_dfa()
    {
        Assert.That(Commands().Count(), Is.EqualTo(2), "README.md's first block: " + Blocks()[0].Text);
        Assert.That(CSharpSnippets().Count(), Is.EqualTo(2));
    }

    [Test]
    public void Install_section_installs_from_the_packed_folder()
    {
        // PackageTests runs these commands (with --tool-path and a version of its own): the packages are not published.
        string install = Blocks().Select(b => b.Text).First(t => t.StartsWith("dotnet pack", StringComparison.Ordinal));
        Assert.That(install, Is.EqualTo("dotnet pack src/Dockerfile.Cli -c Release -o ./artifacts\ndotnet tool install -g dfa --source ./artifacts\ndfa lint .\n"));
        Assert.That(s_readme, Does.Not.Contain("- run: dotnet tool install -g dfa\n"), "the CI example cannot install dfa from nuget.org");
    }

    [TestCaseSource(nameof(Commands))]
    public void Command_prints_what_the_readme_shows(string command)
    {
        // The output is the code block after the paragraph that starts with the command in backticks, which may also
        // give the exit code ("(exit code 1: findings)").
        var paragraph = new Regex(@"^`" + Regex.Escape(command) + @"`[^\n]*\n", RegexOptions.Multiline).Match(s_readme);
        Assert.That(paragraph.Success, Is.True, $"README.md has no paragraph starting with `{command}` before its output");
        var block = Blocks().First(b => b.End > paragraph.Index + paragraph.Length);
        string expected = block.Text;

        var (code, output, error) = CliRunner.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.That(error, Is.Empty, $"dfa {command} wrote to standard error");
        string actual = Normalize(output);
        Assert.That(actual, Is.EqualTo(Normalize(expected)),
            $"README.md shows for `dfa {command}`:\n{expected}\nbut dfa printed:\n{output}\n(update the README, or the change that altered the output)\n");

        var exitCode = Regex.Match(paragraph.Value, @"exit code (\d)");
        if (exitCode.Success)
        {
            Assert.That(code, Is.EqualTo(int.Parse(exitCode.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), $"the exit code of dfa {command}");
        }
    }

    /// <summary>The time of a run differs from run to run: "checked in 217 milliseconds" and "checked in 1 second, 20 milliseconds" read the same.</summary>
    private static string Normalize(string text) => Regex.Replace(text, @" checked in [^)]*\)", " checked in <time>)");

    [TestCaseSource(nameof(CSharpSnippets))]
    public void CSharp_snippet_compiles(string snippet)
    {
        var errors = Compile(snippet);
        Assert.That(errors, Is.Empty, $"README.md's snippet does not compile against the libraries:\n{snippet}\n");
    }

    [Test]
    public void Compiling_catches_a_missing_using()
    {
        // The check itself: the configuration snippet without its using does not compile.
        string snippet = CSharpSnippets().Select(c => (string)c.Arguments[0]!).Single(s => s.Contains("AnalysisConfiguration.Load", StringComparison.Ordinal));
        string withoutUsing = snippet.Replace("using Dockerfile.Analysis.Configuration;\n", string.Empty);
        Assert.That(withoutUsing, Is.Not.EqualTo(snippet));
        Assert.That(Compile(withoutUsing), Has.Some.Contains("AnalysisConfiguration"));
    }

    /// <summary>Compiles a snippet as the program of a new console project (with its implicit usings); returns the errors.</summary>
    private static List<string> Compile(string snippet)
    {
        const string ImplicitUsings =
            "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\n" +
            "global using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(snippet, parse) },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }
}
