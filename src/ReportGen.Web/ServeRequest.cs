namespace ReportGen.Web;

/// <summary>
/// `reportgen serve`: the report folder (null: the person picks one in the page), the port (0: any free
/// one), whether to open the browser, and whether to end once no page has asked anything for
/// <see cref="IdleWatch.Limit"/> (a double-click: no terminal to press Ctrl+C in).
/// </summary>
/// <param name="Drafts">Where unsaved drafts are kept; null: the user's local application data (<see cref="DraftStore"/>).</param>
internal sealed record ServeRequest(string? Folder, int Port, bool OpenBrowser, bool ExitWhenIdle = false, string? Drafts = null)
{
    /// <summary>
    /// The arguments `reportgen serve` passes on: [FOLDER] [--port N] [--no-open] [--exit-when-idle]. A mistake is a Chinese
    /// sentence, not an exception: this executable is also started by a double-click.
    /// </summary>
    public static (ServeRequest? Request, string? Problem) Parse(IReadOnlyList<string> args)
    {
        string? folder = null;
        var port = 0;
        var open = true;
        var exitWhenIdle = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--no-open":
                    open = false;
                    break;
                case "--exit-when-idle":
                    exitWhenIdle = true;
                    break;
                case "--port" when i + 1 < args.Count && int.TryParse(args[i + 1], out var p) && p is >= 0 and <= 65535:
                    port = p;
                    i++;
                    break;
                case "--port":
                    return (null, "--port 需要一个 0 到 65535 之间的端口号，例如 --port 8080");
                case var a when a.StartsWith('-'):
                    return (null, $"无法识别的选项“{a}”。用法：reportgen serve <报告文件夹> [--port N] [--no-open]");
                case var a when folder is null:
                    folder = a;
                    break;
                default:
                    return (null, $"只能给出一个报告文件夹，多出了“{args[i]}”");
            }
        }
        return (new ServeRequest(folder, port, open, exitWhenIdle), null);
    }
}
