using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReportGen.Web;

/// <summary>
/// What every request must pass, loopback or not: any web page the officer visits can make the browser
/// send requests to 127.0.0.1, and DNS rebinding can make it send them under another name. So the Host
/// must be ours, a write must come from our own origin, and every request must carry the token that
/// only the person who started the server has (in the first URL, then in a cookie).
/// </summary>
internal sealed class AccessGuard(string token, Func<int> port)
{
    public const string TokenParameter = "token";

    public string Token => token;

    /// <summary>Per port: two servers on one machine must not overwrite each other's cookie (cookies ignore ports).</summary>
    public string CookieName => $"reportgen_{port()}";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        if (!IsOurHost(context.Request.Host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "此页面只接受 127.0.0.1 或 localhost 加端口号的地址访问。").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !IsOurOrigin(context.Request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "拒绝来自其他网站的修改请求。").ConfigureAwait(false);
            return;
        }
        if (context.Request.Query.TryGetValue(TokenParameter, out var given) && HttpMethods.IsGet(context.Request.Method)
            && context.Request.Path == "/" && Matches(given.ToString()))
        {
            // The token leaves the address bar (and history) at once; the cookie carries it from here on.
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                IsEssential = true,
            });
            context.Response.Redirect("/", permanent: false);
            return;
        }
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie) || !Matches(cookie))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "缺少或错误的访问令牌。请使用 reportgen serve 在终端第一行打印的完整网址（含 ?token=…）打开本页。").ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private bool IsOurHost(HostString host) =>
        host.Port == port() && host.Host is { } name
        && (name.Equals("127.0.0.1", StringComparison.Ordinal) || name.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    private bool IsOurOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        return uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/" && IsOurHost(new HostString(uri.Host, uri.Port))
            && (fetchSite.Length == 0 || fetchSite == "same-origin");
    }

    private bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
