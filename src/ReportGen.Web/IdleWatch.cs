namespace ReportGen.Web;

/// <summary>
/// Ends a server that a double-click started once no page has asked anything for a while: with no
/// terminal there is no Ctrl+C, and a closed browser must not leave the program running for ever.
/// The page asks /api/alive every 30 s (a hidden tab's timers still run once a minute).
/// </summary>
internal sealed class IdleWatch : IDisposable
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private readonly Timer timer;
    private long last = Environment.TickCount64;

    public IdleWatch(Action stop, TimeSpan? limit = null)
    {
        var allowed = (long)(limit ?? Limit).TotalMilliseconds;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(allowed / 4, 50, 15_000));
        timer = new Timer(_ =>
        {
            if (Environment.TickCount64 - Interlocked.Read(ref last) > allowed)
            {
                stop();
            }
        }, null, period, period);
    }

    public void Touch() => Interlocked.Exchange(ref last, Environment.TickCount64);

    public void Dispose() => timer.Dispose();
}
