using EnergySaving.Api.Common;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines;

/// <summary>Key facilities and support candidates: plain reads of the annual flags the last run persisted.</summary>
public static class FlagsApi
{
    /// <summary>The message of a missing or bad ?year= (null when it is a year), shared by the flags and the overview.</summary>
    public static Message? YearError(string? year, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(year)) return Message.Of("flags.year.missing");
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) || !Month.IsValidYear(value))
            return Message.Of("flags.year.invalid", ("value", ClientText.Excerpt(year)), ("earliest", Month.EarliestYear), ("latest", Month.LatestYear));
        return null;
    }

    private static ValidationProblem? CheckYear(string? year, out int value) =>
        YearError(year, out value) is { } error ? Problems.Field("year", error) : null;

    public static async Task<Results<Ok<KeyFacilitiesResponse>, FileContentHttpResult, ValidationProblem>> KeyFacilities(string? year, EnergySavingDbContext db, CancellationToken ct,
        string? format = null)
    {
        if (CheckYear(year, out var y) is { } problem) return problem;
        if (Spreadsheets.ListExport.CheckFormat(format) is { } badFormat) return badFormat;
        var rows = await (from a in db.AnnualFlags
                join f in db.Facilities on a.FacilityId equals f.Id
                where a.Year == y && a.IsKey
                orderby f.Code
                select new { a, f.Code, f.Name, f.Sector }).AsNoTracking().ToListAsync(ct);
        var list = new KeyFacilitiesResponse(y, rows.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new KeyFacilityItem(r.a.FacilityId, r.Code, r.Name, SectorNames.ToApi(r.Sector), r.a.AnnualToe, r.a.Threshold, r.a.NewThisYear, StoredMessages.ReadOne(r.a.KeyReason)))
            .ToList()) { Dropped = await Spreadsheets.KeyFacilityList.DroppedAsync(db, y, ct) };
        return format is "csv" or "xlsx" ? Spreadsheets.KeyFacilityList.File(format, list) : TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<CandidatesResponse>, FileContentHttpResult, ValidationProblem>> Candidates(string? year, EnergySavingDbContext db, CancellationToken ct,
        string? format = null)
    {
        if (CheckYear(year, out var y) is { } problem) return problem;
        if (Spreadsheets.ListExport.CheckFormat(format) is { } badFormat) return badFormat;
        // The year's flags first, then their facilities by id: joined in one statement, PostgreSQL hashed the whole
        // facilities table for a few dozen candidates whenever its statistics said so (1.2 ms of its CPU a request).
        var flags = await db.AnnualFlags.AsNoTracking().Where(a => a.Year == y && (a.IsCandidate || a.CandidateInsufficientData)).ToListAsync(ct);
        var ids = flags.Select(a => a.FacilityId).ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.Code, f.Name, f.Sector, f.Industry }).ToDictionaryAsync(f => f.Id, ct);
        var rows = flags.Where(a => facilities.ContainsKey(a.FacilityId)).Select(a =>
        {
            var f = facilities[a.FacilityId];
            return new { a, f.Code, f.Name, f.Sector, f.Industry };
        }).ToList();
        var items = rows.Where(r => r.a.IsCandidate)
            .OrderByDescending(r => r.a.Score).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new CandidateItem(r.a.FacilityId, r.Code, r.Name, SectorNames.ToApi(r.Sector), r.Industry, r.a.AnnualToe,
                r.a.Score ?? 0, r.a.EstimatedSavingsToe, StoredMessages.Read(r.a.Reasons)))
            .ToList();
        var insufficient = rows.Where(r => r.a.CandidateInsufficientData).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new InsufficientItem(r.a.FacilityId, r.a.MonthsReported)).ToList();
        var response = new CandidatesResponse(y, items, insufficient);
        return format is "csv" or "xlsx" ? Spreadsheets.KeyFacilityList.Candidates(format, response) : TypedResults.Ok(response);
    }
}
