using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Auth.Revocation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

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
            new(StampClaim.Type, StampClaim.Of(user.SecurityStamp)),
        };
        claims.AddRange(roles.Select(r => new Claim(AuthClaims.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, AuthClaims.Email, AuthClaims.Role));
    }

    /// <summary>
    /// Ends the session when the account was deleted or disabled, or its security stamp changed (role,
    /// password, facilities), through the same SecurityStampCache as bearer tokens (at most a minute old).
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SecurityStampCache>();
        var id = context.Principal?.FindFirstValue(AuthClaims.Subject);
        var digest = context.Principal?.FindFirstValue(StampClaim.Type);
        if (id is null || digest is null || !await stamps.IsCurrentAsync(id, digest, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
