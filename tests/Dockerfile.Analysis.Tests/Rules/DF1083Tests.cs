using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1083Tests
{
    private const string Id = "DF1083";

    [TestCase("FROM node:${NODE_VERSION}\n", "1:6")]
    [TestCase("ARG VERSION=1\nFROM alpine:${VERSOIN}\n", "2:6")]
    [TestCase("FROM alpine\nARG BASE\nFROM $BASE\n", "3:6")]
    [TestCase("FROM --platform=$PLATFORM alpine\n", "1:17")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n")]
    [TestCase("ARG BASE\nFROM $BASE\n")]
    [TestCase("FROM --platform=$BUILDPLATFORM golang\n")]
    [TestCase("ARG TAG\nFROM alpine:${TAG:-3.20}\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Message_suggests_a_close_name() =>
        Assert.That(Message(Id, "ARG VERSION=1\nFROM alpine:${VERSOIN}\n"), Is.EqualTo("FROM uses `$VERSOIN`, but no ARG before the first FROM declares it, so it expands to an empty string (did you mean `VERSION`?); declare `ARG VERSOIN` above the first FROM"));
}
