using System.Security.Claims;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Facilities;

public static class FacilitiesApi
{

    public static RouteGroupBuilder MapFacilities(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/facilities").WithTags("Facilities").RequireAuthorization(Policies.FacilityReaders);

        group.MapPost("/", Create).RequireAuthorization(Policies.CenterStaff)
            .WithName("CreateFacility").WithSummary("Register a facility (admin, analyst); 409 when the code exists");
        group.MapGet("/", List)
            .WithName("ListFacilities")
            .WithSummary("List facilities with filters and paging")
            .WithDescription("Filters: sector, province, district, search (code or name, case-insensitive). Reporters see only their own facilities.");
        group.MapGet("/{id:int}", Get).WithName("GetFacility").WithSummary("One facility; 404 when unknown or not yours");
        group.MapPut("/{id:int}", Update).RequireAuthorization(Policies.CenterStaff)
            .WithName("UpdateFacility").WithSummary("Replace a facility's fields (admin, analyst); every change is recorded in its history")
            .WithDescription("The production unit cannot change while months report production in the current unit (their SEC would be relabelled): 400 naming productionUnit.");
        group.MapGet("/{id:int}/changes", Changes)
            .WithName("FacilityChanges").WithSummary("The facility's attribute changes, oldest first: who, when, field, old and new value");
        return group;
    }

    public static async Task<Results<Created<FacilityResponse>, ValidationProblem, ProblemHttpResult>> Create(
        FacilityRequest body, EnergySavingDbContext db, CancellationToken ct) =>
        (await CreateAsync(body, db, ct)).ToCreated(f => $"/api/facilities/{f.Id}");

