using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.SupportProjects;

/// <summary>Support projects: register, edit while proposed or approved, move through the states; reads honour reporters' facilities.</summary>
public sealed class SupportProjectService(EnergySavingDbContext db, SupportCaps caps, TimeProvider clock)
{
    public async Task<Outcome<SupportProjectResponse>> CreateAsync(SupportProjectRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await CheckAsync(r, ct) is { } invalid) return invalid;
        var now = clock.GetUtcNow();
        var project = new SupportProject { Kind = "", FundingSource = "", Title = "", Status = SupportProjectRules.Proposed, CreatedAt = now };
        Apply(r, project, now);
        project.History.Add(new SupportProjectChange { Action = "created", Status = SupportProjectRules.Proposed, By = Who(user), At = now });
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(project.Id, user, ct));
    }

    public async Task<Outcome<SupportProjectResponse>> UpdateAsync(int id, SupportProjectRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await CheckAsync(r, ct) is { } invalid) return invalid;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var project = await LockAsync(id, ct);
        if (project is null) return Outcome<SupportProjectResponse>.NotFound(NotFound(id));
        if (!SupportProjectRules.IsEditable(project.Status))
            return Outcome<SupportProjectResponse>.Conflict(Message.Of("support.project.not-editable", ("id", id), ("status", project.Status)));
        var now = clock.GetUtcNow();
        Apply(r, project, now);
        project.History.Add(new SupportProjectChange { Action = "edited", Status = project.Status, By = Who(user), At = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(id, user, ct);
    }

    public async Task<Outcome<SupportProjectResponse>> ChangeStatusAsync(int id, StatusChangeRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        SupportProjectRules.CheckChoice(errors, "status", r.Status, SupportProjectRules.Statuses, required: true);
        if (r.On is null) errors.Add("on", Message.Of("support.status.on-required"));
        errors.CheckDate("on", r.On);
        if (r.On > SupportProjectRules.LatestChangeDate(clock)) errors.Add("on", Message.Of("support.status.on-in-future"));
        errors.CheckMultilineText("note", r.Note, SupportProjectRules.NoteMaxLength);
        DateOnly from = default, to = default;
        if (r.Status == SupportProjectRules.Implemented)
        {
            if (!Month.TryParse(r.ImplementedFrom, out from)) errors.Add("implementedFrom", Message.Of("support.status.works-from-required"));
            if (!Month.TryParse(r.ImplementedTo, out to)) errors.Add("implementedTo", Message.Of("support.status.works-to-required"));
            if (from != default && to != default && to < from) errors.Add("implementedTo", Message.Of("support.status.works-to-before-from"));
            if (to != default && r.On is { } on && to > new DateOnly(on.Year, on.Month, 1))
                errors.Add("implementedTo", Message.Of("support.status.works-after-on", ("to", Month.Format(to)), ("on", on)));
        }
        else
        {
            if (r.ImplementedFrom is not null) errors.Add("implementedFrom", Message.Of("support.status.works-only-when-implemented", ("field", "implementedFrom")));
            if (r.ImplementedTo is not null) errors.Add("implementedTo", Message.Of("support.status.works-only-when-implemented", ("field", "implementedTo")));
        }
        if (errors.Count > 0) return Outcome<SupportProjectResponse>.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var project = await LockAsync(id, ct);
        if (project is null) return Outcome<SupportProjectResponse>.NotFound(NotFound(id));
        if (!SupportProjectRules.CanMove(project.Status, r.Status!))
            return Outcome<SupportProjectResponse>.Conflict(Message.Of("support.project.transition-refused", ("id", id), ("status", project.Status), ("to", r.Status)));
        var lastOn = project.History.Where(h => h.On is not null).Select(h => h.On).Max();
        if (lastOn is { } last && r.On < last)
            return Outcome<SupportProjectResponse>.Invalid("on", Message.Of("support.status.on-before-previous", ("on", r.On), ("previous", last)));

        var now = clock.GetUtcNow();
        project.Status = r.Status!;
        if (r.Status == SupportProjectRules.Implemented) (project.ImplementedFrom, project.ImplementedTo) = (from, to);
        project.UpdatedAt = now;
        project.History.Add(new SupportProjectChange
        {
            Action = r.Status!, Status = r.Status!, On = r.On, By = Who(user), At = now, Note = TextChecks.Clean(r.Note),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(id, user, ct);
    }

    public async Task<Outcome<SupportProjectResponse>> GetAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var list = await Query(user).Where(p => p.Id == id).ToListAsync(ct);
        if (list.Count == 0) return Outcome<SupportProjectResponse>.NotFound(NotFound(id));
        return Outcome<SupportProjectResponse>.Ok((await ToResponsesAsync(list, ct))[0]);
    }

    public async Task<Outcome<List<SupportProjectResponse>>> ListAsync(SupportProjectFilter f, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        SupportProjectRules.CheckChoice(errors, "status", f.Status, SupportProjectRules.Statuses, required: false);
        SupportProjectRules.CheckChoice(errors, "kind", f.Kind, SupportProjectRules.Kinds, required: false);
        if (errors.Count > 0) return Outcome<List<SupportProjectResponse>>.Invalid(errors);
        var q = Query(user);
        if (f.Year is { } y) q = q.Where(p => p.Year == y);
        if (f.FacilityId is { } fid) q = q.Where(p => p.FacilityId == fid);
        if (!string.IsNullOrEmpty(f.Status)) q = q.Where(p => p.Status == f.Status);
        if (!string.IsNullOrEmpty(f.Kind)) q = q.Where(p => p.Kind == f.Kind);
        var rows = await q.OrderBy(p => p.Year).ThenBy(p => p.Id).ToListAsync(ct);
        return Outcome<List<SupportProjectResponse>>.Ok(await ToResponsesAsync(rows, ct));
    }

    /// <summary>The projects this user may read: reporters only those of their own facilities.</summary>
    public IQueryable<SupportProject> Query(ClaimsPrincipal user)
    {
        var visible = db.VisibleFacilities(user).Select(f => f.Id);
        return db.Set<SupportProject>().AsNoTracking().Include(p => p.History).Where(p => visible.Contains(p.FacilityId));
    }

    private async Task<List<SupportProjectResponse>> ToResponsesAsync(List<SupportProject> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.FacilityId).Distinct().ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return projects.Select(p => new SupportProjectResponse(p.Id, p.FacilityId, facilities[p.FacilityId].Code, facilities[p.FacilityId].Name,
            p.Year, p.Kind, p.FundingSource, p.Title, p.Description, p.TotalCostVnd, p.SupportVnd, p.Status,
            p.ImplementedFrom is { } a ? Month.Format(a) : null, p.ImplementedTo is { } b ? Month.Format(b) : null,
            p.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new HistoryItem(h.Action, h.Status, h.On, h.By, h.At, h.Note)).ToList())).ToList();
    }

    /// <summary>Body rules, the facility's existence and the cap in force; null when the body is acceptable.</summary>
    private async Task<Outcome<SupportProjectResponse>?> CheckAsync(SupportProjectRequest r, CancellationToken ct)
    {
        var errors = SupportProjectRules.Validate(r);
        if (r.FacilityId is { } fid && !await db.Facilities.AnyAsync(f => f.Id == fid, ct))
            errors.Add("facilityId", Facilities.FacilitiesApi.NotFound(fid));
        if (errors.Count == 0)
        {
            var cap = await caps.InForceAsync(r.Kind!, SupportProjectRules.CapDate(r.Year!.Value), ct);
            if (SupportProjectRules.CapViolation(cap, r.TotalCostVnd!.Value, r.SupportVnd!.Value) is { } message)
                errors.Add("supportVnd", message);
        }
        return errors.Count > 0 ? Outcome<SupportProjectResponse>.Invalid(errors) : null;
    }

    public static Message NotFound(int id) => Message.Of("support.project.not-found", ("id", id));

    /// <summary>Locks the project's row for this transaction, so two concurrent changes cannot both start from the same state.</summary>
    private async Task<SupportProject?> LockAsync(int id, CancellationToken ct)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM support_projects WHERE id = {id} FOR UPDATE", ct);
        return await db.Set<SupportProject>().Include(p => p.History).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    private static void Apply(SupportProjectRequest r, SupportProject p, DateTimeOffset now)
    {
        p.FacilityId = r.FacilityId!.Value;
        p.Year = r.Year!.Value;
        p.Kind = r.Kind!;
        p.FundingSource = r.FundingSource!;
        p.Title = r.Title!.Trim();
        p.Description = TextChecks.Clean(r.Description);
        p.TotalCostVnd = r.TotalCostVnd!.Value;
        p.SupportVnd = r.SupportVnd!.Value;
        p.UpdatedAt = now;
    }

    private static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? user.UserId();
}
