using Microsoft.AspNetCore.Identity;

namespace EnergySaving.Api.Auth;

/// <summary>A person who signs in. Passwords are hashed by ASP.NET Core Identity; lockout is on.</summary>
public sealed class AppUser : IdentityUser;

/// <summary>Binds a reporter to a facility whose data they may submit and read.</summary>
public sealed class UserFacility
{
    public required string UserId { get; set; }
    public int FacilityId { get; set; }
}

/// <summary>The JWT signing key shared by every instance that uses the same database.</summary>
public sealed class SigningKey
{
    public int Id { get; set; }
    public required byte[] Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
