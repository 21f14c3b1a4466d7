using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1085Tests
{
    private const string Id = "DF1085";

    // Stages whose environment is fully known (scratch, or a chain of stages starting at scratch): every undefined name.
    [TestCase("FROM scratch\nCOPY $SRC /app/\n", "2:6")]
    [TestCase("FROM scratch\nWORKDIR /srv/${APP}\n", "2:14")]
    [TestCase("FROM scratch\nENV A=1\nENV B=$A C=$MISSING\n", "3:12")]
    [TestCase("FROM scratch\nLABEL version=$VERSION\n", "2:15")]
    [TestCase("FROM scratch\nUSER $UID:$GID\n", "2:6 2:11")]
    [TestCase("FROM scratch\nVOLUME [\"/data/$DIR\"]\n", "2:9")]
    [TestCase("FROM scratch\nVOLUME [\"/data/\\u0024DIR\"]\n", "2:9")] // a JSON escape spells the '$'
    [TestCase("FROM scratch\nSTOPSIGNAL $SIG\n", "2:12")]
    [TestCase("FROM scratch\nARG B=$A\n", "2:7")]
    [TestCase("FROM scratch\nCOPY --chown=$OWNER a /b\n", "2:14")]
    [TestCase("FROM scratch\nRUN --mount=type=cache,target=$CACHE [\"/bin/true\"]\n", "2:31")]
    [TestCase("FROM scratch AS base\nENV HOME=/root\nFROM base\nWORKDIR $HOME/$SUB\n", "4:15")]
    [TestCase("ARG VERSION=1\nFROM scratch\nCOPY app-$VERSION /app\n", "3:10")]
    [TestCase("FROM scratch\nCOPY ${A:-default} /b\n", "2:6")]
    // An image's ENV is unknown: only a near-miss of a name in scope, with a suggestion.
    [TestCase("FROM node:20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM\n", "3:9")]
    [TestCase("FROM node:20\nARG version=1\nCOPY app-$VERSION /app\n", "3:10")]
    [TestCase("FROM node:20 AS base\nENV APP_HOME=/srv\nFROM base\nWORKDIR ${APP_HOM}\n", "4:9")]
    // PATH is always defined, so a near-miss of it is a typo, on an image too.
    [TestCase("FROM alpine:3.20\nENV X=$PAHT:/x\n", "2:7")]
    [TestCase("FROM alpine:3.20 AS base\nFROM base\nENV PATH=/opt/bin:$PTAH\n", "3:19")]
    [TestCase("FROM scratch\nENV X=$PAHT\n", "2:7")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM scratch\nARG SRC=a\nCOPY $SRC /app/\n")]
    [TestCase("FROM scratch\nARG SRC\nCOPY $SRC /app/\n")]
    [TestCase("FROM scratch\nARG A=1 B=$A\n")]
    [TestCase("FROM scratch\nENV A=1 B=$A\n")] // DF1047's
    [TestCase("FROM scratch\nRUN echo $UNDEFINED\n")] // the shell expands it
    [TestCase("FROM scratch\nCMD echo $UNDEFINED\n")]
    [TestCase("FROM scratch\nEXPOSE $PORT\n")]
    [TestCase("FROM scratch\nONBUILD COPY $SRC /app/\n")]
    [TestCase("FROM scratch\nCOPY --from=$STAGE /a /b\n")]
    [TestCase("FROM scratch\nWORKDIR $PATH\n")]
    [TestCase("FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\nWORKDIR ${PATH}\n")]
    [TestCase("FROM scratch\nCOPY $HTTP_PROXY /b\n")]
    [TestCase("FROM node:20\nWORKDIR $NODE_HOME\nENV X=$JAVA_HOME\n")] // may come from the image
    [TestCase("FROM node:20 AS base\nFROM base\nWORKDIR $HOME\n")]
    [TestCase("FROM scratch AS a\nARG X\nFROM a\nCOPY $X /b\n")] // BuildKit: a stage inherits its base stage's ARGs
    [TestCase("FROM scratch AS a\nARG X=1\nFROM a\nCOPY $X /b\n")]
    [TestCase("FROM golang:1.22\nWORKDIR $GOPATH/src\n")] // PATH is in scope, but GOPATH is not a typo of it
    [TestCase("FROM golang:1.22\nENV GOPATH_X=1\nWORKDIR $GOPATH/src\n")]
    [TestCase("FROM ${BASE}\n")] // DF1083's
    [TestCase("FROM scratch AS base\nENV HOME=/root\nFROM base\nWORKDIR $HOME\n")]
    [TestCase("FROM node:20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\n")]
    public void Silent(string dockerfile)
    {
        AssertSilent(Id, dockerfile);
        AssertSilent(Id, Crlf(dockerfile));
    }

    [Test]
    public void Message_names_the_variable_and_suggests_a_close_name()
    {
        Assert.That(Message(Id, "FROM scratch\nARG APP_VERSION=1\nCOPY app-${APP_VERSOIN} /app\n"),
            Is.EqualTo("`$APP_VERSOIN` is not defined by any ARG or ENV in scope, so it expands to an empty string; did you mean `$APP_VERSION`?"));
        Assert.That(Message(Id, "FROM scratch\nCOPY $SRC /app/\n"),
            Is.EqualTo("`$SRC` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it with `ARG SRC` or `ENV SRC=...` before this line"));
        Assert.That(Message(Id, "FROM node:20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM\n"),
            Is.EqualTo("`$APP_HOEM` is not defined by any ARG or ENV in scope (nor, probably, by the base image `node:20`), so it expands to an empty string; did you mean `$APP_HOME`?"));
    }

    [Test]
    public void Skipped_with_check_skip() =>
        AssertSilent(Id, "# check=skip=UndefinedVar\nFROM scratch\nCOPY $SRC /app/\n");
}
