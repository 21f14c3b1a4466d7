using System;
using System.Linq;
using Dockerfile.Analysis.ShellCheck;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.ShellCheck;

/// <summary>
/// The ShellCheck pass against the real shellcheck (CI installs Debian's package; without it these tests are skipped,
/// saying so): positions through continuations, heredocs and the escape directive, the shell, pragmas and scope.
/// </summary>
public class ShellCheckRealTests
{
    [SetUp]
    public void NeedsShellCheck()
    {
        if (ShellCheckOptions.Default.FindExecutable() is null)
        {
            TestCorpus.Skip("shellcheck is not installed (apt-get install shellcheck; .ci/run installs it)");
        }
    }

    /// <summary>"SC2154 3:10-3:14" for each ShellCheck finding: id, 1-based start line and column, end line and column.</summary>
    private static string[] Found(string text)
    {
        var options = new AnalysisOptions { ShellCheck = ShellCheckOptions.Default, Cache = null };
        return DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), options)
            .Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal) || d.Id == "DF0003")
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{d.Id} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1}:{span.EndLinePosition.Character + 1}";
            })
            .ToArray();
    }

    [Test]
    public void A_RUN_over_continuations_reports_on_the_continued_line()
    {
        Assert.That(Found("FROM alpine:3.19\nRUN apk add curl && \\\n    echo $name && \\\n    echo finished\n"),
            Is.EqualTo(new[] { "SC2086 3:10-3:15", "SC2154 3:10-3:15" }));
    }

    [Test]
    public void A_heredoc_RUN_reports_in_the_body()
    {
        Assert.That(Found("FROM alpine:3.19\nRUN <<EOF\napk add curl\ncd /tmp\necho \"$name\"\nEOF\n"),
            Is.EqualTo(new[] { "SC2164 4:1-4:8", "SC2154 5:7-5:12" }));
    }

    [Test]
    public void A_backtick_escape_file_maps_through_its_continuations()
    {
        Assert.That(Found("# escape=`\nFROM alpine:3.19\nRUN echo a && `\n    echo $name\n"),
            Is.EqualTo(new[] { "SC2086 4:10-4:15", "SC2154 4:10-4:15" }));
    }

    [Test]
    public void The_shell_is_sh_by_default_and_bash_under_a_bash_SHELL()
    {
        const string run = "RUN if [[ -f /etc/os-release ]]; then echo found; fi\n";
        Assert.That(Found("FROM alpine:3.19\n" + run), Is.EqualTo(new[] { "SC3010 2:8-2:32" }));
        Assert.That(Found("FROM alpine:3.19\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + run), Is.Empty);
    }

    [Test]
    public void Ignore_pragmas_of_hadolint_and_dfa_remove_SC_findings()
    {
        Assert.That(Found("FROM alpine:3.19\n# hadolint ignore=SC2086\nRUN echo $name\n"), Is.EqualTo(new[] { "SC2154 3:10-3:15" }));
        Assert.That(Found("FROM alpine:3.19\n# dfa ignore=SC2086,SC2154 set by the base image\nRUN echo $name\n"), Is.Empty);
    }

    [Test]
    public void ARG_and_ENV_names_in_scope_are_not_unassigned()
    {
        string text = "ARG global_version=1\nFROM alpine:3.19\nARG global_version\nARG build_mode\nENV app_home=/app\nRUN echo \"$global_version $build_mode $app_home $http_proxy $unknown\"\n";
        Assert.That(Found(text), Is.EqualTo(new[] { "SC2154 6:61-6:69" }));
    }

    [Test]
    public void An_exec_form_shell_script_is_checked()
    {
        Assert.That(Found("FROM alpine:3.19\nRUN [\"sh\", \"-c\", \"echo $name\"]\n"), Is.EqualTo(new[] { "SC2086 2:24-2:29", "SC2154 2:24-2:29" }));
    }

    [Test]
    public void A_clean_file_has_no_findings()
    {
        Assert.That(Found("FROM alpine:3.19\nARG VERSION=1\nRUN echo \"$VERSION\" && \\\n    apk add --no-cache curl\n"), Is.Empty);
    }
}
