using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EnergySaving.Api.Auth;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

public sealed class TokenIssuer(SigningKeyStore keys, IOptions<JwtOptions> options, TimeProvider clock)
{
    public TokenResponse Issue(AppUser user, IEnumerable<string> roles)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, user.Id),
            new(AuthClaims.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(Revocation.StampClaim.Type, Revocation.StampClaim.Of(user.SecurityStamp)),
        };
        claims.AddRange(roles.Select(r => new Claim(AuthClaims.Role, r)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(o.LifetimeMinutes),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        return new TokenResponse(new JsonWebTokenHandler().CreateToken(descriptor), "Bearer", o.LifetimeMinutes * 60);
    }
}

public static class AuthClaims
{
    public const string Role = "role";
    public const string Subject = JwtRegisteredClaimNames.Sub;
    public const string Email = JwtRegisteredClaimNames.Email;

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Subject) ?? throw new InvalidOperationException("Token has no subject.");
}
