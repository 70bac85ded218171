using System.Security.Cryptography;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace EnergySaving.Api.Auth;

/// <summary>
/// Gives the key that signs and checks tokens. A configured key wins; otherwise the first instance
/// to start stores a random key in the database and every instance reads that same row, so a token
/// issued by one instance is accepted by all of them.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IOptions<JwtOptions> options)
{
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key => _key ?? throw new InvalidOperationException("Signing key not loaded yet.");

    public async Task LoadAsync(CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            var configured = Convert.FromBase64String(options.Value.SigningKey);
            if (configured.Length < 32) throw new InvalidOperationException("EnergySaving:Jwt:SigningKey must be at least 32 bytes (base64).");
            _key = new SymmetricSecurityKey(configured);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO signing_keys (id, key, created_at) VALUES (1, {RandomNumberGenerator.GetBytes(64)}, now()) ON CONFLICT (id) DO NOTHING", ct);
        var stored = await db.SigningKeys.AsNoTracking().SingleAsync(k => k.Id == 1, ct);
        _key = new SymmetricSecurityKey(stored.Key);
    }
}
