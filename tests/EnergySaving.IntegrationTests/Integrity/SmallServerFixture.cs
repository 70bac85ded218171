using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Integrity;

/// <summary>
/// The service on a PostgreSQL server of its own that allows only 25 connections (as a small production server
/// would, relative to its load), with Hangfire on and this process's pool at 15: the burst tests need the limit
/// to be real, and the outage test stops this server.
/// </summary>
public sealed class SmallServerFixture : ApiFixture
{
    public const int ServerMaxConnections = 25;
    public const int PoolSize = 15;

    protected override Task<PostgresCluster> StartClusterAsync() => PostgresCluster.StartDedicatedAsync(ServerMaxConnections);

    protected override void AfterDispose() => Cluster.Remove();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:Database:MaxPoolSize", PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("EnergySaving:Database:ConnectionWaitSeconds", "60"),
        new("EnergySaving:Jobs:Enabled", "true"),
        new("EnergySaving:Jobs:RunServer", "true"),
        new("EnergySaving:Jobs:WorkerCount", "4"),
        new("EnergySaving:Jobs:QueuePollIntervalSeconds", "0.5"),
        new("EnergySaving:Jobs:NightlyCron", ""),
    ];
}
