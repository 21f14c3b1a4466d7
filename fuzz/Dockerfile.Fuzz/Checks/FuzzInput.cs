using System.Text;

namespace Dockerfile.Fuzz;

/// <summary>Turns fuzzer bytes into text the way the tests read fixture files.</summary>
internal static class FuzzInput
{
    /// <summary>Decodes bytes as UTF-8; invalid sequences become U+FFFD, a leading byte order mark stays in the text.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
