using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2006Tests
{
    private const string Id = "DF2006";

    [TestCase("# syntax=docker/dockerfile:1\nFROM python\nRUN pip install -r requirements.txt\n", "3:5")]
    [TestCase("FROM node\nRUN --mount=type=secret,id=npmrc npm ci\n", "2:34")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM golang\nRUN go mod download && \\\n    go build -o /app .\n", "3:5 4:5")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM python\nRUN --mount=type=cache,target=/root/.npm python -m pip install flask\n", "3:42")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM debian\nONBUILD RUN apt-get install -y curl\n", "3:13")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM maven\nRUN [\"mvn\", \"package\"]\n", "3:5")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM python\nRUN pip install -r requirements.txt\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM python\nRUN --mount=type=cache,target=/root/.cache pip install flask\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM node\nRUN --mount=type=cache,dst=/root/.npm/ npm ci\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM node\nRUN npm run build\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM debian\nRUN pip freeze\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Message_names_the_cache_folder()
    {
        Assert.That(Message(Id, "# syntax=docker/dockerfile:1\nFROM node\nRUN npm ci --omit=dev\n"),
            Is.EqualTo("`npm ci --omit=dev` downloads into /root/.npm, which is thrown away whenever this layer rebuilds; this Dockerfile uses BuildKit, so add `--mount=type=cache,target=/root/.npm` to the RUN to reuse the downloads across builds"));
    }
}
