using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Baselines;

namespace EnergySaving.Api.Baselines;

/// <summary>
/// What a facility's fitted baseline expects for each reported month of a year (TOE), from the month's days,
/// production and degree-days: the same prediction as the savings (SavingsCalculator.ExpectedToe). Months the
/// model cannot predict (no production, no temperatures) are left out.
/// </summary>
public static class ExpectedMonths
{
    public static async Task<Dictionary<DateOnly, double>> OfYearAsync(EnergySavingDbContext db, int facilityId, ModelDto model, int year, CancellationToken ct)
    {
        var fitted = new BaselineModel(model.Kind, model.Intercept, model.Production, model.Hdd, model.Cdd,
            model.HeatingBalancePointC, model.CoolingBalancePointC, model.PValues, model.StandardErrors);
        var inputs = (await BaselineInputs.LoadAsync(db, [facilityId], ct)).SingleOrDefault();
        var expected = new Dictionary<DateOnly, double>();
        foreach (var month in inputs?.Months.Where(m => m.FirstDay.Year == year) ?? [])
            if (SavingsCalculator.ExpectedToe(fitted, month, inputs!.Options) is { } toe) expected[month.FirstDay] = toe;
        return expected;
    }
}
