using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF4080Tests
{
    private const string Id = "DF4080";

    [TestCase("FROM alpine\nARG GITHUB_TOKEN\n", "2:5")]
    [TestCase("FROM alpine\nENV DB_PASSWORD=x\n", "2:5")]
    [TestCase("FROM alpine\nENV A=1 aws_secret_access_key=2\n", "2:9")]
    [TestCase("FROM alpine\nARG API_KEY=x AUTH\n", "2:5 2:15")]

    // hadolint's DL3064 (merged into this rule) also checks global ARGs, ONBUILD and its own names and substrings.
    [TestCase("ARG TOKEN\nFROM alpine\n", "1:5")]
    [TestCase("FROM alpine\nONBUILD ENV GITHUB_TOKEN=x\n", "2:13")]
    [TestCase("FROM alpine\nENV MY_PRIVATE_THING=x DOCKER_USERNAME=y\n", "2:5 2:24")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nARG PUBLIC_KEY\n")]
    [TestCase("FROM alpine\nENV PASSWORD_FILE=/run/secrets/p\n")]
    [TestCase("FROM alpine\nARG KEYBOARD\n")]
    [TestCase("FROM alpine\nARG GPG_KEY_VERSION=2\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
