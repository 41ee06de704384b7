using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    private readonly WebApplication app;
    private readonly FolderForm form;
    private readonly SemaphoreSlim writes = new(1, 1);
    private int port;

    private PageServer(WebApplication app, FolderForm form, string token)
    {
        this.app = app;
        this.form = form;
        Token = token;
    }

    public string Token { get; }

    public string Folder => form.Folder;

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
        var server = new PageServer(app, new FolderForm(request.Folder ?? Directory.GetCurrentDirectory()), AccessGuard.NewToken());
        var guard = new AccessGuard(server.Token, () => server.port);
        app.Use(guard.InvokeAsync);
        server.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.port = new Uri(address).Port;
        // The first check after start pays for loading the rules; pay it now, not on the officer's first keystroke.
        _ = Task.Run(() => server.form.Check(server.form.Read().Form));
        return server;
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        writes.Dispose();
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/", () => Asset("index.html"));
        web.MapGet("/page/{name}", (string name) => Asset(name));
        web.MapGet("/api/format", () => TypedResults.Json(FormatViews.Format, PageJson.Default.FormatView));
        web.MapGet("/api/report", () =>
        {
            var (read, check) = form.Read();
            return TypedResults.Json(new ReportView(form.Folder, Path.GetFullPath(form.Folder), read, FindingViews.Of(check), ["docx"]), PageJson.Default.ReportView);
        });
        web.MapPost("/api/check", (ReportForm posted) =>
            FolderForm.Problem(posted) is { } problem ? (IResult)BadForm(problem)
            : TypedResults.Json(FindingViews.Of(form.Check(posted)), PageJson.Default.CheckView));
        web.MapPost("/api/save", async Task<IResult> (ReportForm posted) =>
        {
            if (FolderForm.Problem(posted) is { } problem)
            {
                return BadForm(problem);
            }
            await writes.WaitAsync().ConfigureAwait(false);
            try
            {
                var saved = Save(posted);
                return TypedResults.Json(new SaveView(saved is null, saved, FindingViews.Of(form.Check(posted))), PageJson.Default.SaveView);
            }
            finally
            {
                writes.Release();
            }
        });
        web.MapPost("/api/build/{format}", async Task<IResult> (string format, ReportForm posted) =>
        {
            if (FolderForm.Problem(posted) is { } problem)
            {
                return BadForm(problem);
            }
            if (format != "docx")
            {
                return TypedResults.Json(new BuildView($"不支持的格式“{format}”", new CheckView([], 0, 0)), PageJson.Default.BuildView, statusCode: StatusCodes.Status404NotFound);
            }
            await writes.WaitAsync().ConfigureAwait(false);
            try
            {
                return Build(posted, format);
            }
            finally
            {
                writes.Release();
            }
        });
    }

    /// <summary>保存 first, so the document is built from the folder as it now is, as `reportgen build FOLDER` would.</summary>
#pragma warning disable CA1859 // The endpoint answers a file or a JSON finding list.
    private IResult Build(ReportForm posted, string format)
    {
        if (Save(posted) is { } problem)
        {
            return TypedResults.Json(new BuildView(problem, FindingViews.Of(form.Check(posted))), PageJson.Default.BuildView, statusCode: StatusCodes.Status409Conflict);
        }
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(form.Folder));
        var output = Path.Combine(Path.GetDirectoryName(full) ?? full, $"{Path.GetFileName(full)}.{format}");
        var built = new ReportBuilder().Build(new BuildRequest(form.Folder, [output]));
        if (built.Written.IsDefaultOrEmpty)
        {
            var why = built.Diagnostics.Any(d => d.Severity == Format.Severity.Error) ? "仍有错误，未生成文件。请先修正所有错误" : "未能生成文件";
            return TypedResults.Json(new BuildView(why, FindingViews.Of(built.AsCheck)), PageJson.Default.BuildView, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        var written = built.Written[0];
        return TypedResults.File(File.ReadAllBytes(written), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Path.GetFileName(written));
    }

    private string? Save(ReportForm posted) =>
        form.WhyNotSavable() ?? new Folders.ReportFolderWriter().Update(form.Folder, form.Files(posted)).Problem;

    private static IResult Asset(string name) =>
        PageAssets.TryGet(name, out var bytes, out var type) ? TypedResults.Bytes(bytes, type) : TypedResults.NotFound();

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<BuildView> BadForm(string problem) =>
        TypedResults.Json(new BuildView(problem, new CheckView([], 0, 0)), PageJson.Default.BuildView, statusCode: StatusCodes.Status400BadRequest);
}
