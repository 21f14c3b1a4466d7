using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>Every hadolint DL rule and every BuildKit build check has an equivalent here.</summary>
public class ParityTests
{
    /// <summary>hadolint 2.x's DL rules (one rule file each upstream).</summary>
    public static readonly string[] HadolintRules =
    {
        "DL1001", "DL3000", "DL3001", "DL3002", "DL3003", "DL3004", "DL3006", "DL3007", "DL3008", "DL3009",
        "DL3010", "DL3011", "DL3012", "DL3013", "DL3014", "DL3015", "DL3016", "DL3018", "DL3019", "DL3020",
        "DL3021", "DL3022", "DL3023", "DL3024", "DL3025", "DL3026", "DL3027", "DL3028", "DL3029", "DL3030",
        "DL3032", "DL3033", "DL3034", "DL3035", "DL3036", "DL3037", "DL3038", "DL3040", "DL3041", "DL3042",
        "DL3043", "DL3044", "DL3045", "DL3046", "DL3047", "DL3048", "DL3049", "DL3050", "DL3051", "DL3052",
        "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3059", "DL3060", "DL3061", "DL3062",
        "DL3063", "DL3064", "DL3065", "DL3066", "DL3067", "DL4000", "DL4001", "DL4003", "DL4004", "DL4005",
        "DL4006",
    };

    /// <summary>BuildKit's build checks.</summary>
    public static readonly string[] BuildKitChecks =
    {
        "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing", "DuplicateStageName",
        "ReservedStageName", "JSONArgsRecommended", "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath",
        "UndefinedVar", "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "RedundantTargetPlatform",
        "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile",
        "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat", "InvalidBaseImagePlatform",
    };

    /// <summary>
    /// What has no equivalent yet. The goal is an empty list; the test fails both when something is
    /// missing that is not listed and when something listed has been covered (so the list only shrinks).
    /// </summary>
    private static readonly string[] s_knownMissing =
    {
    };

    [Test]
    public void EveryHadolintRuleAndBuildKitCheckHasAnEquivalent()
    {
        var covered = new HashSet<string>(RuleCatalog.All.SelectMany(r => r.Equivalents), StringComparer.Ordinal);
        var missing = HadolintRules.Concat(BuildKitChecks).Where(id => !covered.Contains(id)).ToList();
        Assert.That(missing, Is.EquivalentTo(s_knownMissing), "Missing equivalents: " + string.Join(", ", missing));
    }

    [Test]
    public void DeclaredEquivalentsAreRealNames()
    {
        var known = new HashSet<string>(HadolintRules.Concat(BuildKitChecks), StringComparer.Ordinal);
        var unknown = RuleCatalog.All.SelectMany(r => r.Equivalents).Where(e => !known.Contains(e)).Distinct().ToList();
        Assert.That(unknown, Is.Empty);
    }
}
