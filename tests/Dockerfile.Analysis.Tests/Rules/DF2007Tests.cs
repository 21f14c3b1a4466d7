using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2007Tests
{
    private const string Id = "DF2007";

    [TestCase("# syntax=docker/dockerfile:1\nFROM golang AS build\nRUN go build -o /out/app .\nFROM alpine\nCOPY --from=build /out/app /usr/local/bin/app\n", "5:1")]
    [TestCase("# syntax=docker/dockerfile:1.7\nFROM node\nWORKDIR /app\nCOPY package.json ./\n", "4:1")]
    [TestCase("# syntax=docker/dockerfile:1-labs\nFROM nginx\nCOPY --from=nginx:alpine /etc/nginx/nginx.conf /etc/nginx/\n", "3:1")]
    [TestCase("# syntax=docker.io/docker/dockerfile:1\nFROM scratch\ncopy --chown=1000:1000 app /app/\n", "3:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nCOPY --from=build /out /app\n")]
    [TestCase("# syntax=docker/dockerfile:1.2\nFROM alpine\nCOPY --from=build /out /app\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM alpine\nCOPY --link --from=build /out /app\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM alpine\nCOPY --chown=app app.py /app/\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM alpine\nONBUILD COPY . /app\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM alpine\nCOPY app.py $APP_HOME/\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Message_says_what_is_copied()
    {
        const string Head = "# syntax=docker/dockerfile:1\nFROM alpine\nWORKDIR /app\n";
        Assert.That(Message(Id, Head + "COPY --chmod=755 <<\"EOF\" /out/run.sh\necho hi\nEOF\n"), Does.Contain("writes a here-document to `/out/run.sh`"));
        Assert.That(Message(Id, Head + "COPY <<EOF config.json ./\n{}\nEOF\n"), Does.Contain("copies build-context files into the application folder `/app`"));
        Assert.That(Message(Id, Head + "COPY package.json ./\n"), Does.Contain("copies build-context files into the application folder `/app`"));
        Assert.That(Message(Id, Head + "COPY --from=build /out/app bin/\n"), Does.Contain("copies from `build` into `/app/bin`"));
    }
}
