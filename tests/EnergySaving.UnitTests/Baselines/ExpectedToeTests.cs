using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

public sealed class ExpectedToeTests
{
    private static readonly BaselineModel Production = new("production", 2.0, 0.5, null, null, null, null,
        new Dictionary<string, double>(), new Dictionary<string, double>());

    [Fact]
    public void A_month_is_its_days_times_the_per_day_prediction_with_its_own_production()
    {
        // March: 31 days, 620 t → 31·(2 + 0.5·620/31) = 62 + 310 = 372 TOE.
        Assert.Equal(372.0, SavingsCalculator.ExpectedToe(Production, new BaselineMonth(new DateOnly(2024, 3, 1), 0, 620), BaselineOptions.Default)!.Value, 10);
        // February 2024: 29 days, 290 t → 58 + 145 = 203 TOE.
        Assert.Equal(203.0, SavingsCalculator.ExpectedToe(Production, new BaselineMonth(new DateOnly(2024, 2, 1), 0, 290), BaselineOptions.Default)!.Value, 10);
    }

    [Fact]
    public void A_month_without_the_production_the_model_needs_has_no_expectation()
    {
        Assert.Null(SavingsCalculator.ExpectedToe(Production, new BaselineMonth(new DateOnly(2024, 3, 1), 10), BaselineOptions.Default));
    }
}
