using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2003Tests
{
    private const string Id = "DF2003";

    [TestCase("FROM debian\nARG VERSION=1.0\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSLO https://x/$VERSION.tgz\n", "2:5")]
    [TestCase("FROM debian\nARG A B\nRUN echo one\nRUN echo two\nRUN echo ${B}\n", "2:7")]
    [TestCase("FROM debian\nARG V\nRUN echo one\nCOPY . .\nENV APP_VERSION=$V\n", "2:5")]
    [TestCase("FROM debian\nARG V\nRUN echo one\nLABEL version=\"${V:-dev}\"\n", "2:5")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM debian\nRUN apt-get update\nARG VERSION\nRUN curl https://x/$VERSION.tgz\n")]
    [TestCase("FROM debian\nARG VERSION\nCOPY . .\nRUN curl https://x/$VERSION.tgz\n")]
    [TestCase("FROM debian\nARG VERSION\nRUN echo hi\n")]
    [TestCase("FROM debian\nARG VERSION\nRUN ./build.sh\nRUN echo $VERSION\n")]
    [TestCase("FROM debian\nARG http_proxy\nRUN echo a\nRUN echo $http_proxy\n")]
    [TestCase("FROM debian\nARG V\nRUN echo a\nARG V\nRUN echo $V\n")]
    [TestCase("FROM debian\nARG VERSION\nRUN echo a\nRUN echo $VERSION_X\n")]
    [TestCase("ARG V\nFROM debian\nRUN echo a\nRUN echo $V\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Message_counts_the_busted_layers_and_names_the_line()
    {
        Assert.That(Message(Id, "FROM debian\nARG V\nRUN echo one\nRUN echo two\nRUN echo $V\n"),
            Is.EqualTo("ARG `V` is declared here but first used on line 5: a different `--build-arg V` reruns 2 RUN layers in between that do not use it; move `ARG V` down to just before line 5"));
        Assert.That(Message(Id, "FROM debian\nARG V\nRUN echo one\nRUN echo $V\n"),
            Does.Contain("reruns 1 RUN layer in between that does not use it;"));
    }
}
