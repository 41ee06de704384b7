using System.Net;
using System.Text;
using ReportGen.Web;

namespace ReportGen.Tests.Web;

/// <summary>
/// The page is a server, even on loopback: any site the officer visits can make the browser talk to it.
/// Each rule is tested by a request that breaks it, next to the same request that keeps it.
/// </summary>
public sealed class PageSecurityTests
{
    private const string EmptyForm = """{"metadata":{"agency":"x","year":"2023","publishDate":"","signatureAgency":"","signatureDate":""},"cells":{},"narratives":{}}""";

    [Fact]
    public async Task It_listens_on_loopback_only_and_prints_a_url_with_a_token()
    {
        await using var served = await ServedFolder.StartAsync();
        Assert.Equal("127.0.0.1", served.Server.Url.Host);
        Assert.Contains($"?token={served.Server.Token}", served.Server.Url.Query, StringComparison.Ordinal);
        Assert.True(served.Server.Token.Length >= 40);
        // Not reachable through another address of this machine (if it has one).
        var other = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (other is not null)
        {
            using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => socket.ConnectAsync(other, served.Server.Port));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/report")]
    [InlineData("/api/format")]
    [InlineData("/page/app.js")]
    public async Task Without_the_token_nothing_is_served(string path)
    {
        await using var served = await ServedFolder.StartAsync();
        using var bare = new HttpRequestMessage(HttpMethod.Get, served.Origin + path);
        var (status, body) = await served.SendAsync(bare);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("聊城", body, StringComparison.Ordinal);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, served.Origin + path);
        wrong.Headers.TryAddWithoutValidation("Cookie", $"reportgen_{served.Server.Port}=not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await served.SendAsync(wrong)).Status);

        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(served.Request(HttpMethod.Get, path))).Status);
    }

    [Fact]
    public async Task The_first_url_sets_a_strict_http_only_cookie_and_drops_the_token_from_the_address()
    {
        await using var served = await ServedFolder.StartAsync();
        using var response = await served.Http.GetAsync(served.Server.Url);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"reportgen_{served.Server.Port}={served.Server.Token};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var wrong = await served.Http.GetAsync($"{served.Origin}/?token=guess");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task A_foreign_host_header_is_refused_even_with_the_token(string host)
    {
        await using var served = await ServedFolder.StartAsync();
        using var request = served.Request(HttpMethod.Get, "/api/report");
        request.Headers.Host = host.Replace("{port}", served.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var (status, body) = await served.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, status);
        Assert.DoesNotContain("聊城", body, StringComparison.Ordinal);

        using var ours = served.Request(HttpMethod.Get, "/api/report");
        ours.Headers.Host = $"localhost:{served.Server.Port}";
        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(ours)).Status);
    }

    [Theory]
    [InlineData("https://attacker.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task A_write_from_another_origin_is_refused_and_changes_nothing(string? origin)
    {
        await using var served = await ServedFolder.StartAsync();
        var before = Snapshot(served.Folder);
        foreach (var path in new[] { "/api/save", "/api/build/docx", "/api/check" })
        {
            using var request = served.Request(HttpMethod.Post, path, EmptyForm);
            request.Headers.Remove("Origin");
            if (origin is not null)
            {
                request.Headers.TryAddWithoutValidation("Origin", origin);
            }
            Assert.Equal(HttpStatusCode.Forbidden, (await served.SendAsync(request)).Status);
        }
        Assert.Equal(before, Snapshot(served.Folder));
        Assert.False(File.Exists(served.Folder + ".docx"));

        using var sameSiteButNotOrigin = served.Request(HttpMethod.Post, "/api/check", EmptyForm);
        sameSiteButNotOrigin.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await served.SendAsync(sameSiteButNotOrigin)).Status);
        Assert.Equal(HttpStatusCode.OK, (await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", EmptyForm))).Status);
    }

    [Theory]
    [InlineData("/report.json")]
    [InlineData("/page/../report.json")]
    [InlineData("/page/..%2freport.json")]
    [InlineData("/page/..%2f..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/page/%2e%2e/%2e%2e/report/applications.csv")]
    [InlineData("/api/../../../etc/passwd")]
    [InlineData("/page/app.js%00.png")]
    public async Task No_path_reaches_a_file_on_disk(string path)
    {
        await using var served = await ServedFolder.StartAsync();
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Get, path));
        Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {status}");
        Assert.DoesNotContain("聊城", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("自然人", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        await using var served = await ServedFolder.StartAsync();
        var before = Snapshot(served.Folder);
        var huge = EmptyForm.Replace("\"narratives\":{}", $"\"narratives\":{{\"overview\":\"{new string('字', (int)PageServer.MaxRequestBytes)}\"}}", StringComparison.Ordinal);
        using var request = served.Request(HttpMethod.Post, "/api/save", huge);
        // With 100-continue the server answers from the Content-Length alone, before any of the body is sent.
        request.Headers.ExpectContinue = true;
        var (status, _) = await served.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(before, Snapshot(served.Folder));

        // Under the body limit, each field has its own bound.
        var longCell = EmptyForm.Replace("\"cells\":{}", $"\"cells\":{{\"applications/new/natural\":\"{new string('9', FolderForm.MaxCellLength + 1)}\"}}", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", longCell))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", "{\"metadata\": [1, 2"))).Status);
        Assert.Equal(before, Snapshot(served.Folder));
    }

    [Fact]
    public async Task Every_response_forbids_framing_sniffing_and_caching()
    {
        await using var served = await ServedFolder.StartAsync();
        using var response = await served.Http.SendAsync(served.Request(HttpMethod.Get, "/"));
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    internal static string Snapshot(string folder) => string.Join('\n', Directory.GetFiles(folder).Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetFileName(f)}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
