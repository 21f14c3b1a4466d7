using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF4040: ARG or ENV name suggests a secret (hadolint DL3064).</summary>
public sealed class DF4040SecretInArgOrEnv : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4040";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "ARG or ENV name suggests a secret",
        "`{0}` looks like a secret ({1}); ARG and ENV values are stored in the image's metadata and history where anyone with the image can read them; pass it with `RUN --mount=type=secret` instead",
        "Security",
        DiagnosticSeverity.Warning,
        "Build arguments and environment variables end up in `docker history` and the image configuration. Secrets belong in BuildKit secret mounts, which leave no trace in the image.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3064"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

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

    private static readonly string[] s_suspicious = { "api_key", "client_key", "password", "private", "secret", "token", "username" };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ArgInstruction, SyntaxKind.EnvInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var names = context.Node switch
        {
            ArgInstructionSyntax arg => arg.Declarations.Select(d => d.NameWord),
            EnvInstructionSyntax env => env.Pairs.Select(p => p.Key),
            _ => Enumerable.Empty<WordSyntax>(),
        };

        foreach (var word in names)
        {
            string name = word.ValueText;
            string? why = s_known.Contains(name.ToUpperInvariant())
                ? "a well-known credential variable"
                : s_suspicious.FirstOrDefault(s => name.ToLowerInvariant().IndexOf(s, StringComparison.Ordinal) >= 0) is { } part ? "its name contains `" + part + "`" : null;
            if (why != null)
            {
                context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, word.Span, name, why));
            }
        }
    }
}
