using System.Linq;
using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class TomlReaderTests
{
    private static string[] Strings(string text) =>
        TomlReader.Read(text)!.Where(e => e.Key.Length > 0)
            .Select(e => $"{e.Table}|{e.Key}={(e.IsArray ? "[" + string.Join(",", e.Values) + "]" : e.Value)}").ToArray();

    [Test]
    public void Reads_tables_keys_strings_arrays_and_inline_tables()
    {
        const string text =
            "# a manifest\n" +
            "title = \"x\" # trailing comment\n" +
            "[workspace]\n" +
            "members = [\n  \"crates/*\", # glob\n  'tools/gen',\n]\n" +
            "[dependencies]\n" +
            "serde = { version = \"1\", features = [\"derive\"], optional = true }\n" +
            "local.path = '../local'\n" +
            "\"quoted.key\" = \"\"\"multi\nline\"\"\"\n" +
            "[target.'cfg(unix)'.dependencies]\n" +
            "nix = { path = \"vendor/nix\" }\n" +
            "[[bin]]\nname = \"a\"\n[[bin]]\nname = \"b\"\n";
        Assert.That(Strings(text), Is.EqualTo(new[]
        {
            "|title=x",
            "workspace|members=[crates/*,tools/gen]",
            "dependencies|serde.version=1",
            "dependencies|serde.features=[derive]",
            "dependencies|local.path=../local",
            "dependencies|quoted.key=multi\nline",
            "target.cfg(unix).dependencies|nix.path=vendor/nix",
            "bin|name=a",
            "bin|name=b",
        }));
        var bins = TomlReader.Read(text)!.Where(e => e.Table == "bin" && e.Key == "name").Select(e => e.TableIndex).ToArray();
        Assert.That(bins[0], Is.Not.EqualTo(bins[1]));
    }

    [Test]
    public void Marks_headers_and_skips_other_values()
    {
        var entries = TomlReader.Read("[lib]\nproc-macro = true\nversion = 3\n")!;
        Assert.That(entries.Select(e => (e.Table, e.Key)), Is.EqualTo(new[] { ("lib", string.Empty) }));
    }

    [TestCase("key = \"unterminated\n")]
    [TestCase("[table\nkey = 'x'\n")]
    [TestCase("key = [\"a\" \"b\"]\n")]
    [TestCase("= 'x'\n")]
    [TestCase("key = 'x' junk\n")]
    public void Malformed_documents_give_null(string text)
    {
        Assert.That(TomlReader.Read(text), Is.Null);
    }

    [Test]
    public void Deep_nesting_gives_null_without_recursion()
    {
        Assert.That(TomlReader.Read("key = " + new string('[', 100000) + "\n"), Is.Null);
    }
}
