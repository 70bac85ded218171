using System.Diagnostics;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>
/// Issue 8, point 5: the local cluster of ./run.sh (.devtools/postgres.sh) refuses a connection without
/// the password, and the password file is readable by its owner only. Runs the script's own functions.
/// </summary>
public sealed class LocalClusterTests
{
    [Fact]
    public async Task The_run_sh_cluster_wants_a_password_kept_in_an_owner_only_file()
    {
        var root = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), $"es-runsh-{Guid.NewGuid():N}"[..20]);
        Directory.CreateDirectory(work);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(work, (UnixFileMode)0b111_101_101); // the postgres OS user must traverse it when we are root
        var port = FreePort();
        var script = $$"""
            set -euo pipefail
            source '{{root}}/.devtools/postgres.sh'
            bin="$(pg_find_bin)"
            pg_local_start '{{work}}/.pgdata/cluster' {{port}}
            trap "pg_local_stop '{{work}}/.pgdata/cluster'" EXIT
            pg_create_database {{port}} energysaving
            echo "with=$("$bin/psql" -h 127.0.0.1 -p {{port}} -U postgres -d energysaving -tAc 'select 42')"
            if PGPASSWORD= "$bin/psql" -w -h 127.0.0.1 -p {{port}} -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then echo without=accepted; else echo without=refused; fi
            echo "mode=$(stat -c %a '{{work}}/.pgdata/postgres-password')"
            """;
        try
        {
            var output = await RunBashAsync(script);
            Assert.Contains("with=42", output);
            Assert.Contains("without=refused", output);
            Assert.Contains("mode=600", output);
        }
        finally
        {
            await RunBashAsync($"rm -rf '{work}'");
        }
    }

    private static async Task<string> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, output);
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "run.sh"))) return dir.FullName;
        throw new InvalidOperationException("run.sh not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
