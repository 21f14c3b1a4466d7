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

/// <summary>DF4080: an ARG or ENV name looks like a secret (BuildKit SecretsUsedInArgOrEnv).</summary>
public sealed class DF4080SecretsUsedInArgOrEnv : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4080";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Secret passed through ARG or ENV",
        "{0} `{1}` looks like a secret: ARG and ENV values are stored in the image history and metadata for anyone who pulls it; pass it with `RUN --mount=type=secret,id={2}` instead",
        "Security",
        DiagnosticSeverity.Warning,
        "Build args and environment variables are recorded in the image. Use secret mounts for passwords, tokens and keys.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("SecretsUsedInArgOrEnv"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    private static readonly System.Text.RegularExpressions.Regex s_deny = new(@"(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex s_allow = new(@"(?i)(?:_|^)(?:public|file|version)(?:_|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    /// <summary>Whether a variable name looks like a secret, by BuildKit's patterns.</summary>
    internal static bool LooksLikeSecret(string name) => s_deny.IsMatch(name) && !s_allow.IsMatch(name);

    private static void Analyze(StageAnalysisContext context)
    {
        foreach (var instruction in context.Stage.Instructions)
        {
            var names = instruction switch
            {
                ArgInstructionSyntax arg => arg.Declarations.Select(d => d.NameWord),
                EnvInstructionSyntax env => env.Pairs.Select(p => p.Key),
                _ => Enumerable.Empty<WordSyntax>(),
            };
            foreach (var name in names)
            {
                if (LooksLikeSecret(name.ValueText))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, context.Tree.GetLocation(name.Span), instruction.InstructionName, name.ValueText, name.ValueText.ToLowerInvariant()));
                }
            }
        }
    }
}
