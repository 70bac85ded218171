namespace EnergySaving.Api.Auth.Accounts;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, int[]? FacilityIds);

/// <summary>PUT /api/users/{id}: only what is given changes. <c>disabled: false</c> also lifts a lockout after failed sign-ins.</summary>
public sealed record UpdateUserRequest(string? Role, int[]? FacilityIds, bool? Disabled);

public sealed record SetPasswordRequest(string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record UserResponse(string Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<int> FacilityIds, bool Disabled);

public enum AccountFailure { None, NotFound, Invalid, Conflict }

/// <summary>What an account operation came to: a value, or why not (field-named errors for Invalid).</summary>
public sealed record AccountResult<T>(T? Value, AccountFailure Failure, IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null)
{
    public static AccountResult<T> Ok(T value) => new(value, AccountFailure.None);
    public static AccountResult<T> NotFound(string message) => new(default, AccountFailure.NotFound, Message: message);
    public static AccountResult<T> Conflict(string message) => new(default, AccountFailure.Conflict, Message: message);
    public static AccountResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, AccountFailure.Invalid, errors);
    public static AccountResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
