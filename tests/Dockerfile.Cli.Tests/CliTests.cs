using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

public class CliTests
{
    private const string RunsInfo =
        "samples/python-pipenv/Dockerfile(8,1): info DF2140: 2 consecutive RUN instructions (lines 6-8) build 2 layers where one would do; join their commands with `&&` into one RUN";

    private const string PipenvWarning =
        "samples/python-pipenv/Dockerfile(8,1): warning DF2001: `pipenv install --deploy --system` runs after `COPY . .`, so every source change reinstalls dependencies and rebuilds 2 layers; copy Pipfile and Pipfile.lock first and install before copying the source";

    [Test]
    public void Lint_samples_text()
    {
        var (code, output, error) = CliRunner.Run("lint", "samples/");
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.Match("^" + Regex.Escape(PipenvWarning + "\n" + RunsInfo + "\n1 warning and 1 message in 1 file, 1 fixable: run dfa fix (2 files checked in ") + "[0-9a-z, ]+\\)\n$"));
        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public void Lint_clean_sample_exits_zero()
    {
        var (code, output, _) = CliRunner.Run("lint", "samples/node-good");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Match("^No problems \\(1 file checked in [0-9a-z, ]+\\)\n$"));
    }

    [Test]
    public void Lint_json()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "json", "samples");
        Assert.That(code, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(2));
        Assert.That(json.RootElement[1].GetProperty("ruleId").GetString(), Is.EqualTo("DF2140"));
        Assert.That(json.RootElement[1].GetProperty("equivalents")[0].GetString(), Is.EqualTo("DL3059"));
        Assert.That(json.RootElement[1].GetProperty("severity").GetString(), Is.EqualTo("info"));
        var finding = json.RootElement[0];
        Assert.That(finding.GetProperty("file").GetString(), Is.EqualTo("samples/python-pipenv/Dockerfile"));
        Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("DF2001"));
        Assert.That(finding.GetProperty("equivalents").GetArrayLength(), Is.EqualTo(0));
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("warning"));
        Assert.That(finding.GetProperty("message").GetString(), Does.StartWith("`pipenv install --deploy --system` runs after `COPY . .`"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(8));
        Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(1));
        Assert.That(finding.GetProperty("endLine").GetInt32(), Is.EqualTo(8));
        Assert.That(finding.GetProperty("endColumn").GetInt32(), Is.EqualTo(37));
        Assert.That(finding.GetProperty("fixable").GetBoolean(), Is.True);
    }

    [Test]
    public void Fix_diff_prints_the_move_and_writes_nothing()
    {
        string path = Path.Combine(CliRunner.RepositoryRoot, "samples", "python-pipenv", "Dockerfile");
        string before = File.ReadAllText(path);
        var (code, output, _) = CliRunner.Run("fix", "--diff", "samples/python-pipenv");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(
            "--- a/samples/python-pipenv/Dockerfile\n" +
            "+++ b/samples/python-pipenv/Dockerfile\n" +
            "@@ -1,9 +1,10 @@\n" +
            " FROM python:3.12-slim\n" +
            " WORKDIR /app\n" +
            "-# copy the application\n" +
            "-COPY . .\n" +
            " # pipenv itself\n" +
            " RUN pip install --no-cache-dir pipenv==2024.4.1\n" +
            "+COPY Pipfile Pipfile.lock ./\n" +
            " # install the locked dependencies\n" +
            " RUN pipenv install --deploy --system\n" +
            "+# copy the application\n" +
            "+COPY . .\n" +
            " CMD [\"python\", \"app.py\"]\n"));
        Assert.That(File.ReadAllText(path), Is.EqualTo(before));
    }

    [TestCase("\n", false)]
    [TestCase("\r\n", true)]
    public void Fix_writes_keeping_bom_and_line_endings(string eol, bool bom)
    {
        string folder = Path.Combine(Path.GetTempPath(), "dfa-cli-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string source = Path.Combine(CliRunner.RepositoryRoot, "samples", "python-pipenv");
            foreach (string name in new[] { "Pipfile", "Pipfile.lock", "app.py" })
            {
                File.Copy(Path.Combine(source, name), Path.Combine(folder, name));
            }

            string text = File.ReadAllText(Path.Combine(source, "Dockerfile")).Replace("\r\n", "\n").Replace("\n", eol);
            string dockerfile = Path.Combine(folder, "Dockerfile");
            File.WriteAllText(dockerfile, text, new UTF8Encoding(bom));

            var (code, output, _) = CliRunner.RunIn(folder, "fix");
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("fixed 1 issue in Dockerfile"));
            byte[] bytes = File.ReadAllBytes(dockerfile);
            Assert.That(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, Is.EqualTo(bom));
            string written = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
            Assert.That(written, Does.Contain("COPY Pipfile Pipfile.lock ./" + eol));
            Assert.That(written.Replace("\r\n", string.Empty).Contains('\n'), Is.EqualTo(eol == "\n"));
            Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);

            var (lintCode, _, _) = CliRunner.RunIn(folder, "lint");
            Assert.That(lintCode, Is.EqualTo(0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Missing_path_is_a_one_line_error(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb, "does-not-exist");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("dfa: does-not-exist: no such file or folder\n"));
    }

    [Test]
    public void Folder_without_dockerfiles_is_an_error()
    {
        var (code, _, error) = CliRunner.Run("lint", "docs");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: docs: no Dockerfile found in this folder\n"));
    }

    [Test]
    public void Bad_format_is_a_one_line_usage_error()
    {
        var (code, _, error) = CliRunner.Run("lint", "--format", "xml", "samples");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith("dfa: "));
    }
}
