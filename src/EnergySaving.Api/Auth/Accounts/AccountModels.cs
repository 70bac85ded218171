namespace EnergySaving.Api.Auth.Accounts;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, int[]? FacilityIds);

/// <summary>PUT /api/users/{id}: only what is given changes. <c>disabled: false</c> also lifts a lockout after failed sign-ins.</summary>
public sealed record UpdateUserRequest(string? Role, int[]? FacilityIds, bool? Disabled);

public sealed record SetPasswordRequest(string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record UserResponse(string Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<int> FacilityIds, bool Disabled);
