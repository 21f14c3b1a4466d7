
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>client/registerCapability</c>.</summary>
public sealed class RegistrationParams
{
    /// <summary>The registrations.</summary>
    public Registration[] Registrations { get; set; } = [];
}
