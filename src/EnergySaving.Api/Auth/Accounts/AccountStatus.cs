namespace EnergySaving.Api.Auth.Accounts;

/// <summary>
/// A disabled account is one locked out "for ever" (lockout end in year 9999): Identity then refuses
/// it everywhere without a new column, and a lockout after failed sign-ins (minutes) stays distinct.
/// </summary>
public static class AccountStatus
{
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Anything past year 9000 is the disabled marker (PostgreSQL may round the stored instant).</summary>
    public static readonly DateTimeOffset DisabledFrom = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(AppUser user) => IsDisabled(user.LockoutEnd);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledFrom;
}
