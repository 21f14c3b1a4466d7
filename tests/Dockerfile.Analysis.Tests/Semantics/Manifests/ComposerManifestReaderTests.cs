using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class ComposerManifestReaderTests
{
    [Test]
    public void Reads_the_manifest_lock_and_auth_in_the_working_folder()
    {
        var files = Of(("api/composer.json", "{\"repositories\": {\"private\": {\"type\": \"composer\", \"url\": \"https://repo.example\"}}}"), ("api/composer.lock", "{}"), ("api/auth.json", "{}"));
        Assert.That(Describe(ComposerManifestReader.Read(files, string.Empty, "api")), Is.EqualTo(Known("api/composer.json", "api/composer.lock", "api/auth.json")));
        Assert.That(Describe(ComposerManifestReader.Read(files, "api", null)), Is.EqualTo(Known("api/composer.json", "api/composer.lock", "api/auth.json")));
    }

    [TestCase("{\"repositories\": {\"local\": {\"type\": \"path\", \"url\": \"modules/*\"}}}", "unknown: composer.json's `path` repository `modules/*` installs that folder, which is source code")]
    [TestCase("{\"repositories\": [{\"type\": \"artifact\", \"url\": \"./zips\"}]}", "unknown: composer.json's `artifact` repository reads the local folder `./zips`")]
    [TestCase("{\"extra\": {\"merge-plugin\": {\"include\": [\"modules/*/composer.json\"]}}}", "unknown: composer.json merges other composer.json files (`extra.merge-plugin`)")]
    [TestCase("{\"require\": ", "unknown: composer.json is not well-formed JSON")]
    public void Unknown_manifests(string manifest, string expected)
    {
        Assert.That(Describe(ComposerManifestReader.Read(Of(("composer.json", manifest)), string.Empty, null)), Is.EqualTo(expected));
    }
}
