namespace EnergySaving.Api.Auth.SignIn;

/// <summary>
/// Rate limits of sign-in (EnergySaving:SignIn). They come before the lockout: a guesser is slowed to
/// a few tries per window, and the lockout threshold (EnergySaving:Lockout) is set above what one
/// window lets through, so typing wrong passwords cannot lock someone out at will.
/// </summary>
public sealed class SignInSettings
{
    public const string Section = "EnergySaving:SignIn";

    /// <summary>Sign-in attempts one client address may make per window.</summary>
    public int PerAddressPermits { get; set; } = 10;
    public int PerAddressWindowSeconds { get; set; } = 60;

    /// <summary>Sign-in attempts for one email (existing or not) per window, from anywhere.</summary>
    public int PerAccountPermits { get; set; } = 5;
    public int PerAccountWindowSeconds { get; set; } = 300;

    /// <summary>Longer emails are refused before they reach the limiter, so its partitions stay small.</summary>
    public const int MaxEmailLength = 256;

    public bool IsValid() =>
        PerAddressPermits > 0 && PerAddressWindowSeconds > 0 && PerAccountPermits > 0 && PerAccountWindowSeconds > 0;
}
