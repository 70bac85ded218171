using Microsoft.AspNetCore.Identity;

namespace EnergySaving.Api.Auth;

/// <summary>The outcome of a sign-in: the user and roles, or nothing (with how long to wait when limited).</summary>
public sealed record SignInOutcome(AppUser? User, IReadOnlyList<string> Roles, TimeSpan? RetryAfter = null);

/// <summary>
/// Checks an email and password, with the account's lockout, for both the API's token route and the
/// web sign-in form. An unknown email and a wrong password answer alike.
/// </summary>
public sealed class SignInService(UserManager<AppUser> users)
{
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, string? clientAddress, CancellationToken ct)
    {
        _ = clientAddress;
        ct.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return new(null, []);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user)) return new(null, []);
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return new(null, []);
        }
        await users.ResetAccessFailedCountAsync(user);
        return new(user, (await users.GetRolesAsync(user)).ToList());
    }
}
