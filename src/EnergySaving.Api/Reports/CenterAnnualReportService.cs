using CarrierToe = EnergySaving.Api.Consumption.CarrierToe;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Programme;
using EnergySaving.Api.SupportProjects;
using EnergySaving.Api.Training;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Reports;

/// <summary>Gathers the center's year from the features that own each figure (one definition of each figure).</summary>
public sealed class CenterAnnualReportService(EnergySavingDbContext db, VerifiedSavings savings, AnnualReports.AnnualReportBoard board)
{
    public async Task<CenterAnnualReport> BuildAsync(int year, CancellationToken ct)
    {
        var events = await ProgrammeEventService.InYear(db.Set<ProgrammeEvent>().AsNoTracking(), year)
            .OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(ct);
        var eventLines = events.GroupBy(e => (e.Kind, e.Topic))
            .Select(g => new EventLine(g.Key.Kind, g.Key.Topic, g.Count(), g.Sum(e => e.Participants)))
            .OrderBy(l => Array.IndexOf(ProgrammeRules.Kinds, l.Kind)).ThenBy(l => Array.IndexOf(ProgrammeRules.Topics, l.Topic)).ToList();
        var eventItems = events.Select(e => new EventItem(e.Kind, e.Topic, e.Title, e.Date, e.District, e.Commune, e.Participants, e.FundingSource)).ToList();

        var training = await TrainingSummaryApi.ComputeAsync(db, year, ct);
        var support = await SupportAsync(year, ct);

        var flags = db.AnnualFlags.AsNoTracking();
        var keyNow = await flags.Where(a => a.Year == year && a.IsKey).Select(a => new { a.FacilityId, a.NewThisYear }).ToListAsync(ct);
        // Dropped: key the year before and not key this year (no longer reaching the threshold, or no complete year).
        var dropped = await flags.CountAsync(a => a.Year == year - 1 && a.IsKey
            && !flags.Any(b => b.Year == year && b.FacilityId == a.FacilityId && b.IsKey), ct);
        var candidates = await flags.CountAsync(a => a.Year == year && a.IsCandidate, ct);

        return new CenterAnnualReport(year, eventLines, eventItems, training, support,
            new KeyFacilitiesSection(keyNow.Count, keyNow.Count(k => k.NewThisYear), dropped),
            new CandidatesSection(candidates), await ConsumptionOfYearAsync(db, year, ct), (await board.GetAsync(year, null, ct)).Counts);
    }

    private async Task<SupportSection> SupportAsync(int year, CancellationToken ct)
    {
        var projects = await db.Set<SupportProject>().AsNoTracking()
            .Where(p => p.Year == year && p.Status != SupportProjectRules.Cancelled)
            .OrderBy(p => p.Id).ToListAsync(ct);
        var ids = projects.Select(p => p.FacilityId).Distinct().ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var lines = new List<ProjectLine>(projects.Count);
        foreach (var p in projects)
        {
            var s = await savings.ComputeAsync(p, VerifiedSavings.DefaultMonths, ct);
            var verified = s.Status == VerifiedSavings.Verified;
            lines.Add(new ProjectLine(p.Id, facilities[p.FacilityId].Code, facilities[p.FacilityId].Name, p.Kind, p.FundingSource, p.Title, p.Status,
                p.TotalCostVnd, p.SupportVnd, s.Status, verified ? s.SavedToe : null, verified ? s.SavedFraction : null, verified ? s.Uncertainty90 : null));
        }
        var byKind = SupportProjectRules.Kinds
            .Select(k => new KindMoney(k, projects.Count(p => p.Kind == k), projects.Where(p => p.Kind == k).Sum(p => p.SupportVnd)))
            .Where(k => k.Projects > 0).ToList();
        var bySource = SupportProjectRules.FundingSources
            .Select(f => new SourceMoney(f, projects.Count(p => p.FundingSource == f), projects.Where(p => p.FundingSource == f).Sum(p => p.SupportVnd)))
            .Where(f => f.Projects > 0).ToList();
        return new SupportSection(projects.Count, projects.Sum(p => p.TotalCostVnd), projects.Sum(p => p.SupportVnd), byKind, bySource,
            lines.Sum(l => l.SavedToe ?? 0), lines.Count(l => l.SavedToe is not null), lines);
    }

    /// <summary>A year's TOE in total, by sector and by carrier: the report's section and the analysts' overview page.</summary>
    public static async Task<ConsumptionSection> ConsumptionOfYearAsync(EnergySavingDbContext db, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var bySector = await (from m in db.ConsumptionMonths
                              join f in db.Facilities on m.FacilityId equals f.Id
                              where m.Month >= start && m.Month < end
                              group m by f.Sector into g
                              select new { Sector = g.Key, Toe = g.Sum(x => x.TotalToe) }).ToListAsync(ct);
        var byCarrier = await db.Database.SqlQuery<CarrierToe>($"""
            SELECT c.carrier AS "Carrier", sum(c.toe) AS "Toe"
            FROM consumption_months m, unnest(m.carriers, m.toes) AS c(carrier, toe)
            WHERE m.month >= {start} AND m.month < {end}
            GROUP BY c.carrier
            """).ToListAsync(ct);
        return new ConsumptionSection(bySector.Sum(s => s.Toe),
            bySector.OrderByDescending(s => s.Toe).Select(s => new SectorToe(SectorNames.ToApi(s.Sector), s.Toe)).ToList(),
            byCarrier.OrderByDescending(c => c.Toe).ToList());
    }
}
