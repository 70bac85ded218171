using System.Security.Cryptography;
using EnergySaving.Api.Auth.Accounts;
using Microsoft.AspNetCore.Identity;

using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Auth.SignIn;

/// <summary>
/// Checks an email and password. Every refusal looks the same and takes about as long: an unknown
/// email is checked against a dummy hash (as costly as a real one), a locked or disabled account
/// still has its hash verified, and all of them get <see cref="SignInOutcome.Failed"/>. The
/// per-account rate limit comes first, so failures that count towards the lockout arrive slowly.
/// Used by the API's login and the web form alike; it writes no HTTP response.
/// </summary>
public sealed class SignInService(UserManager<AppUser> users, AccountLimiter limiter, ILogger<SignInService> logger)
{
    private static string? _dummyHash;

    /// <summary>clientAddress is for the log only: the per-address limit is the rate-limiting middleware's (LoginRateLimits).</summary>
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, string? clientAddress, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(email)) errors.Add("email", Message.Of("auth.email.required"));
        else if (email.Length > SignInSettings.MaxEmailLength) errors.Add("email", Message.Of("auth.email.too-long", ("max", SignInSettings.MaxEmailLength)));
        if (string.IsNullOrEmpty(password)) errors.Add("password", Message.Of("account.password.required"));
        if (errors.Count > 0) return new SignInOutcome.Invalid(errors);

        var normalised = users.NormalizeEmail(email!.Trim());
        if (limiter.TryAttempt(normalised) is { } retryAfter) return new SignInOutcome.RateLimited(retryAfter);
        ct.ThrowIfCancellationRequested();

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash(), password!);
            return new SignInOutcome.Failed();
        }
        if (AccountStatus.IsDisabled(user) || await users.IsLockedOutAsync(user))
        {
            // Same work as a wrong password, and no count: a locked account says nothing more.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash(), password!);
            return new SignInOutcome.Failed();
        }
        if (!await users.CheckPasswordAsync(user, password!))
        {
            await users.AccessFailedAsync(user);
            logger.LogInformation("Failed sign-in for user {UserId} from {ClientAddress}.", user.Id, clientAddress ?? "unknown");
            return new SignInOutcome.Failed();
        }
        if (user.AccessFailedCount > 0) await users.ResetAccessFailedCountAsync(user);
        return new SignInOutcome.Succeeded(user, [.. await users.GetRolesAsync(user)]);
    }

    /// <summary>A hash made with the configured hasher (same iterations as real ones) of a password nobody knows.</summary>
    private string DummyHash() =>
        _dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}
