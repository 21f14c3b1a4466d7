using System;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis.Semantics;

/// <summary>Which build-context files look like secrets, by name and, where the name is not enough, by content.</summary>
internal static class SecretFileKinds
{
    /// <summary>Why a file looks like a secret (<c>an SSH private key</c>), or null when it does not.</summary>
    public static string? Describe(BuildContext context, string path)
    {
        int slash = path.LastIndexOf('/');
        string name = slash < 0 ? path : path.Substring(slash + 1);
        string parent = slash < 0 ? string.Empty : path.Substring(0, slash);
        int parentSlash = parent.LastIndexOf('/');
        string parentName = parentSlash < 0 ? parent : parent.Substring(parentSlash + 1);
        string lower = name.ToLowerInvariant();

        if (lower == ".env" || (lower.StartsWith(".env.", StringComparison.Ordinal) && !IsTemplate(lower.Substring(5))))
        {
            return "an environment file, which usually holds credentials";
        }

        switch (lower)
        {
            case "id_rsa" or "id_dsa" or "id_ecdsa" or "id_ed25519":
                return "an SSH private key";
            case ".netrc" or "_netrc":
                return "a .netrc, which holds login passwords";
            case ".git-credentials":
                return "stored Git credentials";
            case ".npmrc" when Contains(context, path, "_authToken", "_auth", "_password"):
                return "an .npmrc with a registry token";
            case ".pypirc" when Contains(context, path, "password"):
                return "a .pypirc with a password";
            case "application_default_credentials.json":
                return "Google Cloud credentials";
        }

        if (parentName == ".aws" && (lower == "credentials" || lower == "config" && Contains(context, path, "aws_secret_access_key")))
        {
            return "AWS credentials";
        }

        if (parentName == ".docker" && lower == "config.json" && Contains(context, path, "\"auth\""))
        {
            return "Docker registry credentials";
        }

        if (parentName == ".kube" && lower == "config")
        {
            return "a Kubernetes configuration with cluster credentials";
        }

        if (lower.EndsWith(".p12", StringComparison.Ordinal) || lower.EndsWith(".pfx", StringComparison.Ordinal))
        {
            return "a PKCS #12 key store";
        }

        if ((lower.EndsWith(".pem", StringComparison.Ordinal) || lower.EndsWith(".key", StringComparison.Ordinal)) && Contains(context, path, "PRIVATE KEY-----"))
        {
            return "a private key";
        }

        return null;
    }

    private static bool IsTemplate(string suffix) => suffix is "example" or "sample" or "template" or "dist" or "defaults" or "schema";

    private static bool Contains(BuildContext context, string path, params string[] needles)
    {
        string? text = context.GetFileText(path);
        if (text is null)
        {
            return false;
        }

        foreach (string needle in needles)
        {
            if (text.IndexOf(needle, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
