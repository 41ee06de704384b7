using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ReportGen.Tests.Support;
using ReportGen.Web;

namespace ReportGen.Tests.Web;

/// <summary>A copy of the sample folder served by the real page server on a free loopback port.</summary>
internal sealed class ServedFolder : IAsyncDisposable
{
    private readonly TempFolder temp;
    private bool handedOver;

    private ServedFolder(TempFolder temp, PageServer server, string folder)
    {
        this.temp = temp;
        Server = server;
        Folder = folder;
        // Cookies and Host are set by hand: the tests are about what the server does with them.
        Http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(3) };
    }

    public PageServer Server { get; }

    public string Folder { get; }

    public HttpClient Http { get; }

    public string Origin => $"http://127.0.0.1:{Server.Port}";

    public string Cookie => $"reportgen_{Server.Port}={Server.Token}";

    /// <summary>The server as a double-click starts it: no folder yet; <see cref="Folder"/> is an empty folder to browse into.</summary>
    public static async Task<ServedFolder> StartPickingAsync()
    {
        var temp = new TempFolder();
        var server = await PageServer.StartAsync(new ServeRequest(null, 0, false, Drafts: Path.Combine(temp.Path, ".drafts")));
        return new ServedFolder(temp, server, temp.Path);
    }

    public static async Task<ServedFolder> StartAsync(string? source = null)
    {
        var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "report");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(source ?? Repo.SampleFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return await StartOnAsync(temp, folder);
    }

    /// <summary>A new server on a folder another one served (say, after a crash): another port, the same drafts.</summary>
    public async Task<ServedFolder> RestartAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
        handedOver = true;
        return await StartOnAsync(temp, Folder);
    }

    private static async Task<ServedFolder> StartOnAsync(TempFolder temp, string folder)
    {
        var server = await PageServer.StartAsync(new ServeRequest(folder, 0, false, Drafts: Path.Combine(temp.Path, ".drafts")));
        return new ServedFolder(temp, server, folder);
    }

    /// <summary>A request as the page makes it: our Host, our Origin, the cookie.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, $"{Origin}{path}");
        request.Headers.TryAddWithoutValidation("Cookie", Cookie);
        if (method != HttpMethod.Get)
        {
            request.Headers.TryAddWithoutValidation("Origin", Origin);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }
        return request;
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The form of the served folder as the page first receives it, as JSON text.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject> FormAsync()
    {
        var (status, body) = await SendAsync(Request(HttpMethod.Get, "/api/report"));
        Assert.Equal(HttpStatusCode.OK, status);
        return (System.Text.Json.Nodes.JsonNode.Parse(body)!["form"] as System.Text.Json.Nodes.JsonObject)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (handedOver)
        {
            return;
        }
        Http.Dispose();
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
