using System;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Context;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Context
{
    [TestFixture]
    public sealed class BuildContextTests
    {
        private static readonly string[] ContextFiles =
        {
            "Dockerfile",
            ".dockerignore",
            "README.md",
            "CHANGES.md",
            "src/main.go",
            "src/util/helpers.go",
            "src/util/helpers_test.go",
            "docs/a.md",
            "docs/b.txt",
            "hom1.txt",
            "hom2.md",
            "homer/x.txt",
            "secret.env",
            "node_modules/lib/index.js",
            "tmp/",
        };

        private const string Ignore = "node_modules\n*.env\nsrc/**/*_test.go";

        private static readonly string[] AllKept =
        {
            ".dockerignore", "CHANGES.md", "Dockerfile", "README.md", "docs/a.md", "docs/b.txt",
            "hom1.txt", "hom2.md", "homer/x.txt", "src/main.go", "src/util/helpers.go",
        };

        // (source, --exclude patterns separated by ',', expected files separated by ',')
        private static readonly object[] SourceCases =
        {
            new object[] { "README.md", "", "README.md" },
            new object[] { "/README.md", "", "README.md" },
            new object[] { "./README.md", "", "README.md" },
            new object[] { "../README.md", "", "README.md" },
            new object[] { "src", "", "src/main.go,src/util/helpers.go" },
            new object[] { "src/", "", "src/main.go,src/util/helpers.go" },
            new object[] { "./src/util", "", "src/util/helpers.go" },
            new object[] { "*.md", "", "CHANGES.md,README.md,hom2.md" },
            new object[] { "hom*", "", "hom1.txt,hom2.md,homer/x.txt" },
            new object[] { "hom?.txt", "", "hom1.txt" },
            new object[] { "[CR]*.md", "", "CHANGES.md,README.md" },
            new object[] { "[^CR]*.md", "", "hom2.md" },
            new object[] { "src/*/*.go", "", "src/util/helpers.go" },
            new object[] { "*/main.go", "", "src/main.go" },
            new object[] { "**/*.go", "", "src/main.go" },
            new object[] { "*.env", "", "" },
            new object[] { "secret.env", "", "" },
            new object[] { "missing.txt", "", "" },
            new object[] { "node_modules", "", "" },
            new object[] { "tmp", "", "" },
            new object[] { "src/[", "", "" },
            new object[] { "hom*", "*.txt", "hom2.md" },
            new object[] { "docs", "*.md", "docs/b.txt" },
            new object[] { "docs/*", "*.md", "docs/b.txt" },
            new object[] { "hom*", "*,!hom1.txt", "hom1.txt" },
            new object[] { ".", "src,docs,*.md", ".dockerignore,Dockerfile,hom1.txt,homer/x.txt" },
        };

        [TestCaseSource(nameof(SourceCases))]
        public void MatchSource_ResolvesLikeBuildKit(string source, string excludes, string expected)
        {
            BuildContext context = BuildContext.FromFiles(ContextFiles, DockerIgnoreFile.Parse(Ignore));
            string[]? excludeList = excludes.Length == 0 ? null : excludes.Split(',');

            Assert.That(context.MatchSource(source, excludeList), Is.EqualTo(Split(expected)));
        }

        [TestCase(".")]
        [TestCase("")]
        [TestCase("/")]
        [TestCase("./")]
        public void MatchSource_DotIsTheWholeContextMinusIgnoredFiles(string source)
        {
            BuildContext context = BuildContext.FromFiles(ContextFiles, DockerIgnoreFile.Parse(Ignore));

            Assert.That(context.MatchSource(source), Is.EqualTo(AllKept));
        }

        [TestCase("tmp", true)]
        [TestCase("tmp/", true)]
        [TestCase("src", true)]
        [TestCase("src/util/helpers.go", true)]
        [TestCase("src/util/helpers_test.go", false)]
        [TestCase("node_modules", false)]
        [TestCase("node_modules/lib/index.js", false)]
        [TestCase("secret.env", false)]
        [TestCase("README.md", true)]
        [TestCase("nope", false)]
        [TestCase("", true)]
        public void Exists_ReportsWhatTheBuilderSees(string path, bool expected)
        {
            BuildContext context = BuildContext.FromFiles(ContextFiles, DockerIgnoreFile.Parse(Ignore));

            Assert.That(context.Exists(path), Is.EqualTo(expected));
        }

        [Test]
        public void Exists_DirectoryReincludedByAnException()
        {
            BuildContext context = BuildContext.FromFiles(new[] { "docs/README.md", "docs/x.md" }, DockerIgnoreFile.Parse("docs\n!docs/README.md"));

            Assert.That(context.IsIgnored("docs"), Is.True);
            Assert.That(context.Exists("docs"), Is.True);
            Assert.That(context.Exists("docs/x.md"), Is.False);
            Assert.That(context.MatchSource("docs"), Is.EqualTo(new[] { "docs/README.md" }));
        }

        [Test]
        public void FromFiles_ListsAllFilesIncludingIgnoredOnes()
        {
            BuildContext context = BuildContext.FromFiles(ContextFiles, DockerIgnoreFile.Parse(Ignore, ".dockerignore"));

            Assert.That(context.Files, Has.Count.EqualTo(ContextFiles.Length - 1));
            Assert.That(context.Files, Does.Contain("secret.env"));
            Assert.That(context.Files, Does.Not.Contain("tmp"));
            Assert.That(context.IsIgnored("secret.env"), Is.True);
            Assert.That(context.IgnoreFilePath, Is.EqualTo(".dockerignore"));
        }

        [Test]
        public void FromFiles_WithoutIgnoreFileIgnoresNothing()
        {
            BuildContext context = BuildContext.FromFiles(new[] { "./a", "/b/c" });

            Assert.That(context.Files, Is.EqualTo(new[] { "a", "b/c" }));
            Assert.That(context.IgnoreFile, Is.Null);
            Assert.That(context.IsIgnored("a"), Is.False);
            Assert.That(context.MatchSource("b"), Is.EqualTo(new[] { "b/c" }));
        }

        [Test]
        public void FromDirectory_PrefersDockerfileSpecificIgnoreFile()
        {
            string root = Path.Combine(Path.GetTempPath(), "dockerfile-analysis-" + Guid.NewGuid().ToString("N"));
            try
            {
                Write(root, "Dockerfile", "FROM scratch\n");
                Write(root, ".dockerignore", "*.log\n");
                Write(root, "app.log", "x");
                Write(root, "app.txt", "x");
                Write(root, "docker/Dockerfile.prod", "FROM scratch\n");
                Write(root, "docker/Dockerfile.prod.dockerignore", "*.txt\n");
                Directory.CreateDirectory(Path.Combine(root, "empty"));

                BuildContext general = BuildContext.FromDirectory(root);
                Assert.That(general.Files, Is.EqualTo(new[]
                {
                    ".dockerignore", "Dockerfile", "app.log", "app.txt", "docker/Dockerfile.prod", "docker/Dockerfile.prod.dockerignore",
                }));
                Assert.That(Path.GetFileName(general.IgnoreFilePath), Is.EqualTo(".dockerignore"));
                Assert.That(general.IsIgnored("app.log"), Is.True);
                Assert.That(general.IsIgnored("app.txt"), Is.False);
                Assert.That(general.Exists("empty"), Is.True);

                BuildContext specific = BuildContext.FromDirectory(root, "docker/Dockerfile.prod");
                Assert.That(Path.GetFileName(specific.IgnoreFilePath), Is.EqualTo("Dockerfile.prod.dockerignore"));
                Assert.That(specific.IsIgnored("app.log"), Is.False);
                Assert.That(specific.IsIgnored("app.txt"), Is.True);
                Assert.That(specific.MatchSource("app.*"), Is.EqualTo(new[] { "app.log" }));

                // The default Dockerfile name gets the same treatment.
                Write(root, "Dockerfile.dockerignore", "Dockerfile*\n");
                BuildContext byDefault = BuildContext.FromDirectory(root);
                Assert.That(Path.GetFileName(byDefault.IgnoreFilePath), Is.EqualTo("Dockerfile.dockerignore"));
                Assert.That(byDefault.IsIgnored("app.log"), Is.False);
                Assert.That(byDefault.IsIgnored("Dockerfile"), Is.True);

                // Without any ignore file nothing is ignored.
                File.Delete(Path.Combine(root, ".dockerignore"));
                File.Delete(Path.Combine(root, "Dockerfile.dockerignore"));
                BuildContext none = BuildContext.FromDirectory(root);
                Assert.That(none.IgnoreFile, Is.Null);
                Assert.That(none.IgnoreFilePath, Is.Null);
                Assert.That(none.IsIgnored("app.log"), Is.False);
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        [Test]
        public void FromDirectory_ListsSymbolicLinksAsEntriesWithoutFollowingThem()
        {
            // As BuildKit sends the context: links are entries of their own, so loops are one entry each.
            string root = Path.Combine(Path.GetTempPath(), "dockerfile-analysis-links-" + Guid.NewGuid().ToString("N"));
            try
            {
                Write(root, "L/Dockerfile", "FROM scratch\n");
                Write(root, "L/a/app.txt", "x");
                Directory.CreateSymbolicLink(Path.Combine(root, "L", "self"), ".");
                Directory.CreateSymbolicLink(Path.Combine(root, "L", "a", "up"), "..");
                Directory.CreateSymbolicLink(Path.Combine(root, "L", "a", "back"), "../../L");
                File.CreateSymbolicLink(Path.Combine(root, "L", "linked.txt"), "a/app.txt");
                File.CreateSymbolicLink(Path.Combine(root, "L", "dangling"), "missing");

                BuildContext context = BuildContext.FromDirectory(Path.Combine(root, "L"));
                Assert.That(context.Files, Is.EqualTo(new[] { "Dockerfile", "a/app.txt", "a/back", "a/up", "dangling", "linked.txt", "self" }));
                Assert.That(context.MatchSource("a"), Is.EqualTo(new[] { "a/app.txt", "a/back", "a/up" }));

                // A symbolic link as the context root is resolved, as BuildKit does.
                Directory.CreateSymbolicLink(Path.Combine(root, "root-link"), "L");
                Assert.That(BuildContext.FromDirectory(Path.Combine(root, "root-link")).Files, Is.EqualTo(context.Files));
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        [Test]
        public void FromDirectory_MissingDirectoryGivesEmptyContext()
        {
            string root = Path.Combine(Path.GetTempPath(), "dockerfile-analysis-missing-" + Guid.NewGuid().ToString("N"));

            BuildContext context = BuildContext.FromDirectory(root);

            Assert.That(context.Files, Is.Empty);
            Assert.That(context.IgnoreFile, Is.Null);
        }

        private static string[] Split(string list) => list.Length == 0 ? Array.Empty<string>() : list.Split(',');

        private static void Write(string root, string relative, string content)
        {
            string path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }
}
