using EnergySaving.Api.Auth;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace EnergySaving.Api.Jobs;

/// <summary>
/// Lets only admins into the Hangfire dashboard: authenticates the bearer token itself and checks the role.
/// Hangfire answers 401 when the request is not authenticated and 403 when it is but not as an admin.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null) return false;
        http.User = result.Principal;
        return result.Principal.IsInRole(Roles.Admin);
    }
}
