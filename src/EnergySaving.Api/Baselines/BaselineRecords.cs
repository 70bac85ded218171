using EnergySaving.Api.Common;
using EnergySaving.Core.Baselines;

namespace EnergySaving.Api.Baselines;

/// <summary>Maps a fitter result onto its facility_baselines row and the row onto the API's shape.</summary>
public static class BaselineRecords
{
    public static void Apply(FacilityBaseline row, BaselineResult r, FacilityInputs inputs)
    {
        var m = r.Model;
        row.Status = r.Status;
        row.Reasons = StoredMessages.Write(r.Reasons);
        row.PeriodFrom = r.Period?.From;
        row.PeriodTo = r.Period?.To;
        row.ModelKind = m?.Kind;
        row.Intercept = m?.Intercept;
        row.Production = m?.Production;
        row.Hdd = m?.Hdd;
        row.Cdd = m?.Cdd;
        row.HeatingBalancePointC = m?.HeatingBalancePointC;
        row.CoolingBalancePointC = m?.CoolingBalancePointC;
        row.PValues = m is null ? null : BaselineJson.Write(m.PValues);
        row.StandardErrors = m is null ? null : BaselineJson.Write(m.StandardErrors);
        row.N = r.Metrics?.N;
        row.R2 = r.Metrics?.R2;
        row.AdjustedR2 = r.Metrics?.AdjustedR2;
        row.CvRmse = r.Metrics?.CvRmse;
        row.Nmbe = r.Metrics?.Nmbe;
        row.Adequate = r.Metrics?.Adequate;
        row.SecBaseline = r.SecBaseline;
        row.SecUnit = r.SecBaseline is null ? null : $"TOE/{inputs.ProductionUnit ?? "unit"}";
        row.Savings = r.Savings is { } s
            ? BaselineJson.Write(new SavingsDto(Month.Format(s.From), Month.Format(s.To), s.ExpectedToe, s.ActualToe, s.SavedToe,
                s.SavedFraction, s.Uncertainty90, s.ExtrapolatedMonths.Select(Month.Format).ToList()))
            : null;
        var years = m is not null && r.Period is not null ? AnnualSavings.ByYear(m, r.Period, inputs.Months, inputs.Options) : [];
        row.AnnualSavings = BaselineJson.Write(years.Select(y => new YearSavingsDto(y.Year, y.Months, y.ExpectedToe, y.ActualToe)).ToList());
    }

    public static BaselineResponse ToResponse(FacilityBaseline b)
    {
        ModelDto? model = b.ModelKind is null ? null : new ModelDto(b.ModelKind, b.Intercept ?? 0, b.Production, b.Hdd, b.Cdd,
            b.HeatingBalancePointC, b.CoolingBalancePointC,
            BaselineJson.Read<Dictionary<string, double>>(b.PValues ?? "{}"), BaselineJson.Read<Dictionary<string, double>>(b.StandardErrors ?? "{}"));
        MetricsDto? metrics = b.N is { } n ? new MetricsDto(n, b.R2 ?? 0, b.AdjustedR2 ?? 0, b.CvRmse, b.Nmbe, b.Adequate ?? false) : null;
        return new BaselineResponse(b.FacilityId, b.Status, StoredMessages.Read(b.Reasons),
            b.PeriodFrom is { } from && b.PeriodTo is { } to ? new PeriodDto(Month.Format(from), Month.Format(to)) : null,
            b.ComputedAt, model, metrics,
            b.SecBaseline is { } sec ? new SecBaselineDto(sec, b.SecUnit ?? "TOE/unit") : null,
            b.Savings is null ? null : BaselineJson.Read<SavingsDto>(b.Savings));
    }
}
