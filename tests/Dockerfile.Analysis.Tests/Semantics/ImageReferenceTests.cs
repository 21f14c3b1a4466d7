using Dockerfile.Analysis.Semantics;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

public class ImageReferenceTests
{
    // reference -> registry | repository | tag | digest (empty = none)
    [TestCase("ubuntu", "docker.io", "library/ubuntu", "", "")]
    [TestCase("ubuntu:22.04", "docker.io", "library/ubuntu", "22.04", "")]
    [TestCase("python:3.12-slim", "docker.io", "library/python", "3.12-slim", "")]
    [TestCase("bitnami/redis", "docker.io", "bitnami/redis", "", "")]
    [TestCase("bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2", "")]
    [TestCase("docker.io/ubuntu", "docker.io", "library/ubuntu", "", "")]
    [TestCase("index.docker.io/library/ubuntu:20.04", "docker.io", "library/ubuntu", "20.04", "")]
    [TestCase("ghcr.io/owner/repo:v1", "ghcr.io", "owner/repo", "v1", "")]
    [TestCase("mcr.microsoft.com/dotnet/sdk:8.0", "mcr.microsoft.com", "dotnet/sdk", "8.0", "")]
    [TestCase("localhost/app", "localhost", "app", "", "")]
    [TestCase("localhost:5000/app:dev", "localhost:5000", "app", "dev", "")]
    [TestCase("registry.example.com:443/team/app", "registry.example.com:443", "team/app", "", "")]
    [TestCase("a/b/c/d:1", "docker.io", "a/b/c/d", "1", "")]
    [TestCase("alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "docker.io", "library/alpine", "", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [TestCase("alpine:3.19@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "docker.io", "library/alpine", "3.19", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [TestCase("quay.io/prometheus/node-exporter:v1.7.0", "quay.io", "prometheus/node-exporter", "v1.7.0", "")]
    [TestCase("my_org/my__app", "docker.io", "my_org/my__app", "", "")]
    [TestCase("Registry/app", "Registry", "app", "", "")]
    [TestCase("gcr.io/distroless/static-debian12:nonroot", "gcr.io", "distroless/static-debian12", "nonroot", "")]
    [TestCase("public.ecr.aws/docker/library/node:20", "public.ecr.aws", "docker/library/node", "20", "")]
    public void Parses_valid_references(string reference, string registry, string repository, string tag, string digest)
    {
        var image = ImageReference.Parse(reference);
        Assert.That(image.Error, Is.Null, reference);
        Assert.That(image.Registry, Is.EqualTo(registry));
        Assert.That(image.Repository, Is.EqualTo(repository));
        Assert.That(image.Tag ?? string.Empty, Is.EqualTo(tag));
        Assert.That(image.Digest ?? string.Empty, Is.EqualTo(digest));
    }

    [TestCase("")]
    [TestCase("UPPER")]
    [TestCase("ubuntu:")]
    [TestCase("ubuntu:-bad")]
    [TestCase("alpine@sha256:XYZ")]
    [TestCase("alpine@nodigest")]
    [TestCase("a//b")]
    [TestCase("a..b")]
    [TestCase("-leading")]
    [TestCase("$IMAGE")]
    public void Reports_invalid_references_without_throwing(string reference)
    {
        var image = ImageReference.Parse(reference);
        Assert.That(image.IsValid, Is.False);
        Assert.That(image.Error, Is.Not.Empty);
    }

    [Test]
    public void Scratch_is_special()
    {
        var image = ImageReference.Parse("scratch");
        Assert.That(image.IsScratch, Is.True);
        Assert.That(image.IsValid, Is.True);
        Assert.That(image.EffectiveTag, Is.Null);
        Assert.That(image.FullName, Is.EqualTo("scratch"));
    }

    [Test]
    public void Effective_tag_and_full_name()
    {
        Assert.That(ImageReference.Parse("node").EffectiveTag, Is.EqualTo("latest"));
        Assert.That(ImageReference.Parse("node").FullName, Is.EqualTo("docker.io/library/node:latest".Replace(":latest", string.Empty)));
        Assert.That(ImageReference.Parse("node:20", "linux/arm64").Platform, Is.EqualTo("linux/arm64"));
        Assert.That(ImageReference.Parse(null).IsValid, Is.False);
    }
}
