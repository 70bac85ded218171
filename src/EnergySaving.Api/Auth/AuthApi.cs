using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record MeResponse(string Email, IReadOnlyList<string> Roles, IReadOnlyList<int> FacilityIds);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Authentication");

        group.MapPost("/login", Login)
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Exchange email and password for a bearer token")
            .WithDescription("Returns 401 for an unknown email and a wrong password alike. After repeated failures the account is locked for a while.");

        group.MapGet("/me", Me)
            .RequireAuthorization()
            .WithName("Me")
            .WithSummary("Who the token belongs to: email, roles and the facilities a reporter is bound to");
        return group;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest body, UserManager<AppUser> users, TokenIssuer tokens)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email)) errors["email"] = ["Email is required."];
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = ["Password is required."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var user = await users.FindByEmailAsync(body.Email!.Trim());
        if (user is null) return Unauthorized("Invalid email or password.");
        if (await users.IsLockedOutAsync(user))
            return Unauthorized("The account is locked after repeated failed sign-ins; try again later.");
        if (!await users.CheckPasswordAsync(user, body.Password!))
        {
            await users.AccessFailedAsync(user);
            return Unauthorized("Invalid email or password.");
        }

        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok(tokens.Issue(user, await users.GetRolesAsync(user)));
    }

    private static async Task<Ok<MeResponse>> Me(
        System.Security.Claims.ClaimsPrincipal principal, EnergySavingDbContext db, CancellationToken ct)
    {
        var userId = principal.UserId();
        var facilityIds = await db.UserFacilities.Where(x => x.UserId == userId)
            .OrderBy(x => x.FacilityId).Select(x => x.FacilityId).ToListAsync(ct);
        var roles = principal.FindAll(AuthClaims.Role).Select(c => c.Value).ToList();
        return TypedResults.Ok(new MeResponse(principal.Identity?.Name ?? "", roles, facilityIds));
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
}
