using System.IO;
using System.Text;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Issue 12: a RUN whose shell text nests <c>$(</c>, <c>${</c> and quotes 50,000 deep used to overflow the stack and kill
/// <c>dfa lint</c>, losing every other file's results. Now the real process reports findings for every file.
/// </summary>
public class DeepNestingCliTests
{
    private const int Depth = 50_000;

    [Test]
    public void Lint_reports_a_deeply_nested_file_and_the_files_next_to_it()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            var deep = new StringBuilder("FROM alpine:3.20\nRUN echo ");
            deep.Insert(deep.Length, "$( \"${A:-", Depth).Append('x').Insert(deep.Length, "}\" )", Depth).Append('\n');
            deep.Append("ENV X=").Insert(deep.Length, "${A:-", Depth).Append('x').Append('}', Depth).Append('\n');
            deep.Append("RUN apt-get install curl\n");
            File.WriteAllText(Path.Combine(folder, "a.Dockerfile"), deep.ToString());
            File.WriteAllText(Path.Combine(folder, "b.Dockerfile"), "FROM alpine:3.20\nRUN apt-get install wget\n");

            // Without ShellCheck: this is about our parser and rules (shellcheck itself takes its whole timeout on such a script).
            var (code, output, error) = CliRunner.RunIn(folder, "lint", "--no-shellcheck", "a.Dockerfile", "b.Dockerfile");
            Assert.That(error, Does.Not.Contain("Stack overflow"));
            Assert.That(code, Is.EqualTo(1), output + error);
            Assert.That(output, Does.Contain("a.Dockerfile(4,5): warning DF1001"));
            Assert.That(output, Does.Contain("b.Dockerfile(2,5): warning DF1001"));
            Assert.That(output, Does.Contain("in 2 files"));
            Assert.That(output, Does.Not.Contain("DF0001"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
