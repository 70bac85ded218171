using System.Security.Claims;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Baselines;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.SupportProjects;

public sealed record SavingsMonthDto(string Month, double ExpectedToe, double ActualToe, double SavedToe);

/// <summary>A project's verified savings; <c>reasons</c> are the texts of <c>reasonCodes</c>, in the request's (or page's) language.</summary>
public sealed record ProjectSavingsResponse(int ProjectId, string Status, IReadOnlyList<Message> ReasonCodes, PeriodDto? BaselinePeriod,
    ModelDto? Model, MetricsDto? Metrics, PeriodDto? Blackout, PeriodDto? ReportingPeriod, IReadOnlyList<SavingsMonthDto> Months,
    double? ExpectedToe, double? ActualToe, double? SavedToe, double? SavedFraction, double? Uncertainty90, IReadOnlyList<string> ExtrapolatedMonths)
{
    public IReadOnlyList<string> Reasons => ReasonCodes.Render();
}

/// <summary>
/// A project's savings verified as IPMVP Option C does it, with the baseline engine of BASELINES.md (no second
/// regression): the baseline is fitted on the 12 months before the works, the works' months are left out, and the
/// months after are compared with what the baseline predicts.
/// </summary>
public sealed class VerifiedSavings(EnergySavingDbContext db, SupportProjectService projects)
{
    public const string Verified = "verified";
    public const string InsufficientData = "insufficient-data";
    public const string NotImplemented = "not-implemented";
    public const int DefaultMonths = 12;
    public const int MaxMonths = 36;
    /// <summary>Fewer reporting months than this say nothing about savings (API.md).</summary>
    public const int MinReportingMonths = 3;
    public const int BaselineMonths = BaselinePeriod.MinMonths;

    public async Task<Outcome<ProjectSavingsResponse>> ForProjectAsync(int id, int? months, ClaimsPrincipal user, CancellationToken ct)
    {
        var m = months ?? DefaultMonths;
        if (m is < 1 or > MaxMonths) return Outcome<ProjectSavingsResponse>.Invalid("months", Message.Of("support.savings.months-out-of-range", ("max", MaxMonths)));
        var project = await projects.Query(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return Outcome<ProjectSavingsResponse>.NotFound(SupportProjectService.NotFound(id));
        return Outcome<ProjectSavingsResponse>.Ok(await ComputeAsync(project, m, ct));
    }

    /// <summary>The savings of one project over <paramref name="months"/> reporting months (no access check: callers do it).</summary>
    public async Task<ProjectSavingsResponse> ComputeAsync(SupportProject p, int months, CancellationToken ct)
    {
        if (!SupportProjectRules.WorksDone(p.Status) || p.ImplementedFrom is not { } worksFrom || p.ImplementedTo is not { } worksTo)
            return new ProjectSavingsResponse(p.Id, NotImplemented, [Message.Of("support.savings.not-implemented", ("status", p.Status))],
                null, null, null, null, null, [], null, null, null, null, null, []);

        var baselineFrom = worksFrom.AddMonths(-BaselineMonths);
        var baselineTo = worksFrom.AddMonths(-1);
        var reportFrom = worksTo.AddMonths(1);
        var reportTo = worksTo.AddMonths(months);
        var blackout = new PeriodDto(Month.Format(worksFrom), Month.Format(worksTo));
        var inputs = (await BaselineInputs.LoadAsync(db, [p.FacilityId], ct)).Single();
        // The works' months (and anything between the reporting window and today) are simply not given to the fitter:
        // its reporting period is every month after the baseline, so this is what excludes them.
        var data = inputs.Months.Where(x => (x.FirstDay >= baselineFrom && x.FirstDay <= baselineTo) || (x.FirstDay >= reportFrom && x.FirstDay <= reportTo)).ToList();
        var options = BaselineOptions.Default with { BaselineFrom = baselineFrom, BaselineTo = baselineTo };
        var fit = BaselineFitter.Fit(data, options);

        var reasons = fit.Reasons.ToList();
        var baselinePeriod = new PeriodDto(Month.Format(baselineFrom), Month.Format(baselineTo));
        var reportingPeriod = new PeriodDto(Month.Format(reportFrom), Month.Format(reportTo));
        var model = fit.Model is { } bm ? new ModelDto(bm.Kind, bm.Intercept, bm.Production, bm.Hdd, bm.Cdd, bm.HeatingBalancePointC,
            bm.CoolingBalancePointC, bm.PValues, bm.StandardErrors) : null;
        var metrics = fit.Metrics is { } fm ? new MetricsDto(fm.N, fm.R2, fm.AdjustedR2, fm.CvRmse, fm.Nmbe, fm.Adequate) : null;

        var monthly = new List<SavingsMonthDto>();
        if (fit.Model is { } fitted)
        {
            foreach (var x in data.Where(x => x.FirstDay >= reportFrom).OrderBy(x => x.FirstDay))
            {
                if (SavingsCalculator.ExpectedToe(fitted, x, options) is { } expected)
                    monthly.Add(new SavingsMonthDto(Month.Format(x.FirstDay), expected, x.EnergyToe, expected - x.EnergyToe));
            }
        }

        var s = fit.Savings;
        if (fit.Status != BaselineResult.Fitted || s is null || s.Months < MinReportingMonths)
        {
            if (fit.Status == BaselineResult.Fitted)
                reasons.Insert(0, Message.Of("support.savings.insufficient-months", ("months", s?.Months ?? 0),
                    ("from", reportingPeriod.From), ("to", reportingPeriod.To), ("min", MinReportingMonths)));
            return new ProjectSavingsResponse(p.Id, InsufficientData, reasons, baselinePeriod, model, metrics, blackout, reportingPeriod,
                monthly, null, null, null, null, null, []);
        }

        return new ProjectSavingsResponse(p.Id, Verified, reasons, baselinePeriod, model, metrics, blackout,
            new PeriodDto(Month.Format(s.From), Month.Format(s.To)), monthly, s.ExpectedToe, s.ActualToe, s.SavedToe, s.SavedFraction,
            s.Uncertainty90, s.ExtrapolatedMonths.Select(Month.Format).ToList());
    }

    // The baseline engine's reasons: coded messages once the engine writes them, texts of the engine until then.
}
