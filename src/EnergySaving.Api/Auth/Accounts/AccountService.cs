using EnergySaving.Api.Auth.Revocation;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Auth.Accounts;

/// <summary>
/// Creating and changing accounts, for the API and the admin pages alike. Every change that should
/// end a user's sessions (disabling, a role change, a password change, deletion) renews the security
/// stamp and drops the user from <see cref="SecurityStampCache"/>, so tokens stop at once here and
/// within the cache period elsewhere. The last enabled admin cannot be disabled, demoted or deleted:
/// changes to accounts are serialised by one advisory lock, so two admins cannot demote each other at
/// the same moment and leave none.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, EnergySavingDbContext db, SecurityStampCache stamps,
    IOptions<PasswordPolicySettings> passwordPolicy)
{
    /// <summary>Advisory-lock key for account changes (any constant unique among the service's locks).</summary>
    private const long AccountsLockKey = 0x4143434F554E54; // "ACCOUNT"

    public async Task<Outcome<UserResponse>> CreateAsync(CreateUserRequest body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(body.Email) || !body.Email.Contains('@')) errors.Add("email", Message.Of("account.email.invalid"));
        else errors.CheckText("email", body.Email, 256);
        if (string.IsNullOrEmpty(body.Password)) errors.Add("password", PasswordRequired);
        if (body.Role is null || !Roles.All.Contains(body.Role)) errors.Add("role", UnknownRole);
        var facilityIds = (body.FacilityIds ?? []).Distinct().ToArray();
        await CheckFacilitiesAsync(errors, body.Role, facilityIds, ct);
        if (errors.Count > 0) return Outcome<UserResponse>.Invalid(errors);

        var email = body.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return Outcome<UserResponse>.Conflict(EmailTaken(email));

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, body.Password!);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
                return Outcome<UserResponse>.Conflict(EmailTaken(email));
            return Outcome<UserResponse>.Invalid(IdentityErrors(created));
        }
        await users.AddToRoleAsync(user, body.Role!);
        db.UserFacilities.AddRange(facilityIds.Select(id => new UserFacility { UserId = user.Id, FacilityId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<UserResponse>.Ok(new UserResponse(user.Id, email, [body.Role!], facilityIds, false));
    }

    public async Task<Outcome<UserResponse>> UpdateAsync(string id, UpdateUserRequest body, CancellationToken ct)
    {
        if (body.Role is not null && !Roles.All.Contains(body.Role))
            return Outcome<UserResponse>.Invalid("role", UnknownRole);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAccountsAsync(ct);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Outcome<UserResponse>.NotFound(UserNotFound(id));
        var currentRoles = await users.GetRolesAsync(user);
        var role = body.Role ?? currentRoles.FirstOrDefault();
        var existing = await db.UserFacilities.Where(x => x.UserId == id).Select(x => x.FacilityId).ToListAsync(ct);
        var facilityIds = role == Roles.Reporter ? (body.FacilityIds ?? [.. existing]).Distinct().ToArray() : (body.FacilityIds ?? []).Distinct().ToArray();
        var errors = new FieldErrors();
        await CheckFacilitiesAsync(errors, role, facilityIds, ct);
        if (errors.Count > 0) return Outcome<UserResponse>.Invalid(errors);

        var roleChanges = body.Role is not null && !(currentRoles.Count == 1 && currentRoles[0] == body.Role);
        var disabling = body.Disabled == true && !AccountStatus.IsDisabled(user);
        var wasEnabledAdmin = currentRoles.Contains(Roles.Admin) && !AccountStatus.IsDisabled(user);
        if (wasEnabledAdmin && ((roleChanges && body.Role != Roles.Admin) || disabling) && !await AnotherEnabledAdminAsync(id, ct))
            return Outcome<UserResponse>.Conflict(Message.Of("account.last-admin.demote"));

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
        return Outcome<UserResponse>.Ok(new UserResponse(id, user.Email ?? "", role is null ? [] : [role], facilityIds, AccountStatus.IsDisabled(user)));
    }

    /// <summary>An admin sets a new password (a reset): the user's sessions end.</summary>
    public async Task<Outcome<bool>> SetPasswordAsync(string id, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password)) return Outcome<bool>.Invalid("password", PasswordRequired);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Outcome<bool>.NotFound(UserNotFound(id));
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        if (errors.Count > 0) return Outcome<bool>.Invalid(IdentityErrors(IdentityResult.Failed([.. errors])));
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        Check(await users.UpdateSecurityStampAsync(user)); // saves the hash and ends the user's sessions
        stamps.Invalidate(id);
        return Outcome<bool>.Ok(true);
    }

    /// <summary>A signed-in user changes their own password; every session of theirs ends, this one included.</summary>
    public async Task<Outcome<bool>> ChangeOwnPasswordAsync(string id, string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(currentPassword)) errors.Add("currentPassword", Message.Of("account.current-password.required"));
        if (string.IsNullOrEmpty(newPassword)) errors.Add("newPassword", Message.Of("account.new-password.required"));
        if (errors.Count > 0) return Outcome<bool>.Invalid(errors);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Outcome<bool>.NotFound(Message.Of("account.gone"));
        // A stolen token must not become an unlimited password oracle: wrong guesses count towards the lockout.
        if (await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, currentPassword!))
        {
            if (!await users.IsLockedOutAsync(user)) await users.AccessFailedAsync(user);
            return Outcome<bool>.Invalid("currentPassword", Message.Of("account.current-password.wrong"));
        }
        var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!); // renews the stamp
        if (!changed.Succeeded)
            return Outcome<bool>.Invalid(IdentityErrors(changed, passwordField: "newPassword"));
        stamps.Invalidate(id);
        return Outcome<bool>.Ok(true);
    }

    public async Task<Outcome<bool>> DeleteAsync(string id, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAccountsAsync(ct);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Outcome<bool>.NotFound(UserNotFound(id));
        if (await users.IsInRoleAsync(user, Roles.Admin) && !AccountStatus.IsDisabled(user) && !await AnotherEnabledAdminAsync(id, ct))
            return Outcome<bool>.Conflict(Message.Of("account.last-admin.delete"));
        await db.UserFacilities.Where(x => x.UserId == id).ExecuteDeleteAsync(ct);
        Check(await users.DeleteAsync(user));
        await tx.CommitAsync(ct);
        stamps.Invalidate(id);
        return Outcome<bool>.Ok(true);
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

    private static readonly Message PasswordRequired = Message.Of("account.password.required");

    private static Message UnknownRole => Message.Of("account.role.unknown", ("roles", Roles.All));

    private static Message EmailTaken(string email) => Message.Of("account.email.taken", ("email", ClientText.Excerpt(email)));

    private static Message UserNotFound(string id) => Message.Of("account.not-found", ("id", ClientText.Excerpt(id)));

    /// <summary>The facility ids of an unknown-ids refusal: the first few, so that a huge body does not come back whole.</summary>
    private const int UnknownIdsShown = 20;

    private async Task CheckFacilitiesAsync(FieldErrors errors, string? role, int[] facilityIds, CancellationToken ct)
    {
        if (role == Roles.Reporter && facilityIds.Length == 0)
            errors.Add("facilityIds", Message.Of("account.facilities.reporter-needs-one"));
        else if (role is not null && role != Roles.Reporter && facilityIds.Length > 0)
            errors.Add("facilityIds", Message.Of("account.facilities.only-reporters"));
        else if (facilityIds.Length > 0)
        {
            var known = await db.Facilities.Where(f => facilityIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
            var unknown = facilityIds.Except(known).ToList();
            if (unknown.Count > 0) errors.Add("facilityIds", Message.Of("account.facilities.unknown", ("ids", unknown.Take(UnknownIdsShown).ToArray())));
        }
    }

    private Task LockAccountsAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AccountsLockKey})", ct);

    private Task<bool> AnotherEnabledAdminAsync(string id, CancellationToken ct) =>
        db.UserRoles.Where(ur => ur.UserId != id)
            .Join(db.Roles.Where(r => r.Name == Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, userId => userId, u => u.Id, (_, u) => u)
            .AnyAsync(u => u.LockoutEnd == null || u.LockoutEnd < AccountStatus.DisabledFrom, ct);

    /// <summary>Identity's refusals (the password policy's, an invalid email) as coded errors of the field they are about.</summary>
    private FieldErrors IdentityErrors(IdentityResult result, string passwordField = "password")
    {
        var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? passwordField : "email";
        var errors = new FieldErrors();
        foreach (var e in result.Errors) errors.Add(field, PasswordPolicy.MessageOf(e, passwordPolicy.Value));
        return errors;
    }

    /// <summary>Identity failures on an existing, validated account are faults of the service, not of the client.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
