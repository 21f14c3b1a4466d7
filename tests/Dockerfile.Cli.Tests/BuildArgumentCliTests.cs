using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa lint --build-arg</c> and <c>--check</c>, through the real binary.</summary>
public class BuildArgumentCliTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void MakeFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dfa-build-arg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "ARG BUSYBOX_VERSION\nFROM busybox:${BUSYBOX_VERSION}\n");
        File.WriteAllText(Path.Combine(_folder, "Check.Dockerfile"), "# check=skip=JSONArgsRecommended\nFROM alpine:3.19 as build\nCMD echo hi\n");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private (int Code, string Output, string Error) Lint(params string[] args) =>
        CliRunner.RunIn(_folder, new[] { "lint", "--no-color", "--no-shellcheck" }.Concat(args).ToArray());

    [Test]
    public void A_build_argument_given_makes_the_FROM_valid()
    {
        var without = Lint("Dockerfile");
        Assert.That(without.Output, Does.Contain("DF1084"));
        Assert.That(without.Code, Is.EqualTo(1));

        var with = Lint("--build-arg", "BUSYBOX_VERSION=1.36", "Dockerfile");
        Assert.That(with.Error, Is.Empty);
        Assert.That(with.Output, Does.StartWith("No problems"));
        Assert.That(with.Code, Is.EqualTo(0));

        // An empty value is still an invalid image name; the last value of a name wins.
        Assert.That(Lint("--build-arg", "BUSYBOX_VERSION=1.36", "--build-arg", "BUSYBOX_VERSION=", "Dockerfile").Output, Does.Contain("DF1084"));
        Assert.That(Lint("--build-arg", "OTHER=1", "Dockerfile").Output, Does.Contain("DF1084"));
    }

    [Test]
    public void A_build_argument_without_a_value_takes_the_environment_variable()
    {
        var environment = new System.Collections.Generic.Dictionary<string, string> { ["BUSYBOX_VERSION"] = "1.36" };
        var (code, output, _) = CliRunner.RunProcess("dotnet", _folder, null, environment, Path.Combine(AppContext.BaseDirectory, "dfa.dll"), "lint", "--no-color", "--no-shellcheck", "--build-arg", "BUSYBOX_VERSION", "Dockerfile");
        Assert.That(output, Does.StartWith("No problems"));
        Assert.That(code, Is.EqualTo(0));
    }

    [Test]
    public void A_build_argument_without_a_name_is_a_usage_error()
    {
        var (code, output, error) = Lint("--build-arg", "=1.36", "Dockerfile");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Is.EqualTo("dfa: --build-arg '=1.36' has no name; write NAME=VALUE"));
    }

    [Test]
    public void Check_settings_replace_the_files_check_directive()
    {
        // The file skips JSONArgsRecommended (DF1002); FromAsCasing (DF5081) is reported.
        var own = Lint("Check.Dockerfile");
        Assert.That(own.Output, Does.Contain("DF5081").And.Not.Contain("DF1002"));

        // As BuildKit's BUILDKIT_DOCKERFILE_CHECK, --check stands instead of the directive.
        var given = Lint("--check", "skip=FromAsCasing;error=true", "Check.Dockerfile");
        Assert.That(given.Output, Does.Contain("error DF1002").And.Not.Contain("DF5081"));
        Assert.That(given.Code, Is.EqualTo(1));

        var all = Lint("--check", "skip=all", "Check.Dockerfile");
        Assert.That(all.Output, Does.StartWith("No problems"));
        Assert.That(all.Code, Is.EqualTo(0));
    }

    [Test]
    public void The_BUILDKIT_DOCKERFILE_CHECK_build_argument_is_read_as_check_settings()
    {
        var (code, output, _) = Lint("--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=all", "Check.Dockerfile");
        Assert.That(output, Does.StartWith("No problems"));
        Assert.That(code, Is.EqualTo(0));

        // --check wins over the build argument.
        Assert.That(Lint("--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=all", "--check", "skip=JSONArgsRecommended", "Check.Dockerfile").Output, Does.Contain("DF5081"));
    }
}
