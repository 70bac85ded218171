using System.Net.Http.Headers;
using System.Net.Http.Json;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EnergySaving.IntegrationTests.Infrastructure;

/// <summary>
/// The real service in memory (WebApplicationFactory) on its own PostgreSQL database, with helpers to
/// sign in as each role. One per test class.
/// </summary>
public class ApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.example";
    public const string Password = "Test-pass-2026";

    private PostgresCluster _cluster = null!;

    /// <summary>The server this fixture's database lives on.</summary>
    public PostgresCluster Cluster => _cluster;

    /// <summary>The shared cluster; a fixture that stops or shrinks its server starts its own.</summary>
    protected virtual Task<PostgresCluster> StartClusterAsync() => PostgresCluster.GetAsync();
    private readonly Dictionary<string, HttpClient> _clients = new();
    private int _userCounter;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Extra settings a derived fixture wants (e.g. Hangfire on or off).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    public async Task InitializeAsync()
    {
        _cluster = await StartClusterAsync();
        ConnectionString = await TestDatabases.CreateAsync(_cluster);
        StartHost();
    }

    /// <summary>Starts the host now (runs migrations and creates the first admin): in memory, or on Kestrel for a browser.</summary>
    protected virtual void StartHost() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("EnergySaving:Admin:Email", AdminEmail);
        builder.UseSetting("EnergySaving:Admin:Password", Password);
        builder.UseSetting("EnergySaving:Lockout:MaxFailedAttempts", "3");
        builder.UseSetting("EnergySaving:Jobs:Enabled", "false"); // BaselinesFixture turns Hangfire on
        // Tests sign in far more often than a person would; SignInRateLimitTests puts the real limits back.
        builder.UseSetting("EnergySaving:SignIn:PerAddressPermits", "100000");
        builder.UseSetting("EnergySaving:SignIn:PerAccountPermits", "100000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>What a derived fixture releases before the host and the database go (a browser, …).</summary>
    protected virtual Task ReleaseAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await ReleaseAsync();
        await base.DisposeAsync();
        await TestDatabases.DropAsync(_cluster, ConnectionString);
        AfterDispose();
    }

    /// <summary>For a fixture with a cluster of its own: remove it.</summary>
    protected virtual void AfterDispose() { }

    public HttpClient Anonymous() => CreateClient();

    public async Task<string> LoginAsync(string email, string password = Password)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> AdminAsync() => await ClientForAsync(AdminEmail);

    /// <summary>A signed-in client of a fresh user with this role (reporters bound to the given facilities).</summary>
    public async Task<HttpClient> AsAsync(string role, params int[] facilityIds)
    {
        var email = $"{role}{Interlocked.Increment(ref _userCounter)}@test.example";
        var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = Password, role, facilityIds });
        created.EnsureSuccessStatusCode();
        return await ClientForAsync(email);
    }

    private async Task<HttpClient> ClientForAsync(string email)
    {
        if (_clients.TryGetValue(email, out var cached)) return cached;
        var client = WithToken(await LoginAsync(email));
        _clients[email] = client;
        return client;
    }

    /// <summary>Creates a facility through the API as admin and returns its id.</summary>
    public async Task<int> CreateFacilityAsync(string? code = null, string sector = "industry", string? industry = "ceramics", string? productionUnit = "t")
    {
        code ??= $"F-{Guid.NewGuid():N}"[..14];
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/facilities", new
        {
            code, name = $"Facility {code}", sector, industry, productionUnit, province = "Thái Bình", district = "Kiến Xương",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    /// <summary>A scalar straight from the database, to check what the API wrote.</summary>
    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        for (var i = 0; i < parameters.Length; i++) cmd.Parameters.AddWithValue($"p{i}", parameters[i]);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    public async Task WithDbAsync(Func<EnergySavingDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>());
    }

    private sealed record TokenBody(string AccessToken);
    private sealed record IdBody(int Id);
}
