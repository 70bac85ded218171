using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Auth;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, int[]? FacilityIds);

public sealed record UserResponse(string Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<int> FacilityIds);

public static class UsersApi
{
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapPost("/", Create)
            .WithName("CreateUser")
            .WithSummary("Create an account (admins only; there is no self-registration)")
            .WithDescription("role is one of admin, analyst, trainer, reporter. A reporter needs facilityIds: the facilities whose data they submit.");
        group.MapGet("/", List).WithName("ListUsers").WithSummary("List accounts with their roles and facilities");
        return group;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateUserRequest body, UserManager<AppUser> users, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email) || !body.Email.Contains('@')) errors["email"] = ["A valid email is required."];
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = ["Password is required."];
        if (body.Role is null || !Roles.All.Contains(body.Role))
            errors["role"] = [$"Role must be one of {string.Join(", ", Roles.All)}."];
        var facilityIds = (body.FacilityIds ?? []).Distinct().ToArray();
        if (body.Role == Roles.Reporter && facilityIds.Length == 0)
            errors["facilityIds"] = ["A reporter must be bound to at least one facility."];
        else if (body.Role is not null && body.Role != Roles.Reporter && facilityIds.Length > 0)
            errors["facilityIds"] = ["Only reporters are bound to facilities."];
        else if (facilityIds.Length > 0)
        {
            var known = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
            var unknown = facilityIds.Except(known).ToList();
            if (unknown.Count > 0) errors["facilityIds"] = [$"Unknown facility id(s): {string.Join(", ", unknown)}."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var email = body.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return Problems.Conflict($"A user with email '{email}' already exists.");

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, body.Password!);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
                return Problems.Conflict($"A user with email '{email}' already exists.");
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [field] = created.Errors.Select(e => e.Description).ToArray(),
            });
        }
        await users.AddToRoleAsync(user, body.Role!);
        db.UserFacilities.AddRange(facilityIds.Select(id => new UserFacility { UserId = user.Id, FacilityId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/users/{user.Id}", new UserResponse(user.Id, email, [body.Role!], facilityIds));
    }

    private static async Task<Ok<List<UserResponse>>> List(EnergySavingDbContext db, CancellationToken ct)
    {
        var rows = await db.Users.OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Facilities = db.UserFacilities.Where(uf => uf.UserId == u.Id).Select(uf => uf.FacilityId).ToList(),
            })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new UserResponse(r.Id, r.Email ?? "", r.Roles, r.Facilities)).ToList());
    }
}
