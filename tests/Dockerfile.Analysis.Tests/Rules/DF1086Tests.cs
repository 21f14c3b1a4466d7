using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1086Tests
{
    private const string Id = "DF1086";

    [TestCase("FROM alpine\nCOPY secret.env /app/\n", "secret.env,app.py", "secret.env", "2:6")]
    [TestCase("FROM alpine\nCOPY app.py config/local.env /app/\n", "app.py,config/local.env", "config", "2:13")]
    [TestCase("FROM alpine\nADD [\"node_modules\", \"/app/node_modules\"]\n", "node_modules/x/index.js", "node_modules", "2:6")]
    [TestCase("FROM alpine\nARG DIR=build\nCOPY $DIR /out\n", "build/a.o", "build", "3:6")]
    [TestCase("FROM alpine\nCOPY . /app\n", "a.txt", "*", "2:6")]
    [TestCase("FROM alpine\nCOPY --chown=1:1 ./logs/today.log /app/\n", "logs/today.log", "**/*.log", "2:18")]
    [TestCase("FROM alpine\nCOPY /dist/ /app\n", "dist/a.js", "dist", "2:6")]
    public void Reports(string dockerfile, string files, string dockerignore, string positions)
    {
        AssertReports(Id, dockerfile, positions, MakeContext(files, dockerignore));
        AssertReports(Id, Crlf(dockerfile), positions, MakeContext(files, dockerignore));
    }

    [TestCase("FROM alpine\nCOPY app.py /app/\n", "app.py,secret.env", "secret.env")]
    [TestCase("FROM alpine\nCOPY config/local.env /app/\n", "config/local.env", "config;!config/local.env")] // exceptions: skipped
    [TestCase("FROM alpine\nCOPY . /app\n", "a.txt,b.log", "*.log")]
    [TestCase("FROM alpine AS build\nFROM alpine\nCOPY --from=build /dist /app\n", "dist/a.js", "dist")]
    [TestCase("FROM alpine\nADD https://example.com/dist /app\n", "dist/a.js", "dist")]
    [TestCase("FROM alpine\nONBUILD COPY dist /app\n", "dist/a.js", "dist")]
    [TestCase("FROM alpine\nCOPY <<EOF /dist\nhello\nEOF\n", "dist/a.js", "dist")]
    [TestCase("FROM alpine\nCOPY dist /app\n", "dist/a.js", null)]
    public void Silent(string dockerfile, string files, string? dockerignore)
    {
        AssertSilent(Id, dockerfile, MakeContext(files, dockerignore));
        AssertSilent(Id, Crlf(dockerfile), MakeContext(files, dockerignore));
    }

    [Test]
    public void Silent_without_a_build_context() => AssertSilent(Id, "FROM alpine\nCOPY secret.env /app/\n");

    [Test]
    public void Message_names_the_source_and_the_pattern() =>
        Assert.That(Message(Id, "FROM alpine\nADD config/local.env /app/\n", MakeContext("config/local.env", "*.md;config")),
            Is.EqualTo("ADD source `config/local.env` is excluded by .dockerignore (pattern `config` on line 2), so the builder never receives it and this ADD fails or copies nothing; stop ignoring it in .dockerignore or remove it from the ADD"));
}
