using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EnergySaving.IntegrationTests.Infrastructure;

/// <summary>
/// One disposable PostgreSQL cluster for the whole test run, started from the machine's binaries on a
/// free port and removed when the test process exits; or the server of ENERGYSAVING_TEST_DB when set.
/// Tests never skip: without PostgreSQL they fail with a message that says what is missing.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);

    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    private readonly string? _dataDir;
    private readonly string? _binDir;

    /// <summary>Connection string to the maintenance database ("postgres") of the server.</summary>
    public string AdminConnectionString { get; }

    private PostgresCluster(string adminConnectionString, string? dataDir, string? binDir)
    {
        AdminConnectionString = adminConnectionString;
        _dataDir = dataDir;
        _binDir = binDir;
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task<PostgresCluster> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("ENERGYSAVING_TEST_DB");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external) { Database = "postgres" };
            await CheckReachableAsync(builder.ConnectionString, "ENERGYSAVING_TEST_DB");
            return new PostgresCluster(builder.ConnectionString, null, null);
        }

        return await StartClusterAsync("-c max_connections=300");
    }

    /// <summary>
    /// A cluster of its own for a test that stops the server or needs it small (few max_connections); never the
    /// shared one. Dispose removes it.
    /// </summary>
    public static Task<PostgresCluster> StartDedicatedAsync(int maxConnections) =>
        StartClusterAsync($"-c max_connections={maxConnections} -c superuser_reserved_connections=0");

    private int _port;
    private bool _isRoot;

    private static async Task<PostgresCluster> StartClusterAsync(string serverSettings)
    {
        var bin = FindBinDir() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on PATH. " +
            "Install them (Debian/Ubuntu: apt-get install -y postgresql) or set ENERGYSAVING_TEST_DB to a server's connection string.");
        var isRoot = Environment.UserName == "root";
        var dir = Path.Combine(Path.GetTempPath(), $"energysaving-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        Directory.CreateDirectory(dir);
        if (isRoot) await RunAsync("chown", $"postgres {dir}", asPostgres: false);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {dir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync", isRoot);
        var cluster = new PostgresCluster($"Host=127.0.0.1;Port={port};Database=postgres;Username=postgres;Include Error Detail=true", dir, bin)
        {
            _port = port, _isRoot = isRoot, _serverSettings = serverSettings,
        };
        await cluster.StartServerAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(isRoot);
        return cluster;
    }

    private string _serverSettings = "";

    /// <summary>Starts the server of this cluster (again, after <see cref="StopServerAsync"/>).</summary>
    public Task StartServerAsync() => RunAsync(Path.Combine(_binDir!, "pg_ctl"),
        $"-D {_dataDir} -l {_dataDir}/server.log -w -t 60 -o \"-p {_port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off {_serverSettings}\" start",
        _isRoot);

    /// <summary>Stops the server (fast shutdown: sessions are cut, as an operator or a restart would), keeping the data.</summary>
    public Task StopServerAsync() => RunAsync(Path.Combine(_binDir!, "pg_ctl"), $"-D {_dataDir} -m fast -w stop", _isRoot);

    /// <summary>Stops and removes a dedicated cluster.</summary>
    public void Remove() => Stop(_isRoot);

    private void Stop(bool isRoot)
    {
        if (_dataDir is null || _binDir is null) return;
        try
        {
            if (Directory.Exists(_dataDir))
                RunAsync(Path.Combine(_binDir, "pg_ctl"), $"-D {_dataDir} -m immediate -w stop", isRoot).GetAwaiter().GetResult();
        }
        catch
        {
            // Already stopped (a test stopped it); the folder is removed below.
        }
        try
        {
            if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true);
        }
        catch
        {
            // Best effort at process exit; the folder is in the temp directory.
        }
    }

    private static async Task CheckReachableAsync(string connectionString, string source)
    {
        try
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Cannot reach the PostgreSQL server of {source}: {e.Message}", e);
        }
    }

    private static string? FindBinDir()
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (versioned is not null) return versioned;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string args, bool asPostgres)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}")
            : new ProcessStartInfo(file, args);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.WorkingDirectory = Path.GetTempPath();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {args} failed ({p.ExitCode}): {await stderr} {await stdout}");
    }
}
