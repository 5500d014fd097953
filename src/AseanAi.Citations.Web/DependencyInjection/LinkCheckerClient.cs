using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web;

/// <summary>
/// The HTTP client of the registered link checker, and whether the container owns it: a client built here on a handler
/// from <see cref="LinkChecker.CreateHttpHandler"/> is disposed with the container; one from the caller's factory is not.
/// </summary>
internal sealed class LinkCheckerClient : IDisposable
{
    private readonly bool _owned;

    private LinkCheckerClient(HttpClient client, bool owned)
    {
        Client = client;
        _owned = owned;
    }

    public HttpClient Client { get; }

    public static LinkCheckerClient Owned(LinkCheckerOptions options) =>
        new(LinkChecker.CreateClient(LinkChecker.CreateHttpHandler(options)), owned: true);

    public static LinkCheckerClient Borrowed(HttpClient client) => new(client, owned: false);

    public void Dispose()
    {
        if (_owned)
        {
            Client.Dispose();
        }
    }
}
