using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Dockerfile.Analysis.Semantics;

/// <summary>The build state in force before an instruction: ENV, declared ARGs and the SHELL.</summary>
internal sealed class InstructionScope
{
    private ImmutableDictionary<string, string>? _variables;
    private VariableLookup? _lookup;

    public InstructionScope(ImmutableDictionary<string, string> environment, ImmutableDictionary<string, string?> arguments, ImmutableArray<string> shell)
    {
        Environment = environment;
        Arguments = arguments;
        Shell = shell;
    }

    /// <summary>Gets the ENV variables.</summary>
    public ImmutableDictionary<string, string> Environment { get; }

    /// <summary>Gets the declared ARGs; a <see langword="null"/> value is an ARG declared without a value.</summary>
    public ImmutableDictionary<string, string?> Arguments { get; }

    /// <summary>Gets the shell used by shell-form commands.</summary>
    public ImmutableArray<string> Shell { get; }

    /// <summary>Gets the variables a word sees: ARGs with a value, overridden by ENV.</summary>
    public ImmutableDictionary<string, string> Variables
    {
        get
        {
            if (_variables is null)
            {
                var builder = Environment.ToBuilder();
                foreach (var pair in Arguments)
                {
                    if (pair.Value != null && !builder.ContainsKey(pair.Key))
                    {
                        builder[pair.Key] = pair.Value;
                    }
                }

                _variables = builder.ToImmutable();
            }

            return _variables;
        }
    }

    /// <summary>
    /// Gets the same variables as <see cref="Variables"/> for look-ups by name, without merging the two
    /// dictionaries: what word expansion needs.
    /// </summary>
    public IReadOnlyDictionary<string, string> Lookup => _lookup ??= new VariableLookup(this);

    /// <summary>ENV first, then an ARG with a value; enumerating falls back to <see cref="Variables"/>.</summary>
    private sealed class VariableLookup : IReadOnlyDictionary<string, string>
    {
        private readonly InstructionScope _scope;

        public VariableLookup(InstructionScope scope)
        {
            _scope = scope;
        }

        public int Count => _scope.Variables.Count;

        public IEnumerable<string> Keys => _scope.Variables.Keys;

        public IEnumerable<string> Values => _scope.Variables.Values;

        public string this[string key] => TryGetValue(key, out string? value) ? value : throw new KeyNotFoundException(key);

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out string value)
        {
            if (_scope.Environment.TryGetValue(key, out value!))
            {
                return true;
            }

            if (_scope.Arguments.TryGetValue(key, out string? argument) && argument != null)
            {
                value = argument;
                return true;
            }

            value = null!;
            return false;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _scope.Variables.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
