using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Programme;

/// <summary>The center's events: add, edit, delete, list by year (of the event's date).</summary>
public sealed class ProgrammeEventService(EnergySavingDbContext db)
{
    public async Task<Outcome<ProgrammeEventResponse>> CreateAsync(ProgrammeEventRequest r, CancellationToken ct)
    {
        if (ProgrammeRules.Validate(r) is { Count: > 0 } errors) return Outcome<ProgrammeEventResponse>.Invalid(errors);
        var e = new ProgrammeEvent { Kind = "", Topic = "", Title = "" };
        ProgrammeRules.Apply(r, e);
        db.Add(e);
        await db.SaveChangesAsync(ct);
        return Outcome<ProgrammeEventResponse>.Ok(ProgrammeEventResponse.From(e));
    }

    public async Task<Outcome<ProgrammeEventResponse>> UpdateAsync(int id, ProgrammeEventRequest r, CancellationToken ct)
    {
        if (ProgrammeRules.Validate(r) is { Count: > 0 } errors) return Outcome<ProgrammeEventResponse>.Invalid(errors);
        var e = await db.Set<ProgrammeEvent>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Outcome<ProgrammeEventResponse>.NotFound(NotFound(id));
        ProgrammeRules.Apply(r, e);
        await db.SaveChangesAsync(ct);
        return Outcome<ProgrammeEventResponse>.Ok(ProgrammeEventResponse.From(e));
    }

    public static Message NotFound(int id) => Message.Of("programme.event.not-found", ("id", id));

    public async Task<bool> DeleteAsync(int id, CancellationToken ct) =>
        await db.Set<ProgrammeEvent>().Where(x => x.Id == id).ExecuteDeleteAsync(ct) > 0;

    public async Task<ProgrammeEventResponse?> GetAsync(int id, CancellationToken ct) =>
        await db.Set<ProgrammeEvent>().AsNoTracking().Where(x => x.Id == id).Select(x => ProgrammeEventResponse.From(x)).FirstOrDefaultAsync(ct);

    public async Task<List<ProgrammeEventResponse>> ListAsync(int? year, CancellationToken ct)
    {
        var q = InYear(db.Set<ProgrammeEvent>().AsNoTracking(), year);
        return (await q.OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(ct)).Select(ProgrammeEventResponse.From).ToList();
    }

    public static IQueryable<ProgrammeEvent> InYear(IQueryable<ProgrammeEvent> events, int? year)
    {
        if (year is not { } y) return events;
        var from = new DateOnly(y, 1, 1);
        var to = from.AddYears(1);
        return events.Where(e => e.Date >= from && e.Date < to);
    }
}
