using System.Collections.Frozen;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGen.Format;
using ReportGen.Pipeline;

namespace ReportGen.Web;

/// <summary>
/// Kestrel on 127.0.0.1 only, behind <see cref="AccessGuard"/>: the page, the statutory format, and the
/// folder's check, save and build, each the same core call the CLI makes.
/// </summary>
internal sealed class PageServer : IAsyncDisposable
{
    /// <summary>A whole report (six sections of prose, three tables) is well under 1 MB of JSON.</summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>What 生成 offers, by the word in its URL: the same formats `build -o` writes by extension.</summary>
    private static readonly FrozenDictionary<string, (OutputFormat Format, string ContentType)> Formats = new Dictionary<string, (OutputFormat, string)>
    {
        ["docx"] = (OutputFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ["pdf"] = (OutputFormat.Pdf, "application/pdf"),
        ["html"] = (OutputFormat.Html, "text/html; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] FormatNames = ["docx", "pdf", "html"];

    private readonly WebApplication app;
    private readonly SemaphoreSlim writes = new(1, 1);
    private readonly IdleWatch? idle;
    private string? drafts;
    private FolderForm? form;
    private int port;

    private PageServer(WebApplication app, FolderForm? form, string token, IdleWatch? idle)
    {
        this.app = app;
        this.form = form;
        this.idle = idle;
        Token = token;
    }

    public string Token { get; }

    /// <summary>The folder served; null until the person picks one in the page (started without a folder).</summary>
    public string? Folder => form?.Folder;

    public int Port => port;

    public Uri Url => new($"http://127.0.0.1:{port}/?{AccessGuard.TokenParameter}={Token}");

    public static async Task<PageServer> StartAsync(ServeRequest request)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // stdout's first line is the URL and nothing else talks there; the framework's log would.
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, request.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxConcurrentConnections = 64;
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PageJson.Default));

        var app = builder.Build();
        var idle = request.ExitWhenIdle ? new IdleWatch(app.Lifetime.StopApplication) : null;
        var server = new PageServer(app, request.Folder is { } folder ? new FolderForm(folder, request.Drafts) : null, AccessGuard.NewToken(), idle);
        var guard = new AccessGuard(server.Token, () => server.port);
        if (idle is not null)
        {
            app.Use(async (context, next) =>
            {
                idle.Touch();
                await next(context).ConfigureAwait(false);
            });
        }
        app.Use(guard.InvokeAsync);
        server.drafts = request.Drafts;
        server.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.port = new Uri(address).Port;
        server.WarmUp();
        return server;
    }

    /// <summary>The first check after start pays for loading the rules; pay it now, not on the officer's first keystroke.</summary>
    private void WarmUp()
    {
        if (form is { } current)
        {
            _ = Task.Run(() => current.Check(current.Read().Form));
        }
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        if (form is { } current)
        {
            await current.Drafts.FlushAsync().ConfigureAwait(false);
        }
        await app.DisposeAsync().ConfigureAwait(false);
        writes.Dispose();
        idle?.Dispose();
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/", () => Asset("index.html"));
        web.MapGet("/page/{name}", (string name) => Asset(name));
        web.MapGet("/api/format", () => TypedResults.Json(FormatViews.Format, PageJson.Default.FormatView));
        web.MapGet("/api/session", () => TypedResults.Json(new SessionView(form?.Folder, form is null ? FolderPicker.Places() : [], FormatNames), PageJson.Default.SessionView));
        // The page asks now and then, so that a server started by a double-click ends once no page is open.
        web.MapGet("/api/alive", () => TypedResults.NoContent());
        web.MapPost("/api/quit", () =>
        {
            app.Lifetime.StopApplication();
            return TypedResults.NoContent();
        });
        MapPicker(web);
        web.MapGet("/api/report", () => WithFormAsync(async current =>
        {
            var (read, check) = current.Read();
            var kept = await current.Drafts.ReadAsync().ConfigureAwait(false);
            var offered = kept is not null && !current.SameFiles(kept.Form, read) ? kept : null;
            return TypedResults.Json(new ReportView(current.Folder, Path.GetFullPath(current.Folder), read, FindingViews.Of(check), FormatNames, offered), PageJson.Default.ReportView);
        }));
        web.MapPost("/api/check", (ReportForm posted) => WithForm(current =>
        {
            if (FolderForm.Problem(posted) is { } problem)
            {
                return BadForm(problem);
            }
            var check = current.Check(posted);
            // Every check is of something typed: keep it until 保存 (written after the answer, in order).
            current.Drafts.Keep(posted);
            return TypedResults.Json(FindingViews.Of(check), PageJson.Default.CheckView);
        }));
        web.MapPost("/api/draft/discard", () => WithFormAsync(async current =>
        {
            await current.Drafts.ClearAsync().ConfigureAwait(false);
            return TypedResults.NoContent();
        }));
        web.MapPost("/api/save", (ReportForm posted) => WithFormAsync(async current =>
        {
            if (FolderForm.Problem(posted) is { } problem)
            {
                return BadForm(problem);
            }
            await writes.WaitAsync().ConfigureAwait(false);
            try
            {
                var saved = Save(current, posted);
                if (saved is null)
                {
                    await current.Drafts.ClearAsync().ConfigureAwait(false);
                }
                return TypedResults.Json(new SaveView(saved is null, saved, FindingViews.Of(current.Check(posted))), PageJson.Default.SaveView);
            }
            finally
            {
                writes.Release();
            }
        }));
        web.MapPost("/api/build/{format}", (string format, ReportForm posted) => WithFormAsync(async current =>
        {
            if (FolderForm.Problem(posted) is { } problem)
            {
                return BadForm(problem);
            }
            if (!Formats.TryGetValue(format, out var output))
            {
                return TypedResults.Json(new BuildView($"不支持的格式“{format}”，可选：{string.Join("、", FormatNames)}", new CheckView([], 0, 0)), PageJson.Default.BuildView, statusCode: StatusCodes.Status404NotFound);
            }
            await writes.WaitAsync().ConfigureAwait(false);
            try
            {
                return Build(current, posted, output.Format, output.ContentType);
            }
            finally
            {
                writes.Release();
            }
        }));
    }

