using Dockerfile.Analysis.Semantics.Manifests;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Semantics.Manifests.ManifestContext;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

public class BundlerManifestReaderTests
{
    [Test]
    public void Gemspec_with_path_and_name_and_a_required_version_file()
    {
        var files = Of(
            ("Gemfile", "source 'https://rubygems.org'\ngemspec path: 'gems/core', name: 'core'\nruby file: '.ruby-version'\neval_gemfile('Gemfile.local')\n"),
            ("Gemfile.local", "eval_gemfile 'Gemfile' # a cycle\n"),
            (".ruby-version", "3.3.5"),
            ("gems/core/core.gemspec", "$LOAD_PATH.unshift File.expand_path('lib', __dir__)\nrequire 'core/version'\nrequire 'json'\nGem::Specification.new { |s| s.version = Core::VERSION }\n"),
            ("gems/core/other.gemspec", string.Empty),
            ("gems/core/lib/core/version.rb", "require_relative 'build'\nmodule Core; VERSION = '1.0'; end\n"),
            ("gems/core/lib/core/build.rb", "module Core; BUILD = 1; end\n"),
            ("gems/core/lib/core.rb", "require 'core/version'"));
        Assert.That(Describe(BundlerManifestReader.Read(files, string.Empty, null)), Is.EqualTo(Known(
            "Gemfile", "Gemfile.local", ".ruby-version", "gems/core/core.gemspec", "gems/core/lib/core/version.rb", "gems/core/lib/core/build.rb")));
    }

    [TestCase("gem 'engine', :path => 'engines/engine'", "unknown: the Gemfile's `path:` gem `engines/engine` is source code")]
    [TestCase("path 'components' do\n  gem 'a'\nend", "unknown: Gemfile installs gems from a local folder (`path 'components' do`), which is source code")]
    [TestCase("eval_gemfile File.join(__dir__, 'extra.rb')", "unknown: Gemfile evaluates a Gemfile that cannot be known (`eval_gemfile File.join(__dir__, 'extra.rb')`)")]
    [TestCase("eval_gemfile \"gemfiles/#{ENV['SET']}.rb\"", "unknown: Gemfile evaluates a Gemfile that cannot be known (`eval_gemfile \"gemfiles/#{ENV['SET']}.rb\"`)")]
    [TestCase("eval_gemfile 'missing.rb'", "unknown: Gemfile loads missing.rb, which is not in the build context")]
    [TestCase("gemspec", "unknown: Gemfile uses `gemspec`, but the build context's root holds several .gemspec files")]
    [TestCase("instance_eval File.read('Gemfile.shared')", "unknown: Gemfile evaluates Ruby code it reads (`instance_eval File.read('Gemfile.shared')`)")]
    public void Unknown_gemfiles(string gemfile, string expected)
    {
        var files = Of(("Gemfile", gemfile), ("a.gemspec", string.Empty), ("b.gemspec", string.Empty));
        Assert.That(Describe(BundlerManifestReader.Read(files, string.Empty, null)), Is.EqualTo(expected));
    }

    [Test]
    public void A_gemspec_loading_a_file_by_expression_is_unknown()
    {
        var files = Of(("Gemfile", "gemspec"), ("x.gemspec", "require File.expand_path('lib/x/version', __dir__)\n"));
        Assert.That(Describe(BundlerManifestReader.Read(files, string.Empty, null)),
            Is.EqualTo("unknown: x.gemspec loads a file named by an expression (`require File.expand_path('lib/x/version', __dir__)`)"));
    }

    [Test]
    public void Gemfile_option_and_lock_and_bundle_config()
    {
        var files = Of(("ci/Gemfile", "gem 'rake' # path: 'not-an-option'"), ("ci/Gemfile.lock", string.Empty), ("ci/.bundle/config", "---"), ("Gemfile", string.Empty));
        Assert.That(Describe(BundlerManifestReader.Read(files, string.Empty, "ci/Gemfile")), Is.EqualTo(Known("ci/Gemfile", "ci/Gemfile.lock", "ci/.bundle/config")));
    }
}
