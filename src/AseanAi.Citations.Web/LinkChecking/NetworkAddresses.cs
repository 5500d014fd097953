using System.Net;
using System.Net.Sockets;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>Classifies resolved addresses for the private-target refusal.</summary>
internal static class NetworkAddresses
{
    /// <summary>
    /// Whether <paramref name="address"/> is not a public unicast address: unspecified, loopback, private (RFC 1918),
    /// shared (RFC 6598), link-local, unique-local (RFC 4193), multicast or broadcast. IPv4-mapped IPv6 addresses are
    /// judged by their IPv4 address.
    /// </summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] == 0 || b[0] == 10 || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || b[0] >= 224;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC;
        }

        return true;
    }
}
