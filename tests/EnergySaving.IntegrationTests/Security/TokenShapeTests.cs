using System.Net;
using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Auth.Revocation;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 7: a correctly signed token without a subject, without a stamp or for no user gets 401, never 500.</summary>
public sealed class TokenShapeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private string Sign(params Claim[] claims)
    {
        var key = api.Services.GetRequiredService<SigningKeyStore>().Key;
        var jwt = api.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer, Audience = jwt.Audience, Subject = new ClaimsIdentity(claims),
            IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task Signed_tokens_without_sub_or_stamp_or_user_get_401()
    {
        await api.AdminAsync();
        var admin = await api.Services.GetRequiredService<SecurityStampCache>().GetAsync(await AdminIdAsync(), default);
        var stamp = StampClaim.Of(admin!.SecurityStamp);
        var tokens = new[]
        {
            Sign(new Claim("email", ApiFixture.AdminEmail), new Claim("role", "admin"), new Claim(StampClaim.Type, stamp)),          // no sub
            Sign(new Claim("sub", await AdminIdAsync()), new Claim("email", ApiFixture.AdminEmail), new Claim("role", "admin")),     // no stamp
            Sign(new Claim("sub", "no-such-user"), new Claim("role", "admin"), new Claim(StampClaim.Type, stamp)),                  // no user
            Sign(new Claim("sub", await AdminIdAsync()), new Claim("role", "admin"), new Claim(StampClaim.Type, "forged-stamp")),   // old stamp
        };
        foreach (var token in tokens)
            foreach (var path in new[] { "/api/auth/me", "/api/users", "/api/facilities" })
                Assert.Equal(HttpStatusCode.Unauthorized, (await api.WithToken(token).GetAsync(path)).StatusCode);

        // The same construction with everything in place is accepted: the refusals above are about what is missing.
        var good = Sign(new Claim("sub", await AdminIdAsync()), new Claim("email", ApiFixture.AdminEmail), new Claim("role", "admin"), new Claim(StampClaim.Type, stamp));
        Assert.Equal(HttpStatusCode.OK, (await api.WithToken(good).GetAsync("/api/users")).StatusCode);
    }

    private async Task<string> AdminIdAsync()
    {
        string id = "";
        await api.WithDbAsync(async db => id = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users, u => u.Email == ApiFixture.AdminEmail)).Id);
        return id;
    }
}
