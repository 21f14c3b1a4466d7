using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>The suppression comments in the Dockerfile work as in <c>dfa</c>, with our ids, hadolint's and BuildKit's.</summary>
public class SuppressionTests
{
    private static string[] IdsFor(string dockerfile) =>
        new AnalyzerHarness()
            .Dockerfile("Dockerfile", dockerfile)
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile"))
            .Run()
            .Select(d => d.Id)
            .ToArray();

    private static readonly string Sample = Samples.Read("python-pipenv/Dockerfile");

    [Test]
    public void The_sample_has_the_findings_the_suppressions_remove()
    {
        Assert.That(IdsFor(Sample.Replace("CMD [\"python\", \"app.py\"]", "CMD python app.py")), Is.SupersetOf(new[] { "DF2001", "DF2140", "DF1002" }));
    }

    [Test]
    public void A_dfa_ignore_comment_before_the_instruction_suppresses_it()
    {
        string dockerfile = Sample.Replace("RUN pipenv install", "# dfa ignore=DF2001 the image is rebuilt from scratch anyway\nRUN pipenv install");

        Assert.That(IdsFor(dockerfile), Does.Not.Contain("DF2001"));
        Assert.That(IdsFor(dockerfile), Does.Contain("DF2140"));
    }

    [Test]
    public void A_hadolint_ignore_comment_with_a_hadolint_id_suppresses_our_rule()
    {
        string dockerfile = Sample.Replace("RUN pipenv install", "# hadolint ignore=DL3059\nRUN pipenv install");

        Assert.That(IdsFor(dockerfile), Does.Not.Contain("DF2140"));
        Assert.That(IdsFor(dockerfile), Does.Contain("DF2001"));
    }

    [Test]
    public void A_global_ignore_comment_suppresses_the_rule_in_the_whole_file()
    {
        Assert.That(IdsFor(Sample.Replace("# pipenv itself", "# dfa global ignore=DF2001")), Does.Not.Contain("DF2001"));
    }

    [Test]
    public void The_BuildKit_check_directive_skips_a_check_by_name()
    {
        string dockerfile = "# check=skip=JSONArgsRecommended\n" + Sample.Replace("CMD [\"python\", \"app.py\"]", "CMD python app.py");

        Assert.That(IdsFor(dockerfile), Does.Not.Contain("DF1002"));
        Assert.That(IdsFor(dockerfile), Does.Contain("DF2001"));
    }
}
