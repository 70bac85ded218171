using EnergySaving.Api.Auth;
using EnergySaving.Api.Web;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace EnergySaving.Api.Jobs;

/// <summary>
/// Lets only admins into the Hangfire dashboard: a bearer token (tools) or an admin's web session
/// (a browser: the link on the accounts page; no token ever travels in a URL). Hangfire answers 401
/// when the request is not authenticated and 403 when it is, but not as an admin. The dashboard's
/// own forms carry ASP.NET Core antiforgery tokens (Hangfire.AspNetCore checks them), and the session
/// cookie is same-site.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded) result = await http.AuthenticateAsync(WebAuth.Scheme);
        if (!result.Succeeded || result.Principal is null) return false;
        http.User = result.Principal;
        return result.Principal.IsInRole(Roles.Admin);
    }
}
