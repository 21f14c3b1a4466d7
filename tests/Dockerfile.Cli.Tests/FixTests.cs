using System.IO;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa fix</c>: byte-exact writes, <c>--diff</c>, <c>--dry-run</c> and <c>--rule</c>.</summary>
public class FixTests
{
    [Test]
    public void Fix_keeps_bom_and_crlf_and_every_byte_outside_the_edit()
    {
        string folder = CliRunner.CopyFixture("crlf-bom");
        try
        {
            var (code, output, error) = CliRunner.RunIn(folder, "fix");
            Assert.That(error, Is.Empty);
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo("fixed 2 issues in Dockerfile\nFixed 2 issues in 1 file\n"));
            byte[] expected = File.ReadAllBytes(Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "crlf-bom", "expected-fixed.txt"));
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "Dockerfile")), Is.EqualTo(expected));
            Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);

            var again = CliRunner.RunIn(folder, "fix");
            Assert.That(again.Output, Is.EqualTo("Nothing to fix in 1 file\n"));
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "Dockerfile")), Is.EqualTo(expected));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Expected_fix_differs_from_the_original_only_in_the_moved_lines()
    {
        // The baseline itself: the BOM, the first two lines and the last line are the original bytes.
        string fixtures = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "crlf-bom");
        byte[] original = File.ReadAllBytes(Path.Combine(fixtures, "Dockerfile"));
        byte[] fixedBytes = File.ReadAllBytes(Path.Combine(fixtures, "expected-fixed.txt"));
        string head = "\uFEFFFROM python:3.12-slim\r\nWORKDIR /app\r\n";
        string tail = "CMD [\"python\", \"app.py\"]\r\n";
        var utf8 = new System.Text.UTF8Encoding(false);
        foreach (var bytes in new[] { original, fixedBytes })
        {
            string text = utf8.GetString(bytes);
            Assert.That(text, Does.StartWith(head));
            Assert.That(text, Does.EndWith(tail));
            Assert.That(text.Replace("\r\n", string.Empty), Does.Not.Contain("\n"));
        }
    }

    [Test]
    public void Diff_prints_and_writes_nothing()
    {
        string path = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "crlf-bom", "Dockerfile");
        byte[] before = File.ReadAllBytes(path);
        var (code, output, _) = CliRunner.Run("fix", "--diff", CliRunner.Fixtures + "/crlf-bom");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(
            $"--- a/{CliRunner.Fixtures}/crlf-bom/Dockerfile\n" +
            $"+++ b/{CliRunner.Fixtures}/crlf-bom/Dockerfile\n" +
            "@@ -1,7 +1,8 @@\n" +
            " \uFEFFFROM python:3.12-slim\n" +
            " WORKDIR /app\n" +
            "+RUN pip install --no-cache-dir pipenv\n" +
            "+COPY Pipfile Pipfile.lock ./\n" +
            "+RUN pipenv install --deploy --system\n" +
            " # copy the application\n" +
            " COPY . .\n" +
            "-RUN pip install pipenv\n" +
            "-RUN pipenv install --deploy --system\n" +
            " CMD [\"python\", \"app.py\"]\n"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
    }

    [Test]
    public void Dry_run_reports_and_writes_nothing()
    {
        string path = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "node-npm", "Dockerfile");
        byte[] before = File.ReadAllBytes(path);
        var (code, output, _) = CliRunner.Run("fix", "--dry-run", CliRunner.Fixtures + "/node-npm", CliRunner.Fixtures + "/clean");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo($"would fix 1 issue in {CliRunner.Fixtures}/node-npm/Dockerfile\nWould fix 1 issue in 1 file\n"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
    }

    [Test]
    public void Rule_filter_fixes_only_that_rule()
    {
        string folder = CliRunner.CopyFixture("node-npm");
        try
        {
            var (code, output, _) = CliRunner.RunIn(folder, "fix", "--rule", "df2001");
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.StartWith("fixed 1 issue in Dockerfile\n"));
            Assert.That(File.ReadAllText(Path.Combine(folder, "Dockerfile")), Is.EqualTo(
                "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("DL3059")]
    [TestCase("JSONArgsRecommended")]
    public void Rule_filter_accepts_hadolint_and_BuildKit_ids(string id)
    {
        // DL3059 is DF2140 (consecutive RUNs), JSONArgsRecommended DF1002 (CMD in shell form).
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN echo done\nCMD echo hi\n");
            var (code, output, error) = CliRunner.RunIn(folder, "fix", "--dry-run", "--rule", id);
            Assert.That(error, Is.Empty);
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo("would fix 1 issue in Dockerfile\nWould fix 1 issue in 1 file\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Rule_filter_with_an_equivalent_of_a_rule_without_a_fix_names_both()
    {
        var (code, _, error) = CliRunner.Run("fix", "--rule", "DL3006", CliRunner.Fixtures + "/node-npm");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: DL3006 (DF3006): this rule has no automatic fix\n"));
    }

    [Test]
    public void Rule_filter_for_a_rule_without_findings_changes_nothing()
    {
        string folder = CliRunner.CopyFixture("node-npm");
        try
        {
            byte[] before = File.ReadAllBytes(Path.Combine(folder, "Dockerfile"));
            var (code, _, error) = CliRunner.RunIn(folder, "fix", "--rule", "DFS0001");
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Is.EqualTo("dfa: DFS0001: this rule has no automatic fix\n"));
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "Dockerfile")), Is.EqualTo(before));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Dry_run_and_diff_together_are_a_usage_error()
    {
        var (code, output, error) = CliRunner.Run("fix", "--dry-run", "--diff", CliRunner.Fixtures + "/node-npm");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("dfa: --dry-run and --diff cannot be used together\n"));
    }
}
