using System.Net;
using System.Text.Json.Nodes;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Web;

/// <summary>What the page's check, save and build do is what `check` and `build` do to the folder.</summary>
public sealed class PageApiTests
{
    [Fact]
    public async Task A_broken_balance_gives_the_findings_check_gives_each_on_its_cell()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        form["cells"]!["applications/new/natural"] = "6";
        form["cells"]!["applications/new/total"] = "";

        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        var findings = JsonNode.Parse(body)!["findings"]!.AsArray();

        // The same change made to the folder on disk, checked by the CLI's own path.
        var file = Path.Combine(served.Folder, "applications.csv");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一、本年新收政府信息公开申请数量,5,0,0,0,0,0,5", "一、本年新收政府信息公开申请数量,6,0,0,0,0,0,", StringComparison.Ordinal));
        var cli = FolderChecks.CheckOne(served.Folder);
        Assert.Equal(cli.Diagnostics.Select(d => $"{d.Rule.Id} {d.Location} {d.Message} {d.Hint}"),
            findings.Select(f => $"{f!["rule"]} {f["place"]} {f["message"]} {f["hint"]}"));
        Assert.Equal(cli.Errors, (int)JsonNode.Parse(body)!["errors"]!);

        // The natural-person column and the 总计 column (computed from it) no longer balance; each finding names its cell.
        var r1 = findings.Where(f => (string?)f!["rule"] == "R1").ToList();
        Assert.Equal(["applications/carried_forward/natural", "applications/carried_forward/total"], r1.Select(f => (string?)f!["cell"]));
        Assert.All(r1, f => Assert.Equal("error", (string?)f!["severity"]));
    }

    [Fact]
    public async Task Save_writes_what_was_typed_so_the_folder_checks_as_the_page_did_and_keeps_the_rest_of_report_json()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        // Hostile text in cells: quotes, separators, line breaks, a spreadsheet formula. It must stay in its cell.
        form["cells"]!["applications/granted/business"] = "\"1,2\"\n3";
        form["cells"]!["applications/granted/research"] = "=HYPERLINK(\"http://x\")";
        form["cells"]!["reviews/review/upheld"] = "2";
        form["narratives"]!["other"] = "本年度无其他需要报告的事项。\n<script>alert(1)</script> {{ year }}";
        form["metadata"]!["signatureDate"] = "2024-01-20";
        form["metadata"]!["signatureAgency"] = "聊城市文化和旅游局";

        var (checkStatus, checkBody) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/check", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, checkStatus);
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)JsonNode.Parse(body)!["saved"]!);

        var cli = FolderChecks.CheckOne(served.Folder);
        var page = JsonNode.Parse(checkBody)!["findings"]!.AsArray();
        Assert.Equal(cli.Diagnostics.Select(d => $"{d.Rule.Id} {d.Location} {d.Message}"), page.Select(f => $"{f!["rule"]} {f["place"]} {f["message"]}"));
        Assert.Contains(cli.Diagnostics, d => d.Rule.Id == "R5");
        Assert.Contains(cli.Diagnostics, d => d.Rule.Id == "C06" && d.Location?.Line == 4 && d.Location.Column == 3);
        Assert.Equal("本年度无其他需要报告的事项。\n<script>alert(1)</script> {{ year }}", File.ReadAllText(Path.Combine(served.Folder, "other.md")));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(served.Folder, "report.json")))!;
        Assert.StartsWith("本年度报告按照", (string?)json["opening"], StringComparison.Ordinal);
        Assert.Equal("二、行政机关主动公开政府信息情况", (string?)json["headings"]!["active"]);
        Assert.Equal("2024-01-20", (string?)json["signature"]!["date"]);
        Assert.Equal(2023, (int)json["year"]!);
        Assert.Empty(Directory.GetFiles(served.Folder, ".*"));

        // Read back, every figure is where it was typed, the ones that are not numbers too (on one line).
        var reread = await served.FormAsync();
        Assert.Equal("2", (string?)reread["cells"]!["reviews/review/upheld"]);
        Assert.Equal("5", (string?)reread["cells"]!["applications/new/natural"]);
        Assert.Equal("\"1,2\" 3", (string?)reread["cells"]!["applications/granted/business"]);
        Assert.Equal("=HYPERLINK(\"http://x\")", (string?)reread["cells"]!["applications/granted/research"]);
    }

    [Fact]
    public async Task A_figure_that_is_not_a_number_is_shown_as_written_and_saving_other_changes_keeps_it()
    {
        await using var served = await ServedFolder.StartAsync();
        var file = Path.Combine(served.Folder, "applications.csv");
        File.WriteAllText(file, File.ReadAllText(file).Replace("一、本年新收政府信息公开申请数量,5,", "一、本年新收政府信息公开申请数量,约5件,", StringComparison.Ordinal));

        var form = await served.FormAsync();
        Assert.Equal("约5件", (string?)form["cells"]!["applications/new/natural"]);
        form["cells"]!["reviews/review/upheld"] = "0";
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)JsonNode.Parse(body)!["saved"]!);

        // The folder still says what the person wrote, and check still points at it.
        var c06 = Assert.Single(FolderChecks.CheckOne(served.Folder).Diagnostics, d => d.Rule.Id == "C06");
        Assert.Equal((2, 2), (c06.Location!.Line, c06.Location.Column));
        Assert.Equal("约5件", c06.CellText);
    }

    [Theory]
    [InlineData("本年度补充统计,3,0,0,0,0,0,3", "C02")]
    [InlineData("一、本年新收政府信息公开申请数量,5,0,0,0,0,0,5", "C03")]
    [InlineData("一、本年新收政府信息公开申请数量,5,0,0,0,0,0,5,9", "C09")]
    public async Task A_row_or_cell_the_page_has_no_place_for_is_never_dropped_by_save(string line, string rule)
    {
        await using var served = await ServedFolder.StartAsync();
        var file = Path.Combine(served.Folder, "applications.csv");
        const string First = "一、本年新收政府信息公开申请数量,5,0,0,0,0,0,5";
        File.WriteAllText(file, File.ReadAllText(file).Replace(First, line == First || rule == "C02" ? $"{First}\n{line}" : line, StringComparison.Ordinal));
        var before = File.ReadAllBytes(file);
        Assert.Contains(FolderChecks.CheckOne(served.Folder).Diagnostics, d => d.Rule.Id == rule);

        var form = await served.FormAsync();
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((bool)JsonNode.Parse(body)!["saved"]!);
        var problem = (string?)JsonNode.Parse(body)!["problem"];
        Assert.Contains("applications.csv:", problem, StringComparison.Ordinal);
        Assert.Contains("未保存", problem, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task Build_saves_then_writes_beside_the_folder_the_same_document_as_the_cli()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        form["narratives"]!["other"] = "本年度无其他需要报告的事项。";
        using var response = await served.Http.SendAsync(served.Request(HttpMethod.Post, "/api/build/docx", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(downloaded, File.ReadAllBytes(served.Folder + ".docx"));

        using var cliOut = new TempFolder();
        var cli = new ReportBuilder().Build(new BuildRequest(served.Folder, [cliOut.File("cli.docx")]));
        Assert.Equal(ExitCode.Success, cli.ExitCode);
        Assert.Equal(File.ReadAllBytes(cliOut.File("cli.docx")), downloaded);
        Assert.Contains("本年度无其他需要报告的事项。", DocxProjection.Of(downloaded), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_is_refused_while_errors_remain_and_writes_no_document()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        form["cells"]!["applications/carried_forward/natural"] = "3";
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/build/docx", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("R1", body, StringComparison.Ordinal);
        Assert.False(File.Exists(served.Folder + ".docx"));
        // What was typed is saved all the same: nothing typed is lost because it is wrong.
        Assert.Contains("四、结转下年度继续办理,3,", File.ReadAllText(Path.Combine(served.Folder, "applications.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_typed_and_not_saved_is_offered_back_by_the_next_server_on_another_port_until_saved()
    {
        var first = await ServedFolder.StartAsync();
        var form = await first.FormAsync();
        form["cells"]!["active/penalty/decisions"] = "52";
        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(first.Request(HttpMethod.Post, "/api/check", form.ToJsonString()))).Status);
        var before = PageSecurityTests.Snapshot(first.Folder);

        // The browser crashed and the server was stopped; a new one starts on the folder.
        await using var second = await first.RestartAsync();
        Assert.NotEqual(first.Server.Port, second.Server.Port);
        var (_, body) = await second.SendAsync(second.Request(HttpMethod.Get, "/api/report"));
        var report = JsonNode.Parse(body)!;
        Assert.Equal("52", (string?)report["kept"]!["form"]!["cells"]!["active/penalty/decisions"]);
        Assert.Equal("51", (string?)report["form"]!["cells"]!["active/penalty/decisions"]);
        Assert.Equal(before, PageSecurityTests.Snapshot(second.Folder));

        // 保存 writes it into the folder; the kept draft is gone, since the folder now says the same.
        var kept = report["kept"]!["form"]!.ToJsonString();
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(second.Request(HttpMethod.Post, "/api/save", kept))).Status);
        var (_, after) = await second.SendAsync(second.Request(HttpMethod.Get, "/api/report"));
        Assert.Null(JsonNode.Parse(after)!["kept"]);
        Assert.Equal("52", (string?)JsonNode.Parse(after)!["form"]!["cells"]!["active/penalty/decisions"]);
    }

    [Fact]
    public async Task A_file_the_page_could_not_read_is_never_overwritten_by_save()
    {
        await using var served = await ServedFolder.StartAsync();
        var form = await served.FormAsync();
        var file = Path.Combine(served.Folder, "reviews.csv");
        File.WriteAllBytes(file, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);
        var (status, body) = await served.SendAsync(served.Request(HttpMethod.Post, "/api/save", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((bool)JsonNode.Parse(body)!["saved"]!);
        Assert.Contains("未保存", (string?)JsonNode.Parse(body)!["problem"], StringComparison.Ordinal);
        Assert.Equal([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], File.ReadAllBytes(file));
    }
}
