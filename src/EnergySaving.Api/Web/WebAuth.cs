using System.Security.Claims;
using EnergySaving.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace EnergySaving.Api.Web;

/// <summary>
/// The browser's session: an HttpOnly, same-site cookie on the same Identity users and roles as the
/// API's bearer tokens. The cookie scheme is never the default, and the API's policies authenticate
/// only bearer tokens, so a cookie cannot authorise an /api/* request (no CSRF path into the API).
/// The principal carries the same claims as a token (sub, email, role), so FacilityAccess and the
/// role policies apply to pages unchanged.
/// </summary>
public static class WebAuth
{
    public const string Scheme = "EnergySaving.Web";
    public const string CookieName = "energysaving_session";
    public const string StampClaim = "stamp";

    /// <summary>How often a signed-in session re-checks that its user still exists, is enabled and has the same stamp.</summary>
    public static readonly TimeSpan RevalidateEvery = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddWebAuth(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // a reminder e-mail's link must open the page signed in
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // A page another role may not see is a 403 page, not a redirect.
                OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; },
                OnValidatePrincipal = ValidateAsync,
            };
        });
        return services;
    }

    public static ClaimsPrincipal PrincipalFor(AppUser user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, user.Id),
            new(AuthClaims.Email, user.Email ?? ""),
            new(StampClaim, user.SecurityStamp ?? ""),
        };
        claims.AddRange(roles.Select(r => new Claim(AuthClaims.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, AuthClaims.Email, AuthClaims.Role));
    }

    /// <summary>
    /// Ends the session when the account was deleted, locked or disabled, or its security stamp changed
    /// (role, password, facilities): checked at most once a minute per session.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued < RevalidateEvery) return;

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var id = context.Principal?.FindFirstValue(AuthClaims.Subject);
        var user = id is null ? null : await users.FindByIdAsync(id);
        var stamp = context.Principal?.FindFirstValue(StampClaim);
        if (user is null || user.SecurityStamp != stamp || await users.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }
        context.Properties.IssuedUtc = now; // checked: renew so the next check is a minute away
        context.ShouldRenew = true;
    }
}
