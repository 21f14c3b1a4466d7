using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>ARG and ENV scoping as BuildKit computes it, for the variable rules (DF1080-DF1099).</summary>
internal static class VariableScopes
{
    /// <summary>The proxy build args BuildKit defines without a declaration (both cases).</summary>
    public static readonly HashSet<string> ProxyArgs = new(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    };

    /// <summary>Whether a name is a predefined proxy build arg.</summary>
    public static bool IsProxyArg(string name) => ProxyArgs.Contains(name);
}
