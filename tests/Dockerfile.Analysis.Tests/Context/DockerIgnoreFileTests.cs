using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Context
{
    [TestFixture]
    public sealed class DockerIgnoreFileTests
    {
        // (ignore file text, path relative to the context root, expected IsIgnored)
        private static readonly object[] MatchCases =
        {
            // "**": any number of directories, also none.
            new object[] { "**", "file", true },
            new object[] { "**", "dir/file", true },
            new object[] { "**/", "dir/file", true },
            new object[] { "dir/**", "dir/file", true },
            new object[] { "dir/**", "dir/a/b/file", true },
            new object[] { "dir/**", "dir", false },
            new object[] { "dir/**", "dir/", false },
            new object[] { "**/dir", "dir", true },
            new object[] { "**/dir", "a/b/dir/file", true },
            new object[] { "**/*.txt", "file.txt", true },
            new object[] { "**/*.txt", "a/b/file.txt", true },
            new object[] { "**/*.txt", "a/file.txt2", false },
            new object[] { "a**/*.txt", "a/dir/file.txt", true },
            new object[] { "**/foo/bar", "foo/bar", true },
            new object[] { "**/foo/bar", "x/y/foo/bar", true },
            new object[] { "**file", "dir/myfile", true },
            new object[] { "**/.foo", "bar.foo", false },
            new object[] { "**/node_modules", "pkg/node_modules/x.js", true },
            new object[] { "logs/**", "logs/2024/a.log", true },
            new object[] { "logs/**/*.log", "logs/a.log", true },
            new object[] { "logs/**/*.log", "logs/x/y/a.log", true },
            new object[] { "logs/**/*.log", "logs/a.txt", false },

            // "*": any run of characters other than '/'.
            new object[] { "*", "file", true },
            new object[] { "*", "dir/file", true },
            new object[] { "*.go", "main.go", true },
            new object[] { "*.go", "cmd/main.go", false },
            new object[] { "*/temp*", "somedir/temporary.txt", true },
            new object[] { "*/temp*", "temp", false },
            new object[] { "*/*/temp*", "a/b/temp.txt", true },
            new object[] { "a*/b", "a/c/b", false },
            new object[] { ".*", ".env", true },
            new object[] { ".*", "env", false },
            new object[] { "abc.def", "abcZdef", false },
            new object[] { "abc.def", "abc.def", true },

            // "?": exactly one character other than '/'.
            new object[] { "temp?", "temp1", true },
            new object[] { "temp?", "temp", false },
            new object[] { "temp?", "temp12", false },
            new object[] { "a?c", "a/c", false },

            // Character classes.
            new object[] { "file[a-c].txt", "fileb.txt", true },
            new object[] { "file[a-c].txt", "filed.txt", false },
            new object[] { "file[abc]", "filec", true },
            new object[] { "[^a]*", "abc", false },
            new object[] { "[^a]*", "bcd", true },
            new object[] { "a[^b-d]e", "aze", true },
            new object[] { "a[^b-d]e", "ace", false },

            // Only '^' negates; "[!a]" is the class of '!' and 'a' (patternmatcher hands classes to Go's regexp).
            new object[] { "[!a]x", "bx", false },
            new object[] { "[!a]x", "!x", true },
            new object[] { "[!a]x", "ax", true },

            // Exceptions: the last matching rule wins.
            new object[] { "*.md\n!README.md", "README.md", false },
            new object[] { "*.md\n!README.md", "CHANGES.md", true },
            new object[] { "!README.md\n*.md", "README.md", true },
            new object[] { "docs\n!docs/README.md", "docs/README.md", false },
            new object[] { "docs\n!docs/README.md", "docs/other.md", true },
            new object[] { "docs/\n!docs/README.md", "docs/README.md", false },
            new object[] { "**\n!util/docker/web", "util/docker/web/foo", false },
            new object[] { "**\n!util/docker/web\nutil/docker/web/foo", "util/docker/web/foo", true },
            new object[] { "*\n!src\nsrc/*.tmp", "src/a.tmp", true },
            new object[] { "*\n!src\nsrc/*.tmp", "src/a.cs", false },
            new object[] { "!keep.txt", "keep.txt", false },
            new object[] { "*\n!   keep.txt", "keep.txt", false },

            // Leading and trailing '/', cleaning.
            new object[] { "/secret", "secret", true },
            new object[] { "/secret", "a/secret", false },
            new object[] { "build/", "build/out.bin", true },
            new object[] { "//a//b/", "a/b/c", true },
            new object[] { "./node_modules", "node_modules/x/index.js", true },
            new object[] { "a/../b", "b", true },
            new object[] { "a/../b", "a/b", false },

            // Paths given with "./", "/" or a trailing "/".
            new object[] { "docs", "./docs/x", true },
            new object[] { "docs", "/docs", true },
            new object[] { "docs", "docs/", true },

            // Comments, blank lines, line endings, byte order mark, surrounding blanks.
            new object[] { "# comment\nfoo", "# comment", false },
            new object[] { "# comment\nfoo", "foo", true },
            new object[] { " # not a comment", "# not a comment", true },
            new object[] { "\n\n   \nfoo\n", "foo", true },
            new object[] { "foo\r\nbar\r\n", "bar", true },
            new object[] { "\uFEFFfoo", "foo", true },
            new object[] { "  foo  ", "foo", true },

            // A rule matching a directory takes everything below it, but only whole names.
            new object[] { "node_modules", "node_modules/a/b/c.js", true },
            new object[] { "a/b", "a/b/c/d", true },
            new object[] { "a/b", "a/bc", false },

            // Escapes.
            new object[] { "a\\*b", "a*b", true },
            new object[] { "a\\*b", "axb", false },
            new object[] { "a\\?", "a?", true },
            new object[] { "a\\?", "ab", false },
            new object[] { "\\[x\\]", "[x]", true },
            new object[] { "a\\\\", "a\\", true },

            // Characters that are special to regular expressions are literal.
            new object[] { "a(b)c/def", "a(b)c/def", true },
            new object[] { "a+b", "aab", false },
            new object[] { "a+b", "a+b", true },
            new object[] { "dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true },

            // The context root itself is never ignored.
            new object[] { "*", ".", false },
            new object[] { "**", "", false },
        };

        [TestCaseSource(nameof(MatchCases))]
        public void IsIgnored_FollowsDockerSemantics(string ignoreText, string path, bool expected)
        {
            DockerIgnoreFile file = DockerIgnoreFile.Parse(ignoreText);

            Assert.That(file.Errors, Is.Empty);
            Assert.That(file.IsIgnored(path), Is.EqualTo(expected));
            Assert.That(file.Excludes(path), Is.EqualTo(expected));
        }

        // (ignore file text, expected "line:column" of each error)
        private static readonly object[] ErrorCases =
        {
            new object[] { "foo\n[\nbar", new[] { "2:1" } },
            new object[] { "  [", new[] { "1:3" } },
            new object[] { "ok\n!", new[] { "2:1" } },
            new object[] { "!/", new[] { "1:1" } },
            new object[] { "a\\", new[] { "1:1" } },
            new object[] { "[a-]", new[] { "1:1" } },
            new object[] { "[]a]", new[] { "1:1" } },
            new object[] { "x[\n# c\n\n  *.[", new[] { "1:1", "4:3" } },
        };

        [TestCaseSource(nameof(ErrorCases))]
        public void Parse_ReportsBadPatternsWithPositions(string ignoreText, string[] expected)
        {
            DockerIgnoreFile file = DockerIgnoreFile.Parse(ignoreText);

            Assert.That(file.Errors.Select(e => e.Line + ":" + e.Column), Is.EqualTo(expected));
            Assert.That(file.Errors.All(e => e.Message.Length > 0), Is.True);
        }

        [Test]
        public void Parse_KeepsValidRulesAroundABadOne()
        {
            DockerIgnoreFile file = DockerIgnoreFile.Parse("foo\n[\nbar");

            Assert.That(file.Patterns.Select(p => p.Text), Is.EqualTo(new[] { "foo", "bar" }));
            Assert.That(file.IsIgnored("bar"), Is.True);
            Assert.That(file.IsIgnored("["), Is.False);
        }

        [Test]
        public void Parse_NormalizesPatternsAndRecordsPositions()
        {
            DockerIgnoreFile file = DockerIgnoreFile.Parse("# header\n\n  !/docs/../src/  \n*.log", "ctx/.dockerignore");

            Assert.That(file.Path, Is.EqualTo("ctx/.dockerignore"));
            Assert.That(file.Patterns, Has.Count.EqualTo(2));
            DockerIgnorePattern first = file.Patterns[0];
            Assert.That(first.Text, Is.EqualTo("src"));
            Assert.That(first.IsExclusion, Is.True);
            Assert.That(first.Line, Is.EqualTo(3));
            Assert.That(first.Column, Is.EqualTo(3));
            Assert.That(first.ToString(), Is.EqualTo("!src"));
            DockerIgnorePattern second = file.Patterns[1];
            Assert.That(second.Text, Is.EqualTo("*.log"));
            Assert.That(second.IsExclusion, Is.False);
            Assert.That(second.Line, Is.EqualTo(4));
            Assert.That(second.Column, Is.EqualTo(1));
        }

        [Test]
        public void Parse_EmptyOrNullTextHasNoRules()
        {
            Assert.That(DockerIgnoreFile.Parse(string.Empty).Patterns, Is.Empty);
            Assert.That(DockerIgnoreFile.Parse(null!).Patterns, Is.Empty);
            Assert.That(DockerIgnoreFile.Parse(string.Empty).IsIgnored("a"), Is.False);
        }

        [Test]
        public void IsIgnored_AcceptsManyPathsWithoutThrowing()
        {
            DockerIgnoreFile file = DockerIgnoreFile.Parse("**/*.tmp\n!keep/**");
            var paths = new List<string> { "", ".", "/", "..", "../x.tmp", "a/../../b.tmp", "keep/a.tmp", "\\x.tmp" };

            Assert.That(paths.Select(file.IsIgnored), Is.EqualTo(new[] { false, false, false, false, true, true, false, true }));
        }
    }
}
