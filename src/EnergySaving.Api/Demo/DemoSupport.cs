using System.Globalization;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Programme;
using EnergySaving.Api.SupportProjects;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Demo;

/// <summary>
/// Loads seed-data/support-projects.csv and programme-events.csv (after the facilities and the caps). Every row goes
/// through the features' own rules (and the cap in force); a project already there (same facility, year and title) or
/// an event already there (same date and title) is skipped, so running again adds nothing.
/// </summary>
public static class DemoSupport
{
    public const string By = "demo-data";

    public static async Task<(int Projects, int Events)> LoadAsync(EnergySavingDbContext db, string seedFolder, TimeProvider clock, CancellationToken ct = default)
    {
        var facilities = await db.Facilities.ToDictionaryAsync(f => f.Code, f => f.Id, ct);
        var caps = new SupportCaps(db);
        var existing = (await db.Set<SupportProject>().Select(p => new { p.FacilityId, p.Year, p.Title }).ToListAsync(ct))
            .Select(p => (p.FacilityId, p.Year, p.Title)).ToHashSet();
        var now = clock.GetUtcNow();
        var projects = 0;
        var path = Path.Combine(seedFolder, "support-projects.csv");
        {
            foreach (var row in ReadRows(path))
            {
                var where = $"{path} line {row.Line}";
                var code = row["facility_code"];
                if (!facilities.TryGetValue(code, out var facilityId)) throw new InvalidDataException($"{where}: unknown facility '{code}'.");
                var request = new SupportProjectRequest(facilityId, int.Parse(row["year"], CultureInfo.InvariantCulture),
                    row["kind"], row["funding_source"], row["title"], null,
                    long.Parse(row["total_cost_vnd"], CultureInfo.InvariantCulture), long.Parse(row["support_vnd"], CultureInfo.InvariantCulture));
                var errors = SupportProjectRules.Validate(request);
                var cap = await caps.InForceAsync(request.Kind!, SupportProjectRules.CapDate(request.Year!.Value), ct);
                if (SupportProjectRules.CapViolation(cap, request.TotalCostVnd!.Value, request.SupportVnd!.Value) is { } capMessage) errors.Add("supportVnd", capMessage);
                if (errors.Count > 0) throw new InvalidDataException($"{where}: {string.Join(" ", errors.Render(WebCultures.En).SelectMany(e => e.Value))}");
                if (existing.Contains((facilityId, request.Year!.Value, request.Title!.Trim()))) continue;

                var project = new SupportProject
                {
                    FacilityId = facilityId, Year = request.Year.Value, Kind = request.Kind!, FundingSource = request.FundingSource!,
                    Title = request.Title.Trim(), TotalCostVnd = request.TotalCostVnd.Value, SupportVnd = request.SupportVnd.Value,
                    Status = SupportProjectRules.Proposed, CreatedAt = now, UpdatedAt = now,
                };
                project.History.Add(new SupportProjectChange { Action = "created", Status = SupportProjectRules.Proposed, By = By, At = now });
                var target = row["status"];
                // Replay the path to the row's status, one dated step at a time, through the same transition rule.
                foreach (var (status, column) in new[] { (SupportProjectRules.Approved, "approved_on"), (SupportProjectRules.Implemented, "implemented_on"),
                             (SupportProjectRules.Accepted, "accepted_on"), (SupportProjectRules.Settled, "settled_on") })
                {
                    if (project.Status == target) break;
                    if (!SupportProjectRules.CanMove(project.Status, status) || !DateOnly.TryParseExact(row[column], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
                        throw new InvalidDataException($"{where}: status {target} needs {column}.");
                    if (status == SupportProjectRules.Implemented)
                    {
                        if (!Month.TryParse(row["implemented_from"], out var from) || !Month.TryParse(row["implemented_to"], out var to) || to < from)
                            throw new InvalidDataException($"{where}: implemented needs implemented_from and implemented_to months.");
                        (project.ImplementedFrom, project.ImplementedTo) = (from, to);
                    }
                    project.Status = status;
                    project.History.Add(new SupportProjectChange { Action = status, Status = status, On = on, By = By, At = now });
                }
                if (project.Status != target) throw new InvalidDataException($"{where}: unknown or unreachable status '{target}'.");
                db.Add(project);
                projects++;
            }
        }

        var events = 0;
        var known = (await db.Set<ProgrammeEvent>().Select(e => new { e.Date, e.Title }).ToListAsync(ct)).Select(e => (e.Date, e.Title)).ToHashSet();
        path = Path.Combine(seedFolder, "programme-events.csv");
        {
            foreach (var row in ReadRows(path))
            {
                var cost = row["cost_vnd"];
                var request = new ProgrammeEventRequest(row["kind"], row["topic"], row["title"],
                    DateOnly.ParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    row["commune"], row["district"], int.Parse(row["participants"], CultureInfo.InvariantCulture),
                    TextChecks.Clean(row["funding_source"]), cost.Length == 0 ? null : long.Parse(cost, CultureInfo.InvariantCulture));
                if (ProgrammeRules.Validate(request) is { Count: > 0 } errors)
                    throw new InvalidDataException($"{path} line {row.Line}: {string.Join(" ", errors.Render(WebCultures.En).SelectMany(e => e.Value))}");
                var e = new ProgrammeEvent { Kind = "", Topic = "", Title = "" };
                ProgrammeRules.Apply(request, e);
                if (!known.Add((e.Date, e.Title))) continue;
                db.Add(e);
                events++;
            }
        }
        await db.SaveChangesAsync(ct);
        return (projects, events);
    }

    /// <summary>A CSV file's rows as column → text (read whole first: the loader awaits database calls per row).</summary>
    private static List<CsvRow> ReadRows(string path)
    {
        var rows = new List<CsvRow>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var n in names) cells[n] = row[n].ToString();
            rows.Add(new CsvRow(row.LineNumberFrom, cells));
        }
        return rows;
    }

    private sealed record CsvRow(int Line, Dictionary<string, string> Cells)
    {
        public string this[string column] => Cells[column];
    }
}
