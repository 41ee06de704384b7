using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Web;

/// <summary>
/// Started without a folder (a double-click), the page lets the person open a report folder or create
/// one, and from then on serves that folder only.
/// </summary>
public sealed class PagePickerTests
{
    [Fact]
    public async Task Without_a_folder_the_page_lists_folders_marks_report_folders_and_opens_one()
    {
        await using var served = await ServedFolder.StartPickingAsync();
        SampleFiles.Load().WriteTo(Path.Combine(served.Folder, "年报2023"));
        Directory.CreateDirectory(Path.Combine(served.Folder, "其他"));
        Directory.CreateDirectory(Path.Combine(served.Folder, ".hidden"));

        var session = await JsonAsync(served, HttpMethod.Get, "/api/session");
        Assert.Null((string?)session["folder"]);
        Assert.NotEmpty(session["places"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await served.SendAsync(served.Request(HttpMethod.Get, "/api/report"))).Status);

        var list = await JsonAsync(served, HttpMethod.Get, "/api/folders?path=" + Uri.EscapeDataString(served.Folder));
        var folders = list["folders"]!.AsArray().Select(f => ((string?)f!["name"], (bool)f["isReport"]!)).ToList();
        Assert.Equal([("其他", false), ("年报2023", true)], folders);

        var (refused, why) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/open", Choice(Path.Combine(served.Folder, "其他"))));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("中没有报告文件", Problem(why), StringComparison.Ordinal);

        var opened = await JsonAsync(served, HttpMethod.Post, "/api/open", Choice(Path.Combine(served.Folder, "年报2023")));
        Assert.Equal(Path.Combine(served.Folder, "年报2023"), (string?)opened["folder"]);
        var report = await JsonAsync(served, HttpMethod.Get, "/api/report");
        Assert.Equal("聊城市文化和旅游局", (string?)report["form"]!["metadata"]!["agency"]);

        // Chosen once: the picker is closed, no other folder can be listed or opened.
        Assert.Equal(HttpStatusCode.Conflict, (await served.SendAsync(served.Request(HttpMethod.Get, "/api/folders?path=" + Uri.EscapeDataString("/")))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await served.SendAsync(served.Request(HttpMethod.Post, "/api/open", Choice(Path.Combine(served.Folder, "其他"))))).Status);
    }

    [Fact]
    public async Task A_new_folder_is_made_by_init_and_served()
    {
        await using var served = await ServedFolder.StartPickingAsync();
        var created = await JsonAsync(served, HttpMethod.Post, "/api/create", Choice(served.Folder, "2024年报", "某某市某某局", "2024"));
        var folder = Path.Combine(served.Folder, "2024年报");
        Assert.Equal(folder, (string?)created["folder"]);
        Assert.True(File.Exists(Path.Combine(folder, "report.json")));
        var session = await JsonAsync(served, HttpMethod.Get, "/api/session");
        Assert.Equal(folder, (string?)session["folder"]);
        var report = await JsonAsync(served, HttpMethod.Get, "/api/report");
        Assert.Equal("某某市某某局", (string?)report["form"]!["metadata"]!["agency"]);
        Assert.Equal("2024", (string?)report["form"]!["metadata"]!["year"]);
    }

    [Theory]
    [InlineData("relative/path", "x", "某某局", "2024", "完整路径")]
    [InlineData("{root}", "../escape", "某某局", "2024", "文件夹名称")]
    [InlineData("{root}", "a/b", "某某局", "2024", "文件夹名称")]
    [InlineData("{root}", "x", "", "2024", "机关全称")]
    [InlineData("{root}", "x", "某某局", "24", "报告年度")]
    [InlineData("{root}/missing", "x", "某某局", "2024", "不存在")]
    public async Task A_bad_choice_is_refused_with_a_sentence_and_makes_nothing(string path, string name, string agency, string year, string said)
    {
        await using var served = await ServedFolder.StartPickingAsync();
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/create", Choice(path.Replace("{root}", served.Folder, StringComparison.Ordinal), name, agency, year)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(said, Problem(body), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(served.Folder));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Path.GetDirectoryName(served.Folder)!), e => e.EndsWith("escape", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_served_from_the_start_has_no_picker()
    {
        await using var served = await ServedFolder.StartAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await served.SendAsync(served.Request(HttpMethod.Get, "/api/folders?path=" + Uri.EscapeDataString("/")))).Status);
        using var temp = new TempFolder();
        var (status, _) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/create", Choice(temp.Path, "x", "某某局", "2024")));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        // The picker is behind the token like everything else.
        using var bare = new HttpRequestMessage(HttpMethod.Get, served.Origin + "/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, (await served.SendAsync(bare)).Status);
    }

    private static string Problem(string body) => (string?)JsonNode.Parse(body)?["problem"] ?? body;

    private static string Choice(string path, string name = "", string agency = "", string year = "") =>
        new JsonObject { ["path"] = path, ["name"] = name, ["agency"] = agency, ["year"] = year }.ToJsonString();

    private static async Task<JsonNode> JsonAsync(ServedFolder served, HttpMethod method, string path, string? json = null)
    {
        var (status, body) = await served.SendAsync(served.Request(method, path, method == HttpMethod.Get ? null : json ?? "{}"));
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
        return JsonNode.Parse(body) ?? throw new JsonException(body);
    }
}
