using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// The shared <see cref="LocalServer"/> on 127.0.0.1 with a free port: <c>/ok/{n}</c> answers 200 with a page, <c>/missing</c> 404; and a
/// temporary folder for the documents that link to it. Both are removed on dispose.
/// </summary>
public sealed class LinkServer : IAsyncLifetime
{
    private LocalServer _server = null!;

    public string Folder { get; } = Directory.CreateTempSubdirectory("cite-cli-tests-").FullName;

    /// <summary>The server's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Base { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        static Task Html(HttpContext c, string title, int status)
        {
            c.Response.StatusCode = status;
            c.Response.ContentType = "text/html; charset=utf-8";
            return c.Response.WriteAsync($"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>");
        }

        _server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/ok/{n}", c => Html(c, "Working page", 200));
            app.MapGet("/missing", c => Html(c, "Not here", 404));
        });
        Base = _server.BaseUri.GetLeftPart(UriPartial.Authority);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Writes a file (relative to <see cref="Folder"/>) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A Markdown document whose references section links to <paramref name="paths"/> on this server, one per line from line 3.</summary>
    public string Document(string name, params string[] paths) =>
        // The link text is the title the pages serve: the list is a reference list, whose titles the check compares.
        Write(name, "# References\n\n" + string.Concat(paths.Select(p => $"- [Working page]({Base}{p})\n")));
}
