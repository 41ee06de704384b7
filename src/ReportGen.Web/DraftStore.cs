using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportGen.Disk;

namespace ReportGen.Web;

/// <summary>
/// What the officer typed and has not saved, kept on this machine outside the report folder, so that a
/// closed tab, a crashed browser or a stopped server does not lose it. The browser's own copy
/// (localStorage) belongs to one origin, that is one port, and the next start gets another port; this
/// copy is found by the folder's full path. Written after each check, removed by 保存, one write at a
/// time and in order (a write queued before 保存 cannot bring the draft back after it).
/// </summary>
internal sealed class DraftStore(string file)
{
    private readonly Lock gate = new();
    private Task tail = Task.CompletedTask;

    /// <summary>The draft of <paramref name="folder"/> in <paramref name="root"/>, by default the user's local application data (ReportGen/drafts).</summary>
    public static DraftStore For(string folder, string? root = null)
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        root ??= Path.Combine(data.Length > 0 ? data : Path.GetTempPath(), "ReportGen", "drafts");
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))))[..24];
        return new DraftStore(Path.Combine(root, key + ".json"));
    }

    public string File => file;

    public void Keep(ReportForm form)
    {
        var draft = new DraftView(DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture), form);
        Enqueue(() =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            new AtomicFileWriter().Write(file, stream => JsonSerializer.Serialize(stream, draft, PageJson.Default.DraftView));
        });
    }

    public Task ClearAsync() => Enqueue(() => TempPaths.Remove(file));

    /// <summary>Waits for every write queued so far: a server that stops right after a check still leaves its draft for the next one.</summary>
    public Task FlushAsync()
    {
        lock (gate)
        {
            return tail;
        }
    }

    /// <summary>The kept draft, or null when there is none or it cannot be read (a draft is a convenience, never a reason to fail).</summary>
    public async Task<DraftView?> ReadAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        var read = BoundedFileReader.Read(file, PageServer.MaxRequestBytes);
        if (!read.Succeeded)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(read.Bytes, PageJson.Default.DraftView) is { Form: not null } draft && FolderForm.Problem(draft.Form) is null ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task Enqueue(Action write)
    {
        lock (gate)
        {
            tail = tail.ContinueWith(_ =>
            {
                try
                {
                    write();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The browser keeps its own copy; a draft that cannot be written here is not an error to show.
                }
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return tail;
        }
    }
}
