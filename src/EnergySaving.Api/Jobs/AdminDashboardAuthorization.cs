using EnergySaving.Api.Auth;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace EnergySaving.Api.Jobs;

/// <summary>
/// Lets only admins into the Hangfire dashboard: authenticates the bearer token itself and checks the role.
/// Hangfire answers 401 when the request is not authenticated and 403 when it is but not as an admin.
/// A browser cannot send a bearer header, so an admin opens /hangfire?access_token=… once; the token
/// is then kept in an HttpOnly, same-site-strict cookie limited to /hangfire (see DashboardToken).
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null) return false;
        http.User = result.Principal;
        if (!result.Principal.IsInRole(Roles.Admin)) return false;
        DashboardToken.RememberFromQuery(http, result.Properties?.ExpiresUtc);
        return true;
    }
}

/// <summary>Where the dashboard finds its token: the Authorization header, the query (once) or its cookie.</summary>
public static class DashboardToken
{
    public const string Path = "/hangfire";
    public const string Cookie = "energysaving_dashboard";
    private const string Query = "access_token";

    /// <summary>JwtBearerEvents.OnMessageReceived: for dashboard requests without a header, take the query or the cookie.</summary>
    public static Task FromQueryOrCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(Path) && !request.Headers.Authorization.Any())
            context.Token = request.Query[Query].FirstOrDefault() ?? request.Cookies[Cookie];
        return Task.CompletedTask;
    }

    public static void RememberFromQuery(HttpContext http, DateTimeOffset? expires)
    {
        if (http.Request.Query[Query].FirstOrDefault() is not { Length: > 0 } token) return;
        http.Response.Cookies.Append(Cookie, token, new CookieOptions
        {
            Path = Path,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Expires = expires,
        });
    }
}
