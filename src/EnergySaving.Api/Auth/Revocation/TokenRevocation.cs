using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace EnergySaving.Api.Auth.Revocation;

/// <summary>
/// JwtBearerEvents.OnTokenValidated: a correctly signed token is accepted only while its user exists,
/// is enabled and still has the security stamp the token was issued with. A token without a subject
/// or a stamp is refused too, so every failure is a 401 rather than a fault further on.
/// </summary>
public static class TokenRevocation
{
    public static async Task CheckAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirst(AuthClaims.Subject)?.Value;
        var stamp = principal?.FindFirst(StampClaim.Type)?.Value;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            context.Fail("The token names no user or no security stamp.");
            return;
        }
        var cache = context.HttpContext.RequestServices.GetRequiredService<SecurityStampCache>();
        if (!await cache.IsCurrentAsync(userId, stamp, context.HttpContext.RequestAborted))
            context.Fail("The token was revoked: the account was changed, disabled or deleted.");
    }
}