    /// <summary>Registers a facility (the API's POST and the page /facilities/new): the facility, or why not.</summary>
    public static async Task<Outcome<FacilityResponse>> CreateAsync(FacilityRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = FacilityRules.Validate(body);
        await CheckStationAsync(db, body, errors, ct);
        if (errors.Count > 0) return Outcome<FacilityResponse>.Invalid(errors);
        if (await CodeTakenAsync(db, body.Code!.Trim(), null, ct) is { } taken) return Outcome<FacilityResponse>.Conflict(CodeTaken(taken));
        var facility = new Facility { Code = "", Name = "", Province = "" };
        FacilityRules.Apply(body, facility);
        db.Facilities.Add(facility);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<FacilityResponse>.Conflict(CodeTaken(facility.Code));
        }
        return Outcome<FacilityResponse>.Ok(FacilityResponse.From(facility));
    }

    public static async Task<Results<Ok<FacilityPage>, FileContentHttpResult, ValidationProblem>> List(
        ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct,
        string? sector = null, string? province = null, string? district = null, string? search = null,
        int page = 1, int pageSize = 50, string? format = null)
    {
        if (Spreadsheets.ListExport.CheckFormat(format) is { } badFormat) return badFormat;
        var errors = new FieldErrors();
        Paging.Check(errors, page, pageSize);
        Sector? sectorFilter = null;
        if (!string.IsNullOrEmpty(sector))
        {
            if (SectorNames.TryParse(sector, out var s)) sectorFilter = s;
            else errors.Add("sector", SectorNames.Unknown(sector));
        }
        if (errors.Count > 0) return Problems.Validation(errors);

        var query = db.VisibleFacilities(user).AsNoTracking();
        if (sectorFilter is { } sf) query = query.Where(f => f.Sector == sf);
        if (!string.IsNullOrWhiteSpace(province)) query = query.Where(f => f.Province == province.Trim());
        if (!string.IsNullOrWhiteSpace(district)) query = query.Where(f => f.District == district.Trim());
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim()) + "%";
            query = query.Where(f => EF.Functions.ILike(f.Code, pattern, "\\") || EF.Functions.ILike(f.Name, pattern, "\\"));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(f => f.Code).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(ct);
        var list = items.Select(FacilityResponse.From).ToList();
        if (format is "csv" or "xlsx") return Spreadsheets.FacilityListExport.File(format, list);
        return TypedResults.Ok(new FacilityPage(list, page, pageSize, total));
    }

    public static async Task<Results<Ok<FacilityResponse>, ProblemHttpResult>> Get(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct)
    {
        var facility = await db.VisibleFacilities(user).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return facility is null ? Problems.NotFound(NotFound(id)) : TypedResults.Ok(FacilityResponse.From(facility));
    }

    public static async Task<Results<Ok<FacilityResponse>, ValidationProblem, ProblemHttpResult>> Update(
        int id, FacilityRequest body, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await UpdateAsync(id, body, user, db, clock, ct)).ToOk();

    /// <summary>Changes a facility (the API's PUT and the page /facilities/{id}/edit), recording every changed attribute: the facility, or why not.</summary>
    public static async Task<Outcome<FacilityResponse>> UpdateAsync(
        int id, FacilityRequest body, ClaimsPrincipal user, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = FacilityRules.Validate(body);
        await CheckStationAsync(db, body, errors, ct);
        if (errors.Count > 0) return Outcome<FacilityResponse>.Invalid(errors);
        var facility = await db.Facilities.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null) return Outcome<FacilityResponse>.NotFound(NotFound(id));
        if (await CodeTakenAsync(db, body.Code!.Trim(), id, ct) is { } taken) return Outcome<FacilityResponse>.Conflict(CodeTaken(taken));
        if (await FacilityHistory.UnitChangeErrorAsync(db, facility, TextChecks.Clean(body.ProductionUnit), ct) is { } unitError)
            return Outcome<FacilityResponse>.Invalid("productionUnit", unitError);
        var before = FacilityHistory.Snapshot(facility);
        FacilityRules.Apply(body, facility);
        FacilityHistory.Record(db, before, facility, SubmittedBy.Of(user), clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<FacilityResponse>.Conflict(CodeTaken(facility.Code));
        }
        return Outcome<FacilityResponse>.Ok(FacilityResponse.From(facility));
    }

    /// <summary>The refusal of an unknown facility, or one the user may not see (the same answer: it says nothing about others').</summary>
    public static Message NotFound(int id) => Message.Of("facility.not-found", ("id", id));

    private static Message CodeTaken(string code) => Message.Of("facility.code.taken", ("code", ClientText.Excerpt(code)));

    private static async Task<Results<Ok<List<FacilityChangeResponse>>, ProblemHttpResult>> Changes(
        int id, ClaimsPrincipal user, EnergySavingDbContext db, CancellationToken ct)
    {
        if (!await db.CanAccessFacilityAsync(user, id, ct)) return Problems.NotFound(NotFound(id));
        return TypedResults.Ok(await db.Set<FacilityChange>().AsNoTracking().Where(c => c.FacilityId == id).OrderBy(c => c.Id)
            .Select(c => new FacilityChangeResponse(c.ChangedAt, c.ChangedBy, c.Field, c.OldValue, c.NewValue)).ToListAsync(ct));
    }

    /// <summary>The existing code equal to <paramref name="code"/> but for case (another facility's), or null.</summary>
    private static Task<string?> CodeTakenAsync(EnergySavingDbContext db, string code, int? exceptId, CancellationToken ct) =>
        db.Facilities.Where(f => f.Code.ToLower() == code.ToLower() && f.Id != exceptId).Select(f => f.Code).FirstOrDefaultAsync(ct);

    /// <summary>A facility's weather station must exist: otherwise its baseline would silently go without weather.</summary>
    private static async Task CheckStationAsync(EnergySavingDbContext db, FacilityRequest body, FieldErrors errors, CancellationToken ct)
    {
        var code = TextChecks.Clean(body.WeatherStation);
        if (code is null || errors.Has("weatherStation")) return;
        if (!await db.WeatherStations.AnyAsync(s => s.Code == code, ct))
            errors.Add("weatherStation", Message.Of("facility.weather-station.unknown", ("station", ClientText.Excerpt(code))));
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
