using System;
using System.Collections.Generic;
using System.Linq;

namespace Dockerfile.Analysis.Configuration;

/// <summary>Maps an id as users write it (ours, a hadolint id, a BuildKit check name) to our rule ids.</summary>
internal sealed class RuleIdResolver
{
    private readonly Dictionary<string, HashSet<string>> _map = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _withBuildKit = new(StringComparer.OrdinalIgnoreCase);

    public RuleIdResolver(IEnumerable<RuleInfo> rules)
    {
        foreach (var rule in rules)
        {
            Add(rule.Id, rule.Id);
            foreach (string id in rule.HadolintEquivalents)
            {
                Add(id, rule.Id);
            }

            foreach (string id in rule.BuildKitEquivalents)
            {
                Add(id, rule.Id);
                _withBuildKit.Add(rule.Id);
            }
        }
    }

    /// <summary>Gets our rules that have a BuildKit equivalent (what <c>check=skip=all</c> and <c>error=true</c> cover).</summary>
    public IReadOnlyCollection<string> RulesWithBuildKitEquivalents => _withBuildKit;

    /// <summary>Gets our ids for an id as written; an unknown id maps to itself (rules of analyzers not loaded).</summary>
    public IEnumerable<string> Resolve(string id) =>
        _map.TryGetValue(id ?? string.Empty, out var ids) ? ids : new[] { id ?? string.Empty }.AsEnumerable();

    private void Add(string key, string id)
    {
        if (!_map.TryGetValue(key, out var set))
        {
            _map[key] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        set.Add(id);
    }
}
