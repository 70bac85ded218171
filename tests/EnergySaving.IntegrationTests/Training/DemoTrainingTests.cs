using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergySaving.IntegrationTests.Training;

/// <summary>The service started in demo mode on the repository's seed-data/.</summary>
public sealed class DemoFixture : ApiFixture
{
    public static string SeedDataPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "EnergySaving.sln"))) return Path.Combine(dir.FullName, "seed-data");
            throw new DirectoryNotFoundException($"No EnergySaving.sln above {AppContext.BaseDirectory}.");
        }
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:Demo:Load", "true"),
        new("EnergySaving:Demo:SeedDataPath", SeedDataPath),
    ];
}

public sealed class DemoTrainingTests(DemoFixture api) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Demo_data_gives_the_2023_training_year_of_the_report_and_loading_again_adds_nothing()
    {
        var analyst = await api.AsAsync("analyst");
        var y2023 = await analyst.GetAsync("/api/training/summary?year=2023").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, y2023.GetProperty("courses").GetInt32());
        Assert.Equal(45, y2023.GetProperty("participants").GetInt32());
        Assert.Equal(39, y2023.GetProperty("facilities").GetInt32());
        Assert.Equal(40, y2023.GetProperty("certified").GetInt32());
        var energyManager = y2023.GetProperty("byKind").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "energy-manager");
        Assert.Equal((2, 45), (energyManager.GetProperty("courses").GetInt32(), energyManager.GetProperty("participants").GetInt32()));

        var y2024 = await analyst.GetAsync("/api/training/summary?year=2024").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((1, 20, 12), (y2024.GetProperty("courses").GetInt32(), y2024.GetProperty("participants").GetInt32(),
            y2024.GetProperty("certified").GetInt32()));
        Assert.Equal(6, await api.CountAsync(
            "SELECT count(*) FROM training_participants p JOIN training_courses c ON c.id = p.course_id WHERE c.code = 'TB-QLNL-2024-01' AND p.attended IS NULL"));

        // TB-0029's participant of course 1 holds QLNL-2023-001 (issued 2023-07-07, valid until 2030-12-31).
        var facility = (int)await api.CountAsync("SELECT id FROM facilities WHERE code = 'TB-0029'");
        var managers = await analyst.GetAsync($"/api/facilities/{facility}/energy-managers?on=2024-01-01").ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(managers.GetProperty("items").EnumerateArray(), m => m.GetProperty("fullName").GetString() == "Đặng Thanh Ngọc");

        await api.Services.LoadDemoDataAsync(api.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);
        Assert.Equal(3, await api.CountAsync("SELECT count(*) FROM training_courses"));
        Assert.Equal(65, await api.CountAsync("SELECT count(*) FROM training_participants"));
    }

    [Fact]
    public async Task A_demo_account_on_the_retired_password_moves_to_the_current_one()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EnergySaving.Api.Auth.AppUser>>();
            var trainer = (await users.FindByEmailAsync(DemoSettings.TrainerEmail))!;
            trainer.PasswordHash = users.PasswordHasher.HashPassword(trainer, DemoSettings.RetiredPassword);
            await users.UpdateAsync(trainer);
        }
        await api.LoginAsync(DemoSettings.TrainerEmail, DemoSettings.RetiredPassword); // as a database made before the policy

        await api.Services.LoadDemoDataAsync(api.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);
        await api.LoginAsync(DemoSettings.TrainerEmail, DemoSettings.Password);
        var old = await api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = DemoSettings.TrainerEmail, password = DemoSettings.RetiredPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }
}
