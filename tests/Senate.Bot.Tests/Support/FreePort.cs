using System.Net;
using System.Net.Sockets;

namespace Senate.Bot.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now (for an address that must be known before a server starts).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
