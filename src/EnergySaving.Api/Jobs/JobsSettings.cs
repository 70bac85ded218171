namespace EnergySaving.Api.Jobs;

/// <summary>EnergySaving:Jobs — Hangfire on the service's PostgreSQL database (schema "hangfire").</summary>
public sealed class JobsSettings
{
    /// <summary>Off: no Hangfire at all (tests that need no jobs); POST /api/baselines/runs answers 503.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Run a Hangfire server (workers) in this process. Every instance with it on takes part in every run.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>A worker process: Hangfire server and /health only, no API routes and no dashboard.</summary>
    public bool WorkerOnly { get; set; }

    /// <summary>Workers of this process's server; 0 = Hangfire's default (processors × 5, at most 20).</summary>
    public int WorkerCount { get; set; }

    /// <summary>How often idle workers poll the queue (Hangfire.PostgreSql defaults to 15 s).</summary>
    public double QueuePollIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// Seconds after which a job fetched by a worker that stopped renewing it (a killed process) is run again by
    /// another worker. Live workers renew their jobs' fetch time in the background, so long jobs are not affected.
    /// </summary>
    public double InvisibilityTimeoutSeconds { get; set; } = 60;

    /// <summary>Nightly recompute of facilities whose data changed; empty removes the recurring job.</summary>
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>Facility ids per batch job (a batch fits its facilities on every core).</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Name of this process in the run's batch records; default machine:pid:random.</summary>
    public string? InstanceName { get; set; }
}

/// <summary>This process's name, recorded on each batch it runs.</summary>
public sealed class JobsInstance(string name)
{
    public string Name { get; } = name;
}
