using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using System.Text.Json.Serialization;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Reporting;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.DataQuality;

/// <summary>A finding as the API lists it: <c>code</c> (missing-month, spike…), <c>message</c> in the request's language and its <c>args</c>.</summary>
public sealed record DataQualityItem(string Id, int FacilityId, string Month, string Code, string Severity, [property: JsonIgnore] Message Finding,
    string? Carrier, bool Dismissed, string? DismissedReason)
{
    public string Message => Finding.Render();

    public Dictionary<string, object?>? Args => MessageArgs.Of(Finding);
}

public sealed record DataQualityResponse(int Year, IReadOnlyList<DataQualityItem> Items);

public sealed record DismissRequest(string? Reason);

/// <summary>Warnings as the PUT and the import answer them.</summary>
public sealed record WarningDto(string Code, string Month, string? Carrier, [property: JsonIgnore] Message Finding)
{
    public string Message => Finding.Render();

    public Dictionary<string, object?>? Args => MessageArgs.Of(Finding);
}

/// <summary>The analysts' list of findings with their dismissals, and dismissing one.</summary>
public sealed class DataQualityService(EnergySavingDbContext db, DataQualityEvaluator evaluator, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;
    /// <summary>Warnings listed in a PUT or import answer; an import of a whole province could otherwise list hundreds of thousands.</summary>
    public const int MaxWarnings = 1000;

    public static List<WarningDto> Warnings(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.FacilityId).ThenBy(f => f.Month).ThenBy(f => f.Code, StringComparer.Ordinal).Take(MaxWarnings)
            .Select(f => new WarningDto(f.Code, f.Period, f.Carrier, f.Message)).ToList();

    public async Task<Outcome<DataQualityResponse>> ListAsync(ClaimsPrincipal user, int? year, int? facilityId, string? code, bool includeDismissed, CancellationToken ct)
    {
        var y = year ?? ProvinceClock.Today(clock).Year;
        var errors = new FieldErrors();
        if (y is < 1990 or > 9999) errors.Add("year", Message.Of("quality.year.out-of-range", ("year", y), ("earliest", 1990)));
        if (code is not null && !FindingCodes.All.Contains(code)) errors.Add("code", Message.Of("quality.code.unknown", ("code", ClientText.Excerpt(code)), ("codes", FindingCodes.All)));
        if (errors.Count > 0) return Outcome<DataQualityResponse>.Invalid(errors);

        List<int>? ids = null;
        if (facilityId is { } id)
        {
            if (!await db.CanAccessFacilityAsync(user, id, ct)) return Outcome<DataQualityResponse>.NotFound(Consumption.MonthReporter.FacilityNotFound(id));
            ids = [id];
        }
        else if (user.IsReporterOnly()) ids = await db.VisibleFacilities(user).Select(f => f.Id).ToListAsync(ct);

        var findings = await evaluator.EvaluateYearAsync(y, ids, ct);
        if (code is not null) findings = findings.Where(f => f.Code == code).ToList();
        var dismissals = await DismissalsAsync(y, ids, ct);
        var items = findings.OrderBy(f => f.FacilityId).ThenBy(f => f.Month).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Carrier, StringComparer.Ordinal)
            .Select(f => Item(f, dismissals))
            .Where(i => includeDismissed || !i.Dismissed).ToList();
        return Outcome<DataQualityResponse>.Ok(new DataQualityResponse(y, items));
    }

    public async Task<Outcome<DataQualityItem>> DismissAsync(ClaimsPrincipal user, string id, string? reason, CancellationToken ct)
    {
        if (!Finding.TryParseId(id, out var facilityId, out var month, out var code, out var carrier))
            return Outcome<DataQualityItem>.NotFound(Message.Of("quality.finding.not-found", ("id", ClientText.Excerpt(id))));
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", Message.Of("quality.reason.required"));
        errors.CheckMultilineText("reason", reason, ReasonMaxLength);
        if (errors.Count > 0) return Outcome<DataQualityItem>.Invalid(errors);

        var finding = (await evaluator.EvaluateYearAsync(month.Year, [facilityId], ct)).FirstOrDefault(f => f.Id == id);
        if (finding is null) return Outcome<DataQualityItem>.NotFound(Message.Of("quality.finding.gone", ("id", id)));
        var key = carrier ?? "";
        var dismissal = await db.Set<DataQualityDismissal>().FirstOrDefaultAsync(d => d.FacilityId == facilityId && d.Month == month && d.Code == code && d.Carrier == key, ct);
        if (dismissal is null) db.Add(dismissal = new DataQualityDismissal { FacilityId = facilityId, Month = month, Code = code, Carrier = key });
        dismissal.Version = finding.Version;
        dismissal.Reason = reason!.Trim();
        dismissal.DismissedBy = user.Identity?.Name ?? user.UserId();
        dismissal.DismissedAt = clock.GetUtcNow();
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (PostgresErrors.IsUniqueViolation(e))
        {
            // Two analysts dismissed the same finding at once: the other one's reason stands.
            db.ChangeTracker.Clear();
        }
        var stored = await db.Set<DataQualityDismissal>().AsNoTracking().FirstAsync(d => d.FacilityId == facilityId && d.Month == month && d.Code == code && d.Carrier == key, ct);
        return Outcome<DataQualityItem>.Ok(Item(finding, new() { [(facilityId, month, code, key)] = stored }));
    }

    private async Task<Dictionary<(int, DateOnly, string, string), DataQualityDismissal>> DismissalsAsync(int year, List<int>? ids, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var query = db.Set<DataQualityDismissal>().AsNoTracking().Where(d => d.Month >= first && d.Month <= last);
        if (ids is not null) query = query.Where(d => ids.Contains(d.FacilityId));
        return (await query.ToListAsync(ct)).ToDictionary(d => (d.FacilityId, d.Month, d.Code, d.Carrier));
    }

    private static DataQualityItem Item(Finding f, Dictionary<(int, DateOnly, string, string), DataQualityDismissal> dismissals)
    {
        var dismissed = dismissals.TryGetValue((f.FacilityId, f.Month, f.Code, f.Carrier ?? ""), out var d) && d.Version == f.Version;
        return new DataQualityItem(f.Id, f.FacilityId, f.Period, f.Code, FindingCodes.Severity(f.Code), f.Message, f.Carrier,
            dismissed, dismissed ? d!.Reason : null);
    }
}
