using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1087Tests
{
    private const string Id = "DF1087";

    [TestCase("FROM --platform=linux/amd64 debian AS tools\nFROM --platform=linux/arm64 tools\n", "2:29")]
    [TestCase("FROM --platform=linux/amd64 debian AS a\nFROM a AS b\nFROM --platform=linux/arm64 b\n", "3:29")]
    [TestCase("FROM --platform=linux/arm64 debian AS Tools\nFROM --platform=linux/x86_64 tools\n", "2:30")]
    [TestCase("FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS w\nFROM --platform=linux/amd64 w\n", "2:29")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM --platform=linux/arm64 debian AS tools\nFROM --platform=linux/arm64 tools\n")]
    [TestCase("FROM --platform=linux/arm64 debian AS tools\nFROM --platform=linux/aarch64 tools\n")]
    [TestCase("FROM --platform=linux/arm/v7 debian AS tools\nFROM --platform=linux/arm/v6 tools\n")] // variants are not compared
    [TestCase("FROM --platform=$BUILDPLATFORM debian AS tools\nFROM --platform=linux/arm64 tools\n")]
    [TestCase("FROM debian AS tools\nFROM --platform=linux/arm64 tools\n")]
    [TestCase("FROM --platform=linux/amd64 debian AS tools\nFROM tools\n")]
    [TestCase("FROM --platform=linux/amd64 debian AS tools\nFROM --platform=linux/arm64 alpine\n")]
    [TestCase("FROM --platform=linux/amd64 debian@sha256:0000000000000000000000000000000000000000000000000000000000000000\n")]
    public void Silent(string dockerfile)
    {
        AssertSilent(Id, dockerfile);
        AssertSilent(Id, Crlf(dockerfile));
    }

    [Test]
    public void Message_names_both_platforms() =>
        Assert.That(Message(Id, "FROM --platform=linux/amd64 debian AS tools\nRUN true\nFROM --platform=linux/arm64 tools\n"),
            Is.EqualTo("This FROM asks for `linux/arm64`, but its base `tools` is the stage built for `linux/amd64` (line 1); a stage built on another stage takes that stage's platform, so `--platform=linux/arm64` is ignored and this stage is `linux/amd64`; build `tools` for `linux/arm64` or drop this --platform"));
}
