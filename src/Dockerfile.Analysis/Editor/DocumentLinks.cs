using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Document links: a FROM image to its registry page (Docker Hub, GitHub's container registry, Microsoft's, Quay,
/// Amazon ECR Public) and, when a build context is known, a COPY/ADD source to the context file it names.
/// </summary>
public static class DocumentLinks
{
    /// <summary>Gets the links of a document.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="context">The build context; <see langword="null"/> uses the model's (<see cref="SemanticModelOptions.BuildContext"/>), and without one no file links are made.</param>
    /// <returns>The links in document order.</returns>
    public static ImmutableArray<DocumentLink> Get(DockerfileSemanticModel model, BuildContext? context = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        context ??= model.Options.BuildContext;
        var result = ImmutableArray.CreateBuilder<DocumentLink>();
        foreach (var stage in model.Stages)
        {
            if (stage.BaseStage is null && stage.Image is { IsValid: true, IsScratch: false } image && stage.From.Image is { } word && GetImageUrl(image) is { } url)
            {
                result.Add(new DocumentLink(word.Span, DocumentLinkKind.Image, url, "Open " + image.Registry + "/" + image.Repository));
            }

            if (context is null)
            {
                continue;
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not BaseCopyInstructionSyntax copy || copy.GetFlag("from") != null || copy.ExecForm != null)
                {
                    continue;
                }

                var words = copy.Words.ToList();
                for (int i = 0; i < words.Count - 1; i++)
                {
                    string source = model.Expand(words[i]).Value;
                    if (source.StartsWith("<<", StringComparison.Ordinal) || source.Contains("://") || source.StartsWith("git@", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    string path = Normalize(source);
                    string? file = null;
                    if (path.Length > 0 && context.Files.Contains(path))
                    {
                        file = path;
                    }
                    else if (path.IndexOfAny(new[] { '*', '?', '[' }) >= 0 && context.MatchSource(source) is { Count: 1 } matched)
                    {
                        file = matched[0];
                    }

                    if (file != null)
                    {
                        result.Add(new DocumentLink(words[i].Span, DocumentLinkKind.ContextFile, file, "Open " + file + " (build context)"));
                    }
                }
            }
        }

        return result.OrderBy(l => l.Span.Start).ToImmutableArray();
    }

    /// <summary>Gets the web page of an image's repository, or <see langword="null"/> for a registry without a known page.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The URL, or <see langword="null"/>.</returns>
    public static string? GetImageUrl(ImageReference image)
    {
        if (image is null || !image.IsValid || image.IsScratch || image.Repository.IndexOf('$') >= 0)
        {
            return null;
        }

        string repository = image.Repository;
        switch (image.Registry.ToLowerInvariant())
        {
            case ImageReference.DefaultRegistry:
                return repository.StartsWith("library/", StringComparison.Ordinal) && repository.IndexOf('/', 8) < 0
                    ? "https://hub.docker.com/_/" + repository.Substring(8)
                    : "https://hub.docker.com/r/" + repository;
            case "ghcr.io":
                // ghcr.io sends a browser to the package's page on GitHub.
                return "https://ghcr.io/" + repository;
            case "mcr.microsoft.com":
                return "https://mcr.microsoft.com/artifact/mar/" + repository;
            case "quay.io":
                return "https://quay.io/repository/" + repository;
            case "public.ecr.aws":
                return "https://gallery.ecr.aws/" + repository;
            default:
                return null;
        }
    }

    private static string Normalize(string source)
    {
        string path = source.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path.Substring(2);
        }

        return path.TrimStart('/').TrimEnd('/');
    }
}
