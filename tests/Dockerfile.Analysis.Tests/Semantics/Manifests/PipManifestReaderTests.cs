using System.Collections.Generic;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class PipManifestReaderTests
{
    private static InstallInputs Read(Dictionary<string, string> files, params string[] roots) =>
        PipManifestReader.Read(new BuildContextManifestFiles(BuildContext.FromFiles(files)), string.Empty, roots);

    [Test]
    public void Includes_are_relative_to_the_including_file()
    {
        var inputs = Read(new()
        {
            ["requirements/prod.txt"] = "-r base.txt\n-c ../constraints.txt\n--requirement=extra/x.txt\n-rinline.txt\n",
            ["requirements/base.txt"] = "flask\n",
            ["requirements/extra/x.txt"] = "-r ../base.txt\n",
            ["requirements/inline.txt"] = "click\n",
            ["constraints.txt"] = "urllib3<3\n",
        }, "requirements/prod.txt");
        Assert.That(inputs.Paths, Is.EqualTo(new[] { "constraints.txt", "requirements/base.txt", "requirements/extra/x.txt", "requirements/inline.txt", "requirements/prod.txt" }));
    }

    [Test]
    public void A_cycle_is_reported_and_a_diamond_is_not()
    {
        var cycle = Read(new() { ["a.txt"] = "-r b.txt\n", ["b.txt"] = "-r a.txt\n" }, "a.txt");
        Assert.That(cycle.Reason, Is.EqualTo("a.txt and b.txt include each other, which pip cannot install"));
        var diamond = Read(new() { ["a.txt"] = "-r b.txt\n-r c.txt\n", ["b.txt"] = "-r d.txt\n", ["c.txt"] = "-r d.txt\n", ["d.txt"] = "x\n" }, "a.txt");
        Assert.That(diamond.Paths, Has.Length.EqualTo(4));
    }

    [TestCase("-e .\n", "r.txt installs the project itself (`-e .`)")]
    [TestCase("--editable ./libs/x\n", "r.txt installs local source (`-e ./libs/x`)")]
    [TestCase("-e git+https://github.com/a/b.git#egg=b\n", null)]
    [TestCase("./wheels/x-1.0-py3-none-any.whl\n", "r.txt installs from a local path (`./wheels/x-1.0-py3-none-any.whl`)")]
    [TestCase("x @ file:///tmp/x.whl\n", "r.txt installs from a local path (`x @ file:///tmp/x.whl`)")]
    [TestCase("x @ https://example.com/x.whl\n", null)]
    [TestCase("-f ./wheels\nx\n", "r.txt finds packages in a local folder (`-f ./wheels`)")]
    [TestCase("--find-links https://example.com/wheels\nx\n", null)]
    [TestCase("-r ../../outside.txt\n", "r.txt includes `../../outside.txt`, which is not a file of the build context")]
    [TestCase("-r ${BASE}.txt\n", "r.txt includes `${BASE}.txt`, which is not a file of the build context")]
    [TestCase("-r missing.txt\n", "r.txt includes missing.txt, which is not in the build context")]
    [TestCase("flask==3.0 \\\n    --hash=sha256:abc  # pinned\n# -e .\n", null)]
    public void Local_code_and_unresolvable_files_are_unknown(string text, string? reason)
    {
        var inputs = Read(new() { ["r.txt"] = text }, "r.txt");
        Assert.That(inputs.Reason, Is.EqualTo(reason));
    }

    [TestCase("$REQUIREMENTS", "the requirements file is a variable (`$REQUIREMENTS`)")]
    [TestCase("../r.txt", "`../r.txt` is outside the build context")]
    public void Command_line_files_that_cannot_be_resolved_are_unknown(string root, string reason) =>
        Assert.That(Read(new() { ["r.txt"] = "x\n" }, root).Reason, Is.EqualTo(reason));

    [Test]
    public void Following_is_bounded()
    {
        var files = new Dictionary<string, string>();
        for (int i = 0; i < 100; i++)
        {
            files[$"r{i}.txt"] = $"-r r{i + 1}.txt\n";
        }

        files["r100.txt"] = "x\n";
        Assert.That(Read(files, "r0.txt").Reason, Is.EqualTo($"the requirements files include more than {PipManifestReader.MaxFiles} others"));
    }
}
