using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF4080: an ARG or ENV name looks like a secret (BuildKit SecretsUsedInArgOrEnv, hadolint DL3064).</summary>
public sealed class DF4080SecretsUsedInArgOrEnv : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4080";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Secret passed through ARG or ENV",
        "{0} `{1}` looks like a secret ({2}): ARG and ENV values are stored in the image history and metadata for anyone who pulls it; pass it with `RUN --mount=type=secret,id={3}` instead",
        "Security",
        DiagnosticSeverity.Warning,
        "Build args and environment variables are recorded in the image. Use secret mounts for passwords, tokens and keys.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check and hadolint rule.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3064"), buildKitEquivalents: ImmutableArray.Create("SecretsUsedInArgOrEnv"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    // BuildKit's patterns: the whole name or its first or last `_`-separated word is a secret word, and no word allows it.
    private static readonly System.Text.RegularExpressions.Regex s_deny = new(@"(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex s_allow = new(@"(?i)(?:_|^)(?:public|file|version)(?:_|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // hadolint's DL3064: well-known credential variables and suspicious substrings.
    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
        "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
        "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN",
        "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN",
        "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN",
        "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET",
        "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "STRIPE_DEVICE_NAME",
        "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN",
    };

    private static readonly BoundedMemo<string, string?> s_reasons = new(ComputeReason, comparer: StringComparer.Ordinal);

    private static readonly string[] s_suspicious = { "api_key", "client_key", "password", "private", "secret", "token", "username" };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ArgInstruction, SyntaxKind.EnvInstruction);
    }

    /// <summary>Whether a variable name looks like a secret, by BuildKit's or hadolint's patterns.</summary>
    internal static bool LooksLikeSecret(string name) => Reason(name) != null;

    /// <summary>Why a name looks like a secret, or null when it does not.</summary>
    // The same names (PATH, DEBIAN_FRONTEND, VERSION ...) come back in most files: the answers are remembered.
    internal static string? Reason(string name) => s_reasons.Get(name);

    private static string? ComputeReason(string name)
    {
        // BuildKit's allow-list (`public`, `file`, `version` words) names paths and versions, not secrets: it wins over both patterns.
        if (name.Length == 0 || s_allow.IsMatch(name))
        {
            return null;
        }

        if (s_known.Contains(name.ToUpperInvariant()))
        {
            return "a well-known credential variable";
        }

        var word = s_deny.Match(name);
        if (word.Success)
        {
            return "its name has the word `" + word.Value.Trim('_').ToLowerInvariant() + "`";
        }

        string lower = name.ToLowerInvariant();
        foreach (string part in s_suspicious)
        {
            if (lower.Contains(part, StringComparison.Ordinal))
            {
                return "its name contains `" + part + "`";
            }
        }

        return null;
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        var names = instruction switch
        {
            ArgInstructionSyntax arg => arg.Declarations.Select(d => d.NameWord),
            EnvInstructionSyntax env => env.Pairs.Select(p => p.Key),
            _ => Enumerable.Empty<WordSyntax>(),
        };
        foreach (var name in names)
        {
            if (Reason(name.ValueText) is { } why)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(name.Span), instruction.InstructionName, name.ValueText, why, name.ValueText.ToLowerInvariant());
            }
        }
    }
}
