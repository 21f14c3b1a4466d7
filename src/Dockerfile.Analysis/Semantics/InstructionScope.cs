using System.Collections.Immutable;

namespace Dockerfile.Analysis.Semantics;

/// <summary>The build state in force before an instruction: ENV, declared ARGs and the SHELL.</summary>
internal sealed class InstructionScope
{
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
            if (field is null)
            {
                var builder = Environment.ToBuilder();
                foreach (var pair in Arguments)
                {
                    if (pair.Value != null && !builder.ContainsKey(pair.Key))
                    {
                        builder[pair.Key] = pair.Value;
                    }
                }

                field = builder.ToImmutable();
            }

            return field;
        }
    }
}
