using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Tests for <see cref="ShellScript"/> and <see cref="ShellCommand"/>.</summary>
[TestFixture]
public sealed class ShellScriptTests
{
    // Each expected command is "name|arg|arg..." (word values, quotes removed).
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("apt chain",
            "apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
            "apt-get|update", "apt-get|install|-y|--no-install-recommends|curl", "rm|-rf|/var/lib/apt/lists/*");
        yield return Case("set -eux preamble",
            "set -eux; savedAptMark=\"$(apt-mark showmanual)\"; apt-get update; apt-get install -y --no-install-recommends wget; apt-mark auto '.*' > /dev/null",
            "set|-eux", "", "apt-get|update", "apt-get|install|-y|--no-install-recommends|wget", "apt-mark|auto|.*|>|/dev/null");
        yield return Case("pipe", "curl -fsSL https://x/key | gpg --dearmor -o /k.gpg", "curl|-fsSL|https://x/key", "gpg|--dearmor|-o|/k.gpg");
        yield return Case("or", "make || true", "make", "true");
        yield return Case("quoted and-and", "sh -c 'a && b' && echo \"x || y\"", "sh|-c|a && b", "echo|x || y");
        yield return Case("double quoted escapes", "echo \"a\\\"b\" \"\\$HOME\" 'it''s'", "echo|a\"b|$HOME|its");
        yield return Case("backslash escapes", "echo a\\ b \\& c", "echo|a b|&|c");
        yield return Case("command substitution kept", "echo $(ls -la; pwd) && true", "echo|$(ls -la; pwd)", "true");
        yield return Case("nested substitution", "x=$(echo $(date) | tr a b) cmd", "cmd");
        yield return Case("backticks", "echo `uname -m | tr x y`; ls", "echo|`uname -m | tr x y`", "ls");
        yield return Case("parameter expansion", "echo ${A:-a b;c} done", "echo|${A:-a b;c}|done");
        yield return Case("arithmetic", "echo $((1 + (2 * 3)))", "echo|$((1 + (2 * 3)))");
        yield return Case("comment", "echo hi # apt-get install foo\nls", "echo|hi", "ls");
        yield return Case("hash inside word", "echo a#b", "echo|a#b");
        yield return Case("newlines", "apt-get update\napt-get install -y curl\n", "apt-get|update", "apt-get|install|-y|curl");
        yield return Case("line continuations", "apt-get install -y \\\n    curl \\\n    git", "apt-get|install|-y|curl|git");
        yield return Case("crlf continuations", "apk add \\\r\n  bash\r\n", "apk|add|bash");
        yield return Case("subshell", "(cd /src && make) && make install", "cd|/src", "make", "make|install");
        yield return Case("brace group", "{ echo a; echo b; } > /log", "echo|a", "echo|b");
        yield return Case("if then fi",
            "if [ -f /x ]; then apt-get install -y curl; else echo no; fi",
            "[|-f|/x|]", "apt-get|install|-y|curl", "echo|no");
        yield return Case("if not", "if ! command -v curl >/dev/null; then exit 1; fi", "command|-v|curl|>/dev/null", "exit|1");
        yield return Case("for loop", "for p in a b c; do pip install $p; done", "pip|install|$p");
        yield return Case("while loop", "while read -r line; do echo \"$line\"; done < /f", "read|-r|line", "echo|$line");
        yield return Case("case statement",
            "case \"$arch\" in\n  amd64) url=x ;;\n  arm64) url=y ;;\nesac\necho $url",
            "", "", "echo|$url");
        yield return Case("env prefix", "DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata", "apt-get|install|-y|tzdata");
        yield return Case("background", "dockerd & sleep 5", "dockerd", "sleep|5");
        yield return Case("redirect ampersand", "make 2>&1 >/dev/null && ls &>/dev/null", "make|2>&1|>/dev/null", "ls|&>/dev/null");
        yield return Case("heredoc skipped", "cat <<EOF > /etc/x\nrm -rf /\nEOF\necho done", "cat|<<EOF|>|/etc/x", "echo|done");
        yield return Case("heredoc quoted and spaced", "cat << 'END'\n$x && y\nEND\nls", "cat|<<|END", "ls");
        yield return Case("heredoc dash", "cat <<-EOT\n\tbody\n\tEOT\npwd", "cat|<<-EOT", "pwd");
        yield return Case("pip", "pip install --no-cache-dir -r requirements.txt", "pip|install|--no-cache-dir|-r|requirements.txt");
        yield return Case("sudo literal", "sudo apt-get install -y x", "sudo|apt-get|install|-y|x");
        yield return Case("function definition", "f() { echo in; }; f", "echo|in", "f");
        yield return Case("double semicolon and empties", ";; ; && echo x ;", "echo|x");
        yield return Case("unterminated quote", "echo 'abc && def", "echo|abc && def");
        yield return Case("unterminated substitution", "echo $(ls", "echo|$(ls");
        yield return Case("empty", string.Empty);
        yield return Case("only comment", "# nothing here");
    }

    [TestCaseSource(nameof(Cases))]
    public void ParsesCommands(string script, string[] expected)
    {
        ShellScript parsed = ShellScript.Parse(script);
        string[] actual = parsed.Commands
            .Select(c => c.EnvironmentAssignments.Count > 0 && c.Name.Length == 0 ? string.Empty : string.Join("|", new[] { c.Name }.Concat(c.Arguments)))
            .ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void RecordsOperators()
    {
        ShellScript parsed = ShellScript.Parse("a && b || c; d | e & f\ng");
        Assert.That(parsed.Commands.Select(c => c.PrecedingOperator), Is.EqualTo(new[]
        {
            ShellOperator.None, ShellOperator.AndAnd, ShellOperator.OrOr, ShellOperator.Semicolon,
            ShellOperator.Pipe, ShellOperator.Background, ShellOperator.Newline,
        }));
    }

    [Test]
    public void KeywordsKeepOperatorOfTheirLine()
    {
        ShellScript parsed = ShellScript.Parse("if true; then apt-get install x; fi");
        Assert.That(parsed.Commands[1].Name, Is.EqualTo("apt-get"));
        Assert.That(parsed.Commands[1].PrecedingOperator, Is.EqualTo(ShellOperator.Semicolon));
    }

    [Test]
    public void OffsetsPointIntoTheScript()
    {
        const string Script = "FOO=1 apt-get  install -y \"cu rl\" && rm -rf /tmp/*";
        ShellScript parsed = ShellScript.Parse(Script);
        ShellCommand first = parsed.Commands[0];

        Assert.That(first.EnvironmentAssignments, Is.EqualTo(new[] { "FOO=1" }));
        Assert.That(Script.Substring(first.Start, first.Length), Is.EqualTo("FOO=1 apt-get  install -y \"cu rl\""));
        ShellWord quoted = first.Words[4];
        Assert.That(quoted.Text, Is.EqualTo("\"cu rl\""));
        Assert.That(quoted.Value, Is.EqualTo("cu rl"));
        Assert.That(Script.Substring(quoted.Start, quoted.Length), Is.EqualTo(quoted.Text));
        Assert.That(Script.Substring(parsed.Commands[1].Start, parsed.Commands[1].Length), Is.EqualTo("rm -rf /tmp/*"));
    }

    [TestCase("apt-get install -y curl", "-y", true)]
    [TestCase("apt-get install -qy curl", "-y", true)]
    [TestCase("apt-get install -qy curl", "q", true)]
    [TestCase("apt-get install --yes curl", "--yes", true)]
    [TestCase("apt-get install --yes curl", "yes", true)]
    [TestCase("apt-get install --assume-yes curl", "--yes", false)]
    [TestCase("apt-get install curl", "-y", false)]
    [TestCase("apt-get install -- -y", "-y", false)]
    [TestCase("pip install --no-cache-dir x", "--no-cache-dir", true)]
    [TestCase("pip install --no-cache-dir=1 x", "--no-cache-dir", true)]
    [TestCase("pip install --no-cache x", "--no-cache-dir", false)]
    [TestCase("apt-get -o Dpkg::Options::=--force-confold install x", "-y", false)]
    public void HasFlag(string script, string flag, bool expected)
    {
        Assert.That(ShellScript.Parse(script).Commands[0].HasFlag(flag), Is.EqualTo(expected));
    }

    [TestCase("curl -o /x http://a", "-o", "/x")]
    [TestCase("curl -o/x http://a", "-o", "/x")]
    [TestCase("curl --output=/x http://a", "--output", "/x")]
    [TestCase("curl --output /x http://a", "output", "/x")]
    [TestCase("pip install --index-url= x", "--index-url", "")]
    [TestCase("curl http://a", "-o", null)]
    [TestCase("curl -o", "-o", null)]
    public void GetOptionValue(string script, string option, string? expected)
    {
        Assert.That(ShellScript.Parse(script).Commands[0].GetOptionValue(option), Is.EqualTo(expected));
    }

    [Test]
    public void SubcommandAndPositionalArguments()
    {
        ShellCommand command = ShellScript.Parse("apt-get -q install -y --no-install-recommends curl git -- -weird").Commands[0];

        Assert.That(command.Subcommand, Is.EqualTo("install"));
        Assert.That(command.PositionalArguments, Is.EqualTo(new[] { "curl", "git", "-weird" }));
    }

    [Test]
    public void NullScriptIsEmpty()
    {
        Assert.That(ShellScript.Parse(null!).Commands, Is.Empty);
    }

    [Test]
    public void FuzzNeverThrowsAndOffsetsStayInBounds()
    {
        var random = new Random(20240607);
        string[] pieces =
        {
            " ", "  ", "\n", "\\\n", "\\", "'", "\"", "$(", ")", "(", "${", "}", "{", "`", "&&", "||", "&", "|", ";", ";;",
            "#", "<<", "<<-", "EOF", "if", "then", "fi", "for", "do", "done", "case", "esac", "a", "-y", "--x=1", "=",
            "2>&1", ">", "\r", "\t", "é", "🖖", "x=1",
        };

        for (int i = 0; i < 5000; i++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 30);
            for (int j = 0; j < count; j++)
            {
                builder.Append(random.Next(4) == 0 ? ((char)random.Next(1, 0x250)).ToString() : pieces[random.Next(pieces.Length)]);
            }

            string script = builder.ToString();
            ShellScript parsed = null!;
            Assert.DoesNotThrow(() => parsed = ShellScript.Parse(script), script);
            foreach (ShellCommand command in parsed.Commands)
            {
                Assert.That(command.Start, Is.InRange(0, script.Length), script);
                Assert.That(command.Start + command.Length, Is.InRange(command.Start, script.Length), script);
                foreach (ShellWord word in command.Words)
                {
                    Assert.That(word.Start >= 0 && word.Length > 0 && word.Start + word.Length <= script.Length, Is.True, script);
                    Assert.That(script.Substring(word.Start, word.Length), Is.EqualTo(word.Text), script);
                }

                Assert.DoesNotThrow(() => command.HasFlag("-y"));
                Assert.DoesNotThrow(() => command.GetOptionValue("--x"));
            }
        }
    }

    private static TestCaseData Case(string name, string script, params string[] expected)
        => new TestCaseData(script, expected).SetName("ShellScript: " + name);
}
