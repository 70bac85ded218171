using System.Net;
using System.Net.Http.Json;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Issue 8, point 4: at least 12 characters, not the email's local part, not a common password.</summary>
public sealed class PasswordPolicyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("Tiet-kiem-1")]          // 11 characters
    [InlineData("my-nguyen-pass-2026")]  // contains the local part "nguyen", in other case too
    [InlineData("password1234")]         // common
    [InlineData("QWERTYUIOP12")]         // common, case-insensitively
    public async Task A_weak_password_is_refused_naming_password_and_nothing_is_created(string password)
    {
        var admin = await api.AdminAsync();
        var email = $"NGUYEN@policy-{Guid.NewGuid():N}.example";
        await admin.PostAsJsonAsync("/api/users", new { email, password, role = "analyst" }).ExpectFieldErrorAsync("password");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM users WHERE lower(email) = lower(@p0)", email));
    }

    [Fact]
    public async Task Twelve_characters_of_ones_own_are_accepted()
    {
        var admin = await api.AdminAsync();
        await admin.PostAsJsonAsync("/api/users", new { email = "nguyen.policy@test.example", password = "Tiet-kiem-12", role = "analyst" })
            .ExpectAsync(HttpStatusCode.Created);
        await api.LoginAsync("nguyen.policy@test.example", "Tiet-kiem-12");
    }

    [Fact]
    public async Task The_demo_accounts_and_the_test_password_comply()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var email in new[] { "admin@energysaving.example", DemoSettings.AnalystEmail, DemoSettings.TrainerEmail, DemoSettings.ReporterEmail })
        {
            var user = new AppUser { Email = email, UserName = email };
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, user, DemoSettings.Password)).Succeeded, email);
        }
        Assert.Equal("TietKiem!2026", DemoSettings.Password);
    }
}
