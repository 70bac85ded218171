namespace EnergySaving.Api.Auth;

public sealed class JwtOptions
{
    public string Issuer { get; set; } = "energysaving";
    public string Audience { get; set; } = "energysaving-api";
    public int LifetimeMinutes { get; set; } = 480;

    /// <summary>Base64 key of at least 32 bytes. When empty, a key is generated once and kept in the database.</summary>
    public string SigningKey { get; set; } = "";
}

public sealed class LockoutSettings
{
    public int MaxFailedAttempts { get; set; } = 5;
    public int Minutes { get; set; } = 15;
}

public sealed class AdminSettings
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
