using System.Security.Claims;

namespace EnergySaving.Api.Auth;

/// <summary>The name recorded as "submitted by" / "set by" on everything a user writes: the account's email, else its id.</summary>
public static class SubmittedBy
{
    public static string Of(ClaimsPrincipal user) => user.Identity?.Name ?? user.UserId();
}
