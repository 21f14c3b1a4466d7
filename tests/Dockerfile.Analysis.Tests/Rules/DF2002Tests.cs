using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2002Tests
{
    private const string Id = "DF2002";

    [TestCase("FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n", "2:5")]
    [TestCase("FROM alpine\nRUN apk update\n", "2:5")]
    [TestCase("FROM centos\nRUN yum makecache\n", "2:5")]
    [TestCase("FROM fedora\nRUN dnf -q makecache && echo done\n", "2:5")]
    [TestCase("FROM opensuse/leap\nRUN zypper --non-interactive refresh\n", "2:5")]
    [TestCase("FROM archlinux\nRUN pacman -Sy\n", "2:5")]
    [TestCase("FROM debian\nRUN echo hi && \\\n    sudo apt update\n", "3:10")]
    [TestCase("FROM debian\nONBUILD RUN apt-get update\n", "2:13")]
    [TestCase("FROM debian\nRUN [\"apt-get\", \"update\"]\n", "2:5")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM debian\nRUN apt-get update && apt-get install -y curl\n")]
    [TestCase("FROM debian\nRUN apt-get update \\\n && apt-get -y --no-install-recommends install curl\n")]
    [TestCase("FROM alpine\nRUN apk update && apk add curl\n")]
    [TestCase("FROM centos\nRUN yum makecache && yum install -y git\n")]
    [TestCase("FROM debian\nRUN apt-get update && apt-get upgrade -y\n")]
    [TestCase("FROM debian\nRUN apt-get update && ./install-deps.sh\n")]
    [TestCase("FROM archlinux\nRUN pacman -Syu --noconfirm\n")]
    [TestCase("FROM alpine\nRUN apk add --no-cache curl\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void Message_names_the_command_and_the_install_to_join()
    {
        Assert.That(Message(Id, "FROM debian\nRUN apt-get update\n"), Does.StartWith("`apt-get update` refreshes the package index in a RUN that installs nothing").And.Contains("`apt-get update && apt-get install ...`"));
        Assert.That(Message(Id, "FROM alpine\nRUN apk update\n"), Does.Contain("`apk update && apk add ...`"));
    }
}
