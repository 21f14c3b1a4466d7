using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2005Tests
{
    private const string Id = "DF2005";

    [TestCase("FROM python:3.12\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY . .\n", "2:42")]
    [TestCase("FROM alpine\nRUN apk add --no-cache build-base\n", "2:24")]
    [TestCase("FROM fedora\nRUN dnf install -y make openssl-devel\n", "2:20")]
    [TestCase("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n", "1:6")]
    [TestCase("FROM node:20 AS deps\nRUN echo hi\nFROM node:20\nCOPY . .\nRUN npm run build\n", "3:6")]
    [TestCase("FROM debian\nRUN apt-get update \\\n && apt-get install -y \\\n      build-essential\n", "4:7")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM golang AS build\nRUN go build -o /app .\nFROM alpine\nRUN apk add gcc\nCOPY --from=build /app /app\n")]
    [TestCase("FROM gcc AS build\nRUN make\nFROM debian\nRUN apt-get install -y make\nCOPY --from=0 /out /out\n")]
    [TestCase("FROM debian\nRUN apt-get update && apt-get install -y gcc && make && apt-get purge -y gcc\n")]
    [TestCase("FROM alpine\nRUN apk add --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n")]
    [TestCase("FROM node:20\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n")]
    [TestCase("FROM debian\nRUN apt-get install -y curl ca-certificates\n")]
    [TestCase("FROM golang AS build\nRUN apt-get install -y gcc\nFROM build\nRUN go build .\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Messages_name_the_packages_or_the_image()
    {
        Assert.That(Message(Id, "FROM debian\nRUN apt-get install -y gcc g++ libssl-dev curl\n"),
            Is.EqualTo("The final stage installs the build packages `gcc`, `g++` and `libssl-dev` with `apt-get install` and never removes them, so the toolchain ships in the final image; build in an earlier stage and `COPY --from` only the results into a runtime image"));
        Assert.That(Message(Id, "FROM golang:1.22\nRUN go build -o /app .\n"), Does.StartWith("The final stage is based on the SDK image `golang:1.22` and runs `go build -o /app .`"));
    }
}
