using EnergySaving.Api.Auth.Accounts;
using EnergySaving.Api.Auth.SignIn;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .RequireRateLimiting(LoginRateLimits.PerAddressPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("Login")
            .WithSummary("Exchange email and password for a bearer token")
            .WithDescription("Returns the same 401 for an unknown email, a wrong password and a locked or disabled account. " +
                             "Attempts are rate-limited per client address and per email (429 with Retry-After); after repeated failures the account is locked for a while.");

        group.MapPost("/password", ChangePassword)
            .RequireAuthorization()
            .ProducesValidationProblem()
            .WithName("ChangeOwnPassword")
            .WithSummary("Change your own password; every token of yours ends, this one included");

        group.MapGet("/me", Me)
            .RequireAuthorization()
            .WithName("Me")
            .WithSummary("Who the token belongs to: email, roles and the facilities a reporter is bound to");
        return group;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest body, SignInService signIn, TokenIssuer tokens, HttpContext http, CancellationToken ct)
    {
        var outcome = await signIn.SignInAsync(body.Email, body.Password, LoginRateLimits.AddressKey(http.Connection.RemoteIpAddress), ct);
        switch (outcome)
        {
            case SignInOutcome.Succeeded ok:
                return TypedResults.Ok(tokens.Issue(ok.User, ok.Roles));
            case SignInOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case SignInOutcome.RateLimited limited:
                return LoginRateLimits.TooMany(http, limited.RetryAfter);
            default:
                return TypedResults.Problem(SignInOutcome.FailedMessage.Render(), statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in failed", extensions: Problems.CodeOf(SignInOutcome.FailedMessage));
        }
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest body, System.Security.Claims.ClaimsPrincipal principal, AccountService accounts, CancellationToken ct) =>
        UsersApi.NoContentOr(await accounts.ChangeOwnPasswordAsync(principal.UserId(), body.CurrentPassword, body.NewPassword, ct));

    private static async Task<Ok<MeResponse>> Me(
        System.Security.Claims.ClaimsPrincipal principal, EnergySavingDbContext db, CancellationToken ct)
    {
        var userId = principal.UserId();
        var facilityIds = await db.UserFacilities.Where(x => x.UserId == userId)
            .OrderBy(x => x.FacilityId).Select(x => x.FacilityId).ToListAsync(ct);
        var roles = principal.FindAll(AuthClaims.Role).Select(c => c.Value).ToList();
        return TypedResults.Ok(new MeResponse(principal.Identity?.Name ?? "", roles, facilityIds));
    }
}