    /// <summary>Only while no folder is served: once one is, these refuse, and no other path is reachable.</summary>
    private void MapPicker(WebApplication web)
    {
        web.MapGet("/api/folders", (string? path) => WhilePicking(() =>
        {
            var (list, problem) = FolderPicker.List(path ?? (FolderPicker.Places() is [var first, ..] ? first.Path : null) ?? Directory.GetCurrentDirectory());
            return list is null ? Choice(null, problem, StatusCodes.Status400BadRequest) : TypedResults.Json(list, PageJson.Default.FolderListView);
        }));
        web.MapPost("/api/open", (FolderChoice choice) => WhilePicking(() => Chosen(FolderPicker.Open(choice.Path))));
        web.MapPost("/api/create", (FolderChoice choice) => WhilePicking(() => Chosen(FolderPicker.Create(choice))));
    }

    private IResult WhilePicking(Func<IResult> pick)
    {
        lock (writes)
        {
            return form is null ? pick() : Choice(form.Folder, $"本页已打开报告文件夹 {form.Folder}；要换一个文件夹，请关闭程序后重新启动", StatusCodes.Status409Conflict);
        }
    }

    private JsonHttpResult<ChoiceView> Chosen((string? Folder, string? Problem) chosen)
    {
        if (chosen.Folder is not { } folder)
        {
            return Choice(null, chosen.Problem, StatusCodes.Status400BadRequest);
        }
        form = new FolderForm(folder, drafts);
        WarmUp();
        return Choice(folder, null, StatusCodes.Status200OK);
    }

    private static JsonHttpResult<ChoiceView> Choice(string? folder, string? problem, int status) =>
        TypedResults.Json(new ChoiceView(folder, problem), PageJson.Default.ChoiceView, statusCode: status);

    private IResult WithForm(Func<FolderForm, IResult> serve) => form is { } current ? serve(current) : NoFolder();

    private Task<IResult> WithFormAsync(Func<FolderForm, Task<IResult>> serve) => form is { } current ? serve(current) : Task.FromResult<IResult>(NoFolder());

    private static JsonHttpResult<BuildView> NoFolder() => TypedResults.Json(new BuildView("尚未选择报告文件夹。请在本页中打开或新建一个", new CheckView([], 0, 0)), PageJson.Default.BuildView, statusCode: StatusCodes.Status409Conflict);

    /// <summary>保存 first, so the document is built from the folder as it now is, as `reportgen build FOLDER -o FOLDER.docx` would.</summary>
    private static IResult Build(FolderForm current, ReportForm posted, OutputFormat format, string contentType)
    {
        if (Save(current, posted) is { } problem)
        {
            return TypedResults.Json(new BuildView(problem, FindingViews.Of(current.Check(posted))), PageJson.Default.BuildView, statusCode: StatusCodes.Status409Conflict);
        }
        // Saved: the folder now holds what was typed, the draft has done its work.
        current.Drafts.ClearAsync().GetAwaiter().GetResult();
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(current.Folder));
        var output = Path.Combine(Path.GetDirectoryName(full) ?? full, Path.GetFileName(full) + OutputFormats.Extension(format));
        var built = new ReportBuilder().Build(new BuildRequest(current.Folder, [output]));
        if (!built.IsWritten)
        {
            // A job's finding (no LibreOffice for the PDF, an output that cannot be written) is the reason; otherwise the rules are.
            var why = built.Diagnostics.FirstOrDefault(d => d.Rule.Kind == RuleKind.Job && d.Severity == Severity.Error) is { } job
                ? $"{job.Rule.Id}：{job.Message}。{job.Hint}"
                : built.Diagnostics.Any(d => d.Severity == Severity.Error) ? "仍有错误，未生成文件。请先修正所有错误" : "未能生成文件";
            return TypedResults.Json(new BuildView(why, FindingViews.Of(built)), PageJson.Default.BuildView, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        var written = built.Written[0];
        return TypedResults.File(File.ReadAllBytes(written), contentType, Path.GetFileName(written));
    }

    private static string? Save(FolderForm current, ReportForm posted) =>
        current.WhyNotSavable() ?? (new Folders.ReportFolderWriter().Update(current.Folder, current.Files(posted)).Finding is { } unsaved ? FindingViews.Sentence(unsaved) : null);

    private static IResult Asset(string name) =>
        PageAssets.TryGet(name, out var bytes, out var type) ? TypedResults.Bytes(bytes, type) : TypedResults.NotFound();

    private static JsonHttpResult<BuildView> BadForm(string problem) =>
        TypedResults.Json(new BuildView(problem, new CheckView([], 0, 0)), PageJson.Default.BuildView, statusCode: StatusCodes.Status400BadRequest);
}
