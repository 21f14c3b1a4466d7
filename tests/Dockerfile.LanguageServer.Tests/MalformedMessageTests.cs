using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>A message whose body is not JSON: the server logs it and goes on (its own process: the message may be fatal).</summary>
public class MalformedMessageTests
{
    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LspServer.StartInitializedAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task A_malformed_message_is_logged_and_the_server_goes_on()
    {
        await _server.WriteRawAsync(Encoding.UTF8.GetBytes("Content-Length: 9\r\n\r\n{not json"));
        string uri = await _server.OpenAsync("after-malformed.Dockerfile", "FROM alpine:3.20\nMAINTAINER x\n");
        Assert.That((await _server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1));
        await _server.WaitForLogAsync(m => m.Contains("malformed", System.StringComparison.OrdinalIgnoreCase) || m.Contains("not JSON", System.StringComparison.OrdinalIgnoreCase));
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        Assert.That(_server.CheckStdoutIsProtocolOnly(), Is.GreaterThan(0));
    }
}
