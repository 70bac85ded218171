using EnergySaving.Api.Auth.Revocation;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Auth.Accounts;

/// <summary>
/// Creating and changing accounts, for the API and the admin pages alike. Every change that should
/// end a user's sessions (disabling, a role change, a password change, deletion) renews the security
/// stamp and drops the user from <see cref="SecurityStampCache"/>, so tokens stop at once here and
/// within the cache period elsewhere. The last enabled admin cannot be disabled, demoted or deleted:
/// changes to accounts are serialised by one advisory lock, so two admins cannot demote each other at
/// the same moment and leave none.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, EnergySavingDbContext db, SecurityStampCache stamps)
{
    /// <summary>Advisory-lock key for account changes (any constant unique among the service's locks).</summary>
    private const long AccountsLockKey = 0x4143434F554E54; // "ACCOUNT"

    public async Task<AccountResult<UserResponse>> CreateAsync(CreateUserRequest body, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email) || !body.Email.Contains('@')) errors["email"] = ["A valid email is required."];
        else errors.CheckText("email", body.Email, 256);
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = ["Password is required."];
        if (body.Role is null || !Roles.All.Contains(body.Role))
            errors["role"] = [$"Role must be one of {string.Join(", ", Roles.All)}."];
        var facilityIds = (body.FacilityIds ?? []).Distinct().ToArray();
        await CheckFacilitiesAsync(errors, body.Role, facilityIds, ct);
        if (errors.Count > 0) return AccountResult<UserResponse>.Invalid(errors);

        var email = body.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return AccountResult<UserResponse>.Conflict($"A user with email '{ClientText.Excerpt(email)}' already exists.");

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, body.Password!);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
                return AccountResult<UserResponse>.Conflict($"A user with email '{ClientText.Excerpt(email)}' already exists.");
            return AccountResult<UserResponse>.Invalid(IdentityErrors(created));
        }
        await users.AddToRoleAsync(user, body.Role!);
        db.UserFacilities.AddRange(facilityIds.Select(id => new UserFacility { UserId = user.Id, FacilityId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AccountResult<UserResponse>.Ok(new UserResponse(user.Id, email, [body.Role!], facilityIds, false));
    }

    public async Task<AccountResult<UserResponse>> UpdateAsync(string id, UpdateUserRequest body, CancellationToken ct)
    {
        if (body.Role is not null && !Roles.All.Contains(body.Role))
            return AccountResult<UserResponse>.Invalid("role", $"Role must be one of {string.Join(", ", Roles.All)}.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAccountsAsync(ct);
        var user = await users.FindByIdAsync(id);
        if (user is null) return AccountResult<UserResponse>.NotFound($"User {ClientText.Excerpt(id)} not found.");
        var currentRoles = await users.GetRolesAsync(user);
        var role = body.Role ?? currentRoles.FirstOrDefault();
        var existing = await db.UserFacilities.Where(x => x.UserId == id).Select(x => x.FacilityId).ToListAsync(ct);
        var facilityIds = role == Roles.Reporter ? (body.FacilityIds ?? [.. existing]).Distinct().ToArray() : (body.FacilityIds ?? []).Distinct().ToArray();
        var errors = new Dictionary<string, string[]>();
        await CheckFacilitiesAsync(errors, role, facilityIds, ct);
        if (errors.Count > 0) return AccountResult<UserResponse>.Invalid(errors);

        var roleChanges = body.Role is not null && !(currentRoles.Count == 1 && currentRoles[0] == body.Role);
        var disabling = body.Disabled == true && !AccountStatus.IsDisabled(user);
        var wasEnabledAdmin = currentRoles.Contains(Roles.Admin) && !AccountStatus.IsDisabled(user);
        if (wasEnabledAdmin && ((roleChanges && body.Role != Roles.Admin) || disabling) && !await AnotherEnabledAdminAsync(id, ct))
            return AccountResult<UserResponse>.Conflict("This is the last enabled admin: it cannot be disabled or demoted.");

        if (roleChanges)
        {
            Check(await users.RemoveFromRolesAsync(user, currentRoles));
            Check(await users.AddToRoleAsync(user, body.Role!));
        }
        if (!facilityIds.Order().SequenceEqual(existing.Order()))
        {
            await db.UserFacilities.Where(x => x.UserId == id).ExecuteDeleteAsync(ct);
            db.UserFacilities.AddRange(facilityIds.Select(f => new UserFacility { UserId = id, FacilityId = f }));
            await db.SaveChangesAsync(ct);
        }
        if (body.Disabled is not null && !user.LockoutEnabled) Check(await users.SetLockoutEnabledAsync(user, true));
        if (body.Disabled == true) Check(await users.SetLockoutEndDateAsync(user, AccountStatus.DisabledUntil));
        else if (body.Disabled == false)
        {
            // Enabling is also how an admin unlocks an account locked by failed sign-ins.
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }
        if (roleChanges || disabling) Check(await users.UpdateSecurityStampAsync(user));
        await tx.CommitAsync(ct);
        stamps.Invalidate(id);
        return AccountResult<UserResponse>.Ok(new UserResponse(id, user.Email ?? "", role is null ? [] : [role], facilityIds, AccountStatus.IsDisabled(user)));
    }

    /// <summary>An admin sets a new password (a reset): the user's sessions end.</summary>
    public async Task<AccountResult<bool>> SetPasswordAsync(string id, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password)) return AccountResult<bool>.Invalid("password", "Password is required.");
        var user = await users.FindByIdAsync(id);
        if (user is null) return AccountResult<bool>.NotFound($"User {ClientText.Excerpt(id)} not found.");
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        if (errors.Count > 0) return AccountResult<bool>.Invalid(IdentityErrors(IdentityResult.Failed([.. errors])));
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        Check(await users.UpdateSecurityStampAsync(user)); // saves the hash and ends the user's sessions
        stamps.Invalidate(id);
        return AccountResult<bool>.Ok(true);
    }

    /// <summary>A signed-in user changes their own password; every session of theirs ends, this one included.</summary>
    public async Task<AccountResult<bool>> ChangeOwnPasswordAsync(string id, string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(currentPassword)) errors["currentPassword"] = ["The current password is required."];
        if (string.IsNullOrEmpty(newPassword)) errors["newPassword"] = ["The new password is required."];
        if (errors.Count > 0) return AccountResult<bool>.Invalid(errors);
        var user = await users.FindByIdAsync(id);
        if (user is null) return AccountResult<bool>.NotFound("The account no longer exists.");
        // A stolen token must not become an unlimited password oracle: wrong guesses count towards the lockout.
        if (await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, currentPassword!))
        {
            if (!await users.IsLockedOutAsync(user)) await users.AccessFailedAsync(user);
            return AccountResult<bool>.Invalid("currentPassword", "The current password is wrong, or the account is locked after repeated failures.");
        }
        var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!); // renews the stamp
        if (!changed.Succeeded)
            return AccountResult<bool>.Invalid(IdentityErrors(changed).ToDictionary(e => e.Key == "password" ? "newPassword" : e.Key, e => e.Value));
        stamps.Invalidate(id);
        return AccountResult<bool>.Ok(true);
    }

    public async Task<AccountResult<bool>> DeleteAsync(string id, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAccountsAsync(ct);
        var user = await users.FindByIdAsync(id);
        if (user is null) return AccountResult<bool>.NotFound($"User {ClientText.Excerpt(id)} not found.");
        if (await users.IsInRoleAsync(user, Roles.Admin) && !AccountStatus.IsDisabled(user) && !await AnotherEnabledAdminAsync(id, ct))
            return AccountResult<bool>.Conflict("This is the last enabled admin: it cannot be deleted.");
        await db.UserFacilities.Where(x => x.UserId == id).ExecuteDeleteAsync(ct);
        Check(await users.DeleteAsync(user));
        await tx.CommitAsync(ct);
        stamps.Invalidate(id);
        return AccountResult<bool>.Ok(true);
    }

    public async Task<List<UserResponse>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Users.OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Facilities = db.UserFacilities.Where(uf => uf.UserId == u.Id).OrderBy(uf => uf.FacilityId).Select(uf => uf.FacilityId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new UserResponse(r.Id, r.Email ?? "", r.Roles, r.Facilities, AccountStatus.IsDisabled(r.LockoutEnd))).ToList();
    }

    private async Task CheckFacilitiesAsync(Dictionary<string, string[]> errors, string? role, int[] facilityIds, CancellationToken ct)
    {
        if (role == Roles.Reporter && facilityIds.Length == 0)
            errors["facilityIds"] = ["A reporter must be bound to at least one facility."];
        else if (role is not null && role != Roles.Reporter && facilityIds.Length > 0)
            errors["facilityIds"] = ["Only reporters are bound to facilities."];
        else if (facilityIds.Length > 0)
        {
            var known = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
            var unknown = facilityIds.Except(known).ToList();
            if (unknown.Count > 0) errors["facilityIds"] = [$"Unknown facility id(s): {ClientText.Excerpt(string.Join(", ", unknown))}."];
        }
    }

    private Task LockAccountsAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AccountsLockKey})", ct);

    private Task<bool> AnotherEnabledAdminAsync(string id, CancellationToken ct) =>
        db.UserRoles.Where(ur => ur.UserId != id)
            .Join(db.Roles.Where(r => r.Name == Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, userId => userId, u => u.Id, (_, u) => u)
            .AnyAsync(u => u.LockoutEnd == null || u.LockoutEnd < AccountStatus.DisabledFrom, ct);

    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result)
    {
        var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
        return new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() };
    }

    /// <summary>Identity failures on an existing, validated account are faults of the service, not of the client.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
