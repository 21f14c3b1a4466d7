using Dockerfile.LanguageServer.Protocol;

namespace Dockerfile.LanguageServer;

/// <summary>A rule's code description and tags, shared by every protocol diagnostic of the rule (they are never written after they are made).</summary>
internal sealed class RuleProtocolParts
{
    public RuleProtocolParts(CodeDescription? description, int[]? tags) => Parts = (description, tags);

    public (CodeDescription? Description, int[]? Tags) Parts { get; }
}
