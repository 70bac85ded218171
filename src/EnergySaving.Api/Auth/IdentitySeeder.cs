using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Auth;

/// <summary>Creates the roles and, when no admin exists yet, the first admin from configuration.</summary>
public static class IdentitySeeder
{
    public static async Task SeedRolesAndAdminAsync(this IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole(role));

        var admin = scope.ServiceProvider.GetRequiredService<IOptions<AdminSettings>>().Value;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password))
        {
            logger.LogWarning("No admin account exists and EnergySaving__Admin__Email/EnergySaving__Admin__Password are not set.");
            return;
        }
        await EnsureUserAsync(users, admin.Email, admin.Password, Roles.Admin);
        logger.LogInformation("Created the first admin {Email}.", admin.Email);
    }

    public static async Task<AppUser> EnsureUserAsync(UserManager<AppUser> users, string email, string password, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Cannot create {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
        if (!await users.IsInRoleAsync(user, role)) await users.AddToRoleAsync(user, role);
        return user;
    }
}
