namespace EnergySaving.Api.Infrastructure;

/// <summary>EnergySaving:Database — the one connection pool that EF Core, the imports and Hangfire share.</summary>
public sealed class DatabaseSettings
{
    /// <summary>Apply EF Core migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Most connections this process opens, all uses together. Keep the sum over every instance (API and
    /// workers) below the server's max_connections (PostgreSQL's default: 100, some reserved): a request that
    /// finds the pool busy waits for a connection instead of being refused by the server.
    /// </summary>
    public int MaxPoolSize { get; set; } = 30;

    /// <summary>
    /// Statements each connection prepares once and reuses (Npgsql "Max Auto Prepare": the most used ones, after 5
    /// uses), so PostgreSQL stops parsing and planning the same reads on every request; 0 turns it off.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 50;

    /// <summary>How long a request waits for a free connection (or for the server to answer a connect) before it gets 503.</summary>
    public int ConnectionWaitSeconds { get; set; } = 15;

    /// <summary>Seconds a client is told to wait (Retry-After) when the database is down or saturated.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
