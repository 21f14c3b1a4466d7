using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class MavenManifestReaderTests
{
    private static string Pom(string body) => "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">" + body + "</project>";

    [Test]
    public void Follows_modules_nested_and_parents_inside_the_context()
    {
        var files = Of(
            ("pom.xml", Pom("<modules><module>a</module><module>b/custom.xml</module></modules>")),
            ("a/pom.xml", Pom("<modules><module>../c</module></modules>")),
            ("b/custom.xml", Pom("<parent><relativePath>../parent/pom.xml</relativePath></parent>")),
            ("c/pom.xml", Pom("<modules><module>../a</module></modules>")),
            ("parent/pom.xml", Pom("<modules><module>never-built</module></modules>")),
            ("a/src/A.java", "class A {}"));
        Assert.That(Describe(MavenManifestReader.Read(files, string.Empty, null, false, None)),
            Is.EqualTo(Known("pom.xml", "a/pom.xml", "b/custom.xml", "c/pom.xml", "parent/pom.xml")));
    }

    [Test]
    public void A_parent_outside_the_context_or_empty_relative_path_is_not_read()
    {
        var files = Of(
            ("app/pom.xml", Pom("<parent><relativePath>../../pom.xml</relativePath></parent>")),
            ("lib/pom.xml", Pom("<parent><relativePath/></parent>")),
            ("pom.xml", Pom("<modules><module>app</module><module>lib</module></modules>")));
        Assert.That(Describe(MavenManifestReader.Read(files, "app", null, false, None)), Is.EqualTo(Known("app/pom.xml")));
    }

    [Test]
    public void File_option_wrapper_settings_and_mvn_folder()
    {
        var files = Of(
            ("svc/pom.xml", Pom(string.Empty)),
            ("mvnw", "#!/bin/sh"),
            (".mvn/maven.config", "-B"),
            ("ci/settings.xml", "<settings/>"));
        Assert.That(Describe(MavenManifestReader.Read(files, string.Empty, "svc", true, new[] { "ci/settings.xml" })),
            Is.EqualTo(Known("svc/pom.xml", "mvnw", ".mvn/", "ci/settings.xml")));
        Assert.That(Describe(MavenManifestReader.Read(files, string.Empty, "svc", false, new[] { "missing.xml" })),
            Is.EqualTo("unknown: the settings file `missing.xml` is not in the build context"));
    }

    [TestCase("<modules><module>../outside</module></modules>", "unknown: pom.xml lists the module `../outside`, which is outside the build context")]
    [TestCase("<profiles><profile><modules><module>${x}</module></modules></profile></profiles>", "unknown: pom.xml names a module through a property (`${x}`)")]
    [TestCase("<modules><module>gone</module></modules>", "unknown: pom.xml lists the module gone/pom.xml, which is not in the build context")]
    public void Unknown_modules(string body, string expected)
    {
        Assert.That(Describe(MavenManifestReader.Read(Of(("pom.xml", Pom(body))), string.Empty, null, false, None)), Is.EqualTo(expected));
    }

    [TestCase("<project><modules>")]
    [TestCase("<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><project><modules><module>&x;</module></modules></project>")]
    [TestCase("<settings/>")]
    public void Malformed_or_dtd_poms_are_unknown(string text)
    {
        Assert.That(Describe(MavenManifestReader.Read(Of(("pom.xml", text)), string.Empty, null, false, None)), Is.EqualTo("unknown: pom.xml is not a well-formed POM"));
    }
}
