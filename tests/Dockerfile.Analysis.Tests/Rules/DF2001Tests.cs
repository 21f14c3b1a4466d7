using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2001Tests
{
    // A context whose files have text (package.json "{}"), as the JavaScript reader needs to read package.json.
    private static BuildContext WithText(string[] files, DockerIgnoreFile? ignore = null) =>
        BuildContext.FromFiles(files.ToDictionary(f => f, f => f.EndsWith(".json", System.StringComparison.Ordinal) ? "{}" : string.Empty), ignore);

    private const string NoContext = " (no fix: a build context is needed to know which files it reads)";

    private static string[] Df2001Messages(string dockerfile, AnalysisOptions? options = null) =>
        DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(dockerfile), options)
            .Where(d => d.Id == "DF2001")
            .Select(d => d.GetMessage())
            .ToArray();

    [TestCase("pip install -r requirements.txt", "requirements.txt")]
    [TestCase("pip3 install --no-cache-dir -r requirements-prod.txt", "requirements-prod.txt")]
    [TestCase("python -m pip install -r requirements.txt", "requirements.txt")]
    [TestCase("python3 -m pip install --requirement=requirements.txt", "requirements.txt")]
    [TestCase("pipenv install --deploy --system", "Pipfile and Pipfile.lock")]
    [TestCase("poetry install --no-root", "pyproject.toml and poetry.lock")]
    [TestCase("uv sync --frozen", "pyproject.toml and uv.lock")]
    [TestCase("npm ci", "package.json and package-lock.json")]
    [TestCase("npm install", "package.json and package-lock.json")]
    [TestCase("yarn install --frozen-lockfile", "package.json and yarn.lock")]
    [TestCase("yarn", "package.json and yarn.lock")]
    [TestCase("pnpm install --frozen-lockfile", "package.json and pnpm-lock.yaml")]
    [TestCase("go mod download", "go.mod and go.sum")]
    [TestCase("cargo fetch", "Cargo.toml and Cargo.lock")]
    [TestCase("dotnet restore", "*.sln, *.slnx and *.*proj")]
    [TestCase("dotnet restore src/Api/Api.csproj -r linux-x64", "src/Api/Api.csproj")]
    [TestCase("./mvnw -B dependency:go-offline", "pom.xml")]
    [TestCase("mvn -f services/pom.xml dependency:go-offline", "services/pom.xml")]
    [TestCase("mvn -fae -B dependency:go-offline", "pom.xml")]
    [TestCase("BUNDLE_GEMFILE=gemfiles/rails.gemfile bundle install", "gemfiles/rails.gemfile")]
    [TestCase("bundle install --gemfile=gemfiles/ci.gemfile", "gemfiles/ci.gemfile")]
    [TestCase("cargo fetch --manifest-path api/Cargo.toml", "api/Cargo.toml")]
    [TestCase("mvn -B dependency:go-offline", "pom.xml")]
    [TestCase("mvn dependency:resolve", "pom.xml")]
    [TestCase("bundle install", "Gemfile and Gemfile.lock")]
    [TestCase("composer install --no-dev", "composer.json and composer.lock")]
    [TestCase("bun install --frozen-lockfile", "package.json and bun.lock*")]
    [TestCase("bun i", "package.json and bun.lock*")]
    [TestCase("gradle dependencies --no-daemon", "build.gradle*, settings.gradle* and gradle.properties*")]
    [TestCase("gradle :app:dependencies --configuration runtimeClasspath", "build.gradle*, settings.gradle* and gradle.properties*")]
    [TestCase("gradle --refresh-dependencies", "build.gradle*, settings.gradle* and gradle.properties*")]
    [TestCase("./gradlew resolveDependencies", "build.gradle*, settings.gradle*, gradle.properties*, gradlew and gradle/")]
    [TestCase("./gradlew dependencies --refresh-dependencies", "build.gradle*, settings.gradle*, gradle.properties*, gradlew and gradle/")]
    [TestCase("mix deps.get --only prod", "mix.exs and mix.lock")]
    [TestCase("pod install", "Podfile and Podfile.lock")]
    [TestCase("swift package resolve", "Package.swift and Package.resolved")]
    [TestCase("dart pub get", "pubspec.yaml and pubspec.lock")]
    [TestCase("flutter pub get", "pubspec.yaml and pubspec.lock")]
    [TestCase("conda env create -f environment.yml", "environment.yml")]
    [TestCase("conda env create", "environment.yml")]
    [TestCase("mamba env update --file=env/conda.yaml", "env/conda.yaml")]
    [TestCase("micromamba install -y -n base -f env.yaml", "env.yaml")]
    [TestCase("pip install -r requirements/prod.txt", "requirements/prod.txt")]
    public void Reports_install_after_whole_source_copy(string install, string manifests)
    {
        var messages = Df2001Messages($"FROM base\nWORKDIR /app\nCOPY . .\nRUN {install}\n");
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.StartWith($"`{install}` runs after `COPY . .`, so every source change reinstalls dependencies and rebuilds 1 layer; copy {manifests} first and install before copying the source (no fix: "));
        Assert.That(messages[0], Does.EndWith(")"));
    }

    [Test]
    public void Message_counts_later_layers_and_names_the_copy()
    {
        var messages = Df2001Messages("FROM node:22\nWORKDIR /app\nCOPY --chown=node . /app\nRUN echo hi\nRUN apt-get update && npm ci\nRUN npm run build\nCMD [\"node\", \"x\"]\n");
        Assert.That(messages, Is.EqualTo(new[]
        {
            "`npm ci` runs after `COPY --chown=node . /app`, so every source change reinstalls dependencies and rebuilds 3 layers; copy package.json and package-lock.json first and install before copying the source" + NoContext,
        }));
    }

    [TestCase("ADD . /app")]
    [TestCase("COPY --link . ./")]
    [TestCase("COPY [\".\", \".\"]")]
    public void Other_whole_context_copies_count(string copy)
    {
        Assert.That(Df2001Messages($"FROM node\nWORKDIR /app\n{copy}\nRUN npm ci\n"), Has.Length.EqualTo(1));
    }

    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN pip install .\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN pip install -e .\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN pip install flask gunicorn\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm install -g serve\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm install left-pad\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm ci --omit=dev\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm ci\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install -r requirements.txt\n")]
    [TestCase("FROM node AS build\nWORKDIR /app\nCOPY . .\nFROM node\nWORKDIR /app\nRUN npm ci\n")]
    [TestCase("FROM node AS build\nWORKDIR /app\nFROM node\nWORKDIR /app\nCOPY --from=build /app .\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY src/ ./src\nRUN npm ci\n")]
    [TestCase("FROM node\nCOPY . /src\nWORKDIR /app\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nRUN npm ci\nCOPY . .\n")]
    public void Silent(string dockerfile)
    {
        Assert.That(Df2001Messages(dockerfile), Is.Empty);
    }

    // The other ecosystems: installs that need the source, manifests copied and installed first, another stage.
    [TestCase("FROM oven/bun\nWORKDIR /app\nCOPY . .\nRUN bun add left-pad\n")]
    [TestCase("FROM oven/bun\nWORKDIR /app\nCOPY . .\nRUN bun install -g serve\n")]
    [TestCase("FROM oven/bun\nWORKDIR /app\nCOPY package.json bun.lockb ./\nRUN bun install --frozen-lockfile\nCOPY . .\nRUN bun install --production\n")]
    [TestCase("FROM oven/bun\nWORKDIR /app\nCOPY package.json bun.lock* ./\nRUN bun install\nCOPY . .\nRUN bun install\n")]
    [TestCase("FROM oven/bun AS deps\nWORKDIR /app\nCOPY . .\nFROM oven/bun\nWORKDIR /app\nRUN bun install\n")]
    [TestCase("FROM gradle\nWORKDIR /app\nCOPY . .\nRUN gradle build --no-daemon\n")]
    [TestCase("FROM gradle\nWORKDIR /app\nCOPY . .\nRUN ./gradlew bootJar\n")]
    [TestCase("FROM gradle\nWORKDIR /app\nCOPY . .\nRUN gradle build --refresh-dependencies\n")]
    [TestCase("FROM gradle\nWORKDIR /app\nCOPY . .\nRUN gradle -p server dependencies\n")]
    [TestCase("FROM gradle\nWORKDIR /app\nCOPY build.gradle.kts settings.gradle.kts ./\nRUN gradle dependencies\nCOPY . .\nRUN gradle dependencies\n")]
    [TestCase("FROM eclipse-temurin\nWORKDIR /app\nCOPY gradlew build.gradle ./\nCOPY gradle/ ./gradle/\nRUN ./gradlew dependencies\nCOPY . .\nRUN ./gradlew dependencies\n")]
    [TestCase("FROM gradle AS build\nWORKDIR /app\nCOPY . .\nFROM gradle\nWORKDIR /app\nRUN gradle dependencies\n")]
    [TestCase("FROM elixir\nWORKDIR /app\nCOPY . .\nRUN mix compile\n")]
    [TestCase("FROM elixir\nWORKDIR /app\nCOPY mix.exs mix.lock ./\nRUN mix deps.get\nCOPY . .\nRUN mix deps.get\n")]
    [TestCase("FROM elixir AS src\nWORKDIR /app\nCOPY . .\nFROM elixir\nWORKDIR /app\nRUN mix deps.get\n")]
    [TestCase("FROM swift\nWORKDIR /app\nCOPY . .\nRUN swift build\n")]
    [TestCase("FROM swift\nWORKDIR /app\nCOPY ./Package.* ./\nRUN swift package resolve\nCOPY . .\nRUN swift package resolve\n")]
    [TestCase("FROM dart\nWORKDIR /app\nCOPY pubspec.* ./\nRUN dart pub get\nCOPY . .\nRUN dart pub get --offline\n")]
    [TestCase("FROM dart\nWORKDIR /app\nCOPY . .\nRUN dart compile exe bin/server.dart\n")]
    [TestCase("FROM ruby\nWORKDIR /app\nCOPY Podfile Podfile.lock ./\nRUN pod install\nCOPY . .\nRUN pod install\n")]
    [TestCase("FROM conda\nWORKDIR /app\nCOPY environment.yml .\nRUN conda env create -f environment.yml\nCOPY . .\nRUN conda env update -f environment.yml\n")]
    [TestCase("FROM conda\nWORKDIR /app\nCOPY . .\nRUN conda env create -f /tmp/environment.yml\n")]
    [TestCase("FROM conda\nWORKDIR /app\nCOPY . .\nRUN conda install -y numpy\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY requirements/ requirements/\nRUN pip install -r requirements/prod.txt\nCOPY . .\nRUN pip install -r requirements/prod.txt\n")]
    public void Silent_in_the_other_ecosystems(string dockerfile)
    {
        Assert.That(Df2001Messages(dockerfile), Is.Empty);
    }

    [TestCase("FROM oven/bun:1\nWORKDIR /app\nCOPY package.json ./\nCOPY . .\nRUN bun install\n")]
    [TestCase("FROM gradle:8-jdk21\nWORKDIR /home/gradle/project\nCOPY --chown=gradle:gradle . .\nRUN gradle dependencies --no-daemon\nRUN gradle build --no-daemon\n")]
    [TestCase("FROM elixir:1.17\nWORKDIR /app\nRUN mix local.hex --force\nCOPY . .\nRUN mix deps.get --only prod && mix compile\n")]
    public void Reports_in_the_other_ecosystems(string dockerfile)
    {
        Assert.That(Df2001Messages(dockerfile), Has.Length.EqualTo(1));
    }

    [Test]
    public void Build_context_keeps_the_gradle_patterns_that_match()
    {
        var context = WithText(new[] { "build.gradle.kts", "settings.gradle.kts", "gradlew", "gradle/wrapper/gradle-wrapper.properties", "src/main/kotlin/App.kt" });
        var messages = Df2001Messages("FROM eclipse-temurin\nWORKDIR /app\nCOPY . .\nRUN ./gradlew dependencies\n", new AnalysisOptions { BuildContext = context });
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.EndWith("copy build.gradle.kts, settings.gradle.kts, gradlew and gradle/ first and install before copying the source"));
    }


    [Test]
    public void Manifests_copied_but_not_installed_before_the_source_are_still_reported()
    {
        Assert.That(Df2001Messages("FROM node\nWORKDIR /app\nCOPY package.json ./\nCOPY . .\nRUN npm ci\n"), Has.Length.EqualTo(1));
    }

    [Test]
    public void Build_context_filters_missing_manifests()
    {
        var context = WithText(new[] { "package.json", "index.js" });
        var messages = Df2001Messages("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm install\n", new AnalysisOptions { BuildContext = context });
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.EndWith("copy package.json first and install before copying the source"));

        var none = WithText(new[] { "index.js" });
        Assert.That(Df2001Messages("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm install\n", new AnalysisOptions { BuildContext = none }), Is.Empty);
    }

    [TestCase("npm ci", new[] { "package.json", "package-lock.json", "npm-shrinkwrap.json", ".npmrc", "index.js" }, "package.json, package-lock.json, npm-shrinkwrap.json and .npmrc")]
    [TestCase("npm install", new[] { "package.json", "npm-shrinkwrap.json", "index.js" }, "package.json and npm-shrinkwrap.json")]
    [TestCase("npm ci", new[] { "package.json", "package-lock.json", ".npmrc" }, "package.json, package-lock.json and .npmrc")]
    [TestCase("yarn install --immutable", new[] { "package.json", "yarn.lock", ".yarnrc.yml", "src/index.ts" }, "package.json, yarn.lock and .yarnrc.yml")]
    [TestCase("yarn", new[] { "package.json", ".yarnrc.yml" }, "package.json and .yarnrc.yml")]
    [TestCase("npm ci", new[] { "package.json", "package-lock.json", "index.js" }, "package.json and package-lock.json")]
    [TestCase("yarn", new[] { "package.json", "yarn.lock", ".npmrc" }, "package.json, yarn.lock and .npmrc")]
    public void Build_context_names_the_optional_manifests_it_holds(string install, string[] files, string manifests)
    {
        var options = new AnalysisOptions { BuildContext = WithText(files) };
        var messages = Df2001Messages($"FROM node\nWORKDIR /app\nCOPY . .\nRUN {install}\n", options);
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.EndWith($"copy {manifests} first and install before copying the source"));
    }

    [Test]
    public void Ignored_optional_manifests_are_left_out()
    {
        var ignore = DockerIgnoreFile.Parse(".npmrc\n", ".dockerignore");
        var context = WithText(new[] { "package.json", "package-lock.json", ".npmrc", ".dockerignore" }, ignore);
        var messages = Df2001Messages("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", new AnalysisOptions { BuildContext = context });
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.EndWith("copy package.json and package-lock.json first and install before copying the source"));
    }

    [Test]
    public void Optional_manifests_alone_do_not_make_a_report()
    {
        // npm ci cannot run without package.json: as before, no report when no required manifest is in the context.
        var context = WithText(new[] { ".npmrc", "npm-shrinkwrap.json", "index.js" });
        Assert.That(Df2001Messages("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", new AnalysisOptions { BuildContext = context }), Is.Empty);
    }

    [Test]
    public void Optional_manifests_copied_early_do_not_count_as_the_manifests()
    {
        var dockerfile = "FROM node\nWORKDIR /app\nCOPY .npmrc ./\nRUN npm ci\nCOPY . .\nRUN npm ci\n";
        Assert.That(Df2001Messages(dockerfile), Has.Length.EqualTo(1));
    }

    [TestCase("npm ci", "package.json and package-lock.json")]
    [TestCase("yarn install", "package.json and yarn.lock")]
    public void Without_build_context_optional_manifests_are_not_named(string install, string manifests)
    {
        var messages = Df2001Messages($"FROM node\nWORKDIR /app\nCOPY . .\nRUN {install}\n");
        Assert.That(messages, Has.Length.EqualTo(1));
        Assert.That(messages[0], Does.Contain($"; copy {manifests} first and install before copying the source (no fix: "));
    }

    [Test]
    public void Location_covers_the_install_run()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci \\\n  && npm test\n");
        var diagnostic = DockerfileAnalysis.Analyze(tree).Single(d => d.Id == "DF2001");
        var span = diagnostic.Location.GetLineSpan();
        Assert.That(span.StartLinePosition.Line, Is.EqualTo(3));
        Assert.That(span.StartLinePosition.Character, Is.EqualTo(0));
        Assert.That(span.EndLinePosition.Line, Is.EqualTo(4));
        Assert.That(span.EndLinePosition.Character, Is.EqualTo("  && npm test".Length));
        Assert.That(diagnostic.Descriptor.HelpLinkUri, Is.EqualTo("docs/rules/DF2001.md"));
        Assert.That(diagnostic.Descriptor.Category, Is.EqualTo("LayerCache"));
    }

    [Test]
    public void The_source_copy_is_the_additional_location_with_a_message()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nWORKDIR /app\nCOPY --chown=1000 . .\nRUN npm ci\n");
        var diagnostic = DockerfileAnalysis.Analyze(tree).Single(d => d.Id == "DF2001");
        var copy = diagnostic.AdditionalLocations.Single();
        Assert.That(tree.GetText().ToString(copy.SourceSpan), Is.EqualTo("COPY --chown=1000 . ."));
        Assert.That(copy.GetLineSpan().StartLinePosition.Line, Is.EqualTo(2));
        Assert.That(diagnostic.Properties[RuleInfo.AdditionalLocationsMessageProperty], Does.Contain("copy of the source"));
    }
}
