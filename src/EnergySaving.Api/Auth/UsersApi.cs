using EnergySaving.Api.Auth.Accounts;
using EnergySaving.Api.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Auth;

/// <summary>Account administration (admins only); the work is AccountService's, shared with the admin pages.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapPost("/", Create)
            .WithName("CreateUser")
            .WithSummary("Create an account (admins only; there is no self-registration)")
            .WithDescription("role is one of admin, analyst, trainer, reporter. A reporter needs facilityIds: the facilities whose data they submit. " +
                             "The password needs at least 12 characters, must not contain the email's name part and must not be a common password.");
        group.MapGet("/", List).WithName("ListUsers").WithSummary("List accounts with their roles, facilities and whether they are disabled");
        group.MapPut("/{id}", Update)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateUser")
            .WithSummary("Change an account's role, facilities or disabled flag; only what is given changes")
            .WithDescription("Disabling or a role change ends the user's tokens at once. disabled: false also lifts a lockout after failed sign-ins. " +
                             "The last enabled admin cannot be disabled or demoted (409).");
        group.MapPost("/{id}/password", SetPassword)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ResetUserPassword")
            .WithSummary("Set a new password for an account (admin reset); the user's tokens end");
        group.MapDelete("/{id}", Delete)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteUser")
            .WithSummary("Delete an account; its tokens end at once. The last enabled admin cannot be deleted (409)");
        return group;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateUserRequest body, AccountService accounts, CancellationToken ct) =>
        (await accounts.CreateAsync(body, ct)).ToCreated(u => $"/api/users/{u.Id}");

    private static async Task<Ok<List<UserResponse>>> List(AccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.ListAsync(ct));

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, UpdateUserRequest body, AccountService accounts, CancellationToken ct) =>
        (await accounts.UpdateAsync(id, body, ct)).ToOk();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetPassword(
        string id, SetPasswordRequest body, AccountService accounts, CancellationToken ct) =>
        NoContentOr(await accounts.SetPasswordAsync(id, body.Password, ct));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string id, AccountService accounts, CancellationToken ct) =>
        NoContentOr(await accounts.DeleteAsync(id, ct));

    /// <summary>204, or the refusal (400 with errorCodes, 404/409 with code) in the request's language.</summary>
    internal static Results<NoContent, ValidationProblem, ProblemHttpResult> NoContentOr(Outcome<bool> outcome) => outcome.Refusal switch
    {
        null => TypedResults.NoContent(),
        { Errors: { } errors } => Problems.Validation(errors),
        { Detail: { } detail } r => Problems.Of(r.Status, detail),
        _ => throw new InvalidOperationException("A refusal has errors or a detail."),
    };
}
