using System.Collections.Concurrent;
using EnergySaving.Api.Auth.Accounts;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Auth.Revocation;

/// <summary>
/// Whether a signed-in user's credential is still good: the account exists, is not disabled, and its
/// security stamp is the one the credential was issued with. Each user's state is read from the
/// database at most once per <see cref="JwtOptions.StampCacheSeconds"/> (≤ 60 s, so another instance
/// sees a change within a minute); this instance forgets a user at once through <see cref="Invalidate"/>.
/// Reusable by any sign-in scheme (bearer tokens here, cookies in the web app).
/// </summary>
public sealed class SecurityStampCache(IServiceScopeFactory scopes, IOptions<JwtOptions> options, TimeProvider clock)
{
    public sealed record AccountState(string? SecurityStamp, bool Disabled);

    private readonly record struct Entry(AccountState? State, DateTimeOffset ReadAt);

    /// <summary>Keys come only from validly signed credentials, but the cache is bounded all the same.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>True when the account exists, is enabled and has the stamp whose digest is <paramref name="stampDigest"/>.</summary>
    public async Task<bool> IsCurrentAsync(string userId, string stampDigest, CancellationToken ct)
    {
        var state = await GetAsync(userId, ct);
        return state is { Disabled: false } && string.Equals(StampClaim.Of(state.SecurityStamp), stampDigest, StringComparison.Ordinal);
    }

    /// <summary>The account's state, or null when it no longer exists.</summary>
    public async Task<AccountState?> GetAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(userId, out var entry) && now - entry.ReadAt < TimeSpan.FromSeconds(options.Value.StampCacheSeconds))
            return entry.State;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        var state = row is null ? null : new AccountState(row.SecurityStamp, AccountStatus.IsDisabled(row.LockoutEnd));
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[userId] = new Entry(state, now);
        return state;
    }

    public void Invalidate(string userId) => _entries.TryRemove(userId, out _);
}
