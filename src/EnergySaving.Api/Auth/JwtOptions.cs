namespace EnergySaving.Api.Auth;

public sealed class JwtOptions
{
    public string Issuer { get; set; } = "energysaving";
    public string Audience { get; set; } = "energysaving-api";
    public int LifetimeMinutes { get; set; } = 480;

    /// <summary>Base64 key of at least 32 bytes. When empty, a key is generated once and kept in the database.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a user's security stamp and status are cached (0–60 s): the most another instance lags behind a revocation.</summary>
    public int StampCacheSeconds { get; set; } = 30;
}

public sealed class LockoutSettings
{
    public int MaxFailedAttempts { get; set; } = 10; // above what one per-account rate-limit window lets through
    public int Minutes { get; set; } = 15;
}

public sealed class AdminSettings
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
