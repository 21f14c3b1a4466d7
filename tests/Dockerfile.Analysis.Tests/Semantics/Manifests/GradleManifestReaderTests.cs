using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class GradleManifestReaderTests
{
    [Test]
    public void Groovy_includes_with_nested_paths_and_intermediate_projects()
    {
        var files = Of(
            ("settings.gradle", "/* projects */\ninclude 'app', ':b:c'\ninclude ':d',\n        ':e'\nproject(':e').projectDir = new File(settingsDir, 'modules/e')\n"),
            ("build.gradle", "apply from: 'gradle/deps.gradle'\n"),
            ("gradle/deps.gradle", "ext.versions = [:]"),
            ("app/build.gradle", "apply plugin: 'java'"),
            ("b/build.gradle", string.Empty),
            ("b/c/build.gradle.kts", string.Empty),
            ("d/build.gradle", "apply from: \"$rootDir/shared.gradle\""),
            ("modules/e/build.gradle", string.Empty),
            ("app/src/Main.java", "class Main {}"));
        var inputs = GradleManifestReader.Read(files, string.Empty, wrapper: false);
        Assert.That(Describe(inputs), Is.EqualTo("unknown: d/build.gradle applies a script that cannot be known (`apply from: \"$rootDir/shared.gradle\"`)"));

        files = Of(
            ("settings.gradle", "include 'app', ':b:c'\ninclude ':d',\n        ':e'\nproject(':e').projectDir = new File(settingsDir, 'modules/e')\n"),
            ("build.gradle", "apply from: 'gradle/deps.gradle'\n"),
            ("gradle/deps.gradle", "ext.versions = [:]"),
            ("app/build.gradle", string.Empty),
            ("b/build.gradle", string.Empty),
            ("b/c/build.gradle.kts", string.Empty),
            ("d/build.gradle", string.Empty),
            ("modules/e/build.gradle", string.Empty),
            ("gradlew", "#!/bin/sh"));
        Assert.That(Describe(GradleManifestReader.Read(files, string.Empty, wrapper: true)), Is.EqualTo(Known(
            "settings.gradle", "build.gradle", "gradle/", "app/build.gradle", "b/build.gradle", "b/c/build.gradle.kts",
            "d/build.gradle", "modules/e/build.gradle", "gradlew")));
    }

    [Test]
    public void A_single_project_without_settings()
    {
        var files = Of(("build.gradle.kts", string.Empty), ("gradle.properties", "x=1"), ("src/main/kotlin/A.kt", string.Empty));
        Assert.That(Describe(GradleManifestReader.Read(files, string.Empty, wrapper: true)), Is.EqualTo(Known("build.gradle.kts", "gradle.properties")));
    }

    [TestCase("includeBuild(\"build-logic\")", "unknown: settings.gradle.kts uses `includeBuild`, which reads another build")]
    [TestCase("include(listOf(\":a\"))", "unknown: settings.gradle.kts includes projects that cannot be read statically (`include listOf(\":a\"))`)")]
    [TestCase("include(\":lib\")\nproject(\":lib\").projectDir = rootDir.resolve(\"x\")", "unknown: settings.gradle.kts sets the folder of `:lib` through an expression (`rootDir.resolve(\"x\")`)")]
    [TestCase("include(\":docs\")", "unknown: the project `:docs` has no build script, so its folder docs/ holds only source")]
    [TestCase("include(\":missing\")", "unknown: the settings include `:missing`, whose folder missing/ is not in the build context")]
    [TestCase("val name = \"x\"\ninclude(\":$name\")", "unknown: settings.gradle.kts includes projects that cannot be read statically (`include \":$name\")`)")]
    public void Unknown_settings(string settings, string expected)
    {
        var files = Of(("settings.gradle.kts", settings), ("build.gradle.kts", string.Empty), ("docs/index.md", "# docs"), ("lib/build.gradle.kts", string.Empty));
        Assert.That(Describe(GradleManifestReader.Read(files, string.Empty, wrapper: false)), Is.EqualTo(expected));
    }

    [Test]
    public void Commented_out_includes_are_ignored()
    {
        var files = Of(("settings.gradle.kts", "// include(\":old\")\n/* include(\":older\") */\ninclude(\":app\") // the app\n"), ("app/build.gradle.kts", string.Empty));
        Assert.That(Describe(GradleManifestReader.Read(files, string.Empty, wrapper: false)), Is.EqualTo(Known("settings.gradle.kts", "app/build.gradle.kts")));
    }
}
