using EnergySaving.Core.Messages;
using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

public class SavingsTests
{
    private static readonly int[] Days2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Baseline 2023 with E = 2·D + 0.01·P exactly, P/D cycling 100, 110, 120, 130.</summary>
    private static List<BaselineMonth> Tiny()
    {
        var months = new List<BaselineMonth>();
        for (var i = 0; i < 12; i++)
        {
            var d = Days2023[i];
            var p = d * (100.0 + (10 * (i % 4)));
            months.Add(new BaselineMonth(new DateOnly(2023, i + 1, 1), (2.0 * d) + (0.01 * p), p));
        }

        months.Add(new BaselineMonth(new DateOnly(2024, 1, 1), 60, 31 * 105.0));
        months.Add(new BaselineMonth(new DateOnly(2024, 2, 1), 80, 29 * 150.0));
        months.Add(new BaselineMonth(new DateOnly(2024, 3, 1), 70, null));
        return months;
    }

    [Fact]
    public void Savings_and_sec_on_a_hand_computed_example()
    {
        var r = BaselineFitter.Fit(Tiny());

        Assert.Equal("production", r.Model!.Kind);
        Assert.Equal(2.0, r.Model.Intercept, 9);
        Assert.Equal(0.01, r.Model.Production!.Value, 9);

        // ΣE = 2·365 + 0.01·ΣP = 730 + 419.9; ΣP = 41,990.
        Assert.Equal(1149.9 / 41990.0, r.SecBaseline!.Value, 12);

        // 2024-01: Ê = 2·31 + 0.01·3255 = 94.55; 2024-02: Ê = 2·29 + 0.01·4350 = 101.5; 2024-03 has no production.
        var s = r.Savings!;
        Assert.Equal(2, s.Months);
        Assert.Equal(new DateOnly(2024, 1, 1), s.From);
        Assert.Equal(new DateOnly(2024, 2, 1), s.To);
        Assert.Equal(196.05, s.ExpectedToe, 9);
        Assert.Equal(140.0, s.ActualToe, 9);
        Assert.Equal(56.05, s.SavedToe, 9);
        Assert.Equal(56.05 / 196.05, s.SavedFraction, 12);

        // P/D = 150 in 2024-02 lies above the baseline range 100..130.
        Assert.Equal([new DateOnly(2024, 2, 1)], s.ExtrapolatedMonths);
        Assert.Contains(Message.Of("baseline.savings.months-left-out",
            ("months", new[] { Message.Of("baseline.savings.month-without-production", ("month", "2024-03")) })), r.Reasons);
        Assert.Contains(Message.Of("baseline.savings.extrapolated", ("months", new[] { "2024-02" })), r.Reasons);

        // A perfect fit: CV(RMSE) = 0 and so no uncertainty.
        Assert.Equal(0.0, r.Metrics!.CvRmse!.Value, 9);
        Assert.Equal(0.0, s.Uncertainty90!.Value, 9);
        Assert.True(s.ModelAdequate);
    }

    [Fact]
    public void Uncertainty_formula_on_a_hand_computed_example()
    {
        // n = 12, p = 2, m = 12, CV = 0.1, ρ = 0.2, F = 0.1:
        // t(0.95, 10) = 1.8124611228107; poly = −0.00022·144 + 0.03306·12 + 0.94054 = 1.30558;
        // n′ = 12·0.8/1.2 = 8; sqrt((12/8)(1 + 2/8)/12) = sqrt(0.15625);
        // ΔS/S = 1.8124611228107 · 1.30558 · 0.1 · sqrt(0.15625) / 0.1 = 0.935367339230278 (scipy t.ppf).
        var u = SavingsCalculator.Uncertainty90(12, 2, 12, 0.1, 0.2, 0.1);

        Assert.Equal(0.935367339230278, u!.Value, 10);
        Assert.Equal(u.Value, SavingsCalculator.Uncertainty90(12, 2, 12, 0.1, 0.2, -0.1)!.Value, 12);
    }

    [Theory]
    [InlineData(0, 0.1, 0.2)] // no reporting months
    [InlineData(12, 0.0, 0.2)] // F = 0
    [InlineData(12, 0.1, 1.0)] // ρ = 1 → n′ = 0
    [InlineData(12, 0.1, -1.0)] // ρ = −1
    public void Uncertainty_is_null_when_it_cannot_be_computed(int m, double f, double rho)
    {
        Assert.Null(SavingsCalculator.Uncertainty90(12, 2, m, 0.1, rho, f));
    }

    [Fact]
    public void Lag_one_autocorrelation_on_hand_computed_examples()
    {
        int[] consecutive = [24_288, 24_289, 24_290, 24_291]; // 2024-01 … 2024-04
        int[] gapAfterSecond = [24_288, 24_289, 24_291, 24_292]; // 2024-01, 02, 04, 05
        // r = 1, 2, 3, 4: mean 2.5, deviations −1.5, −0.5, 0.5, 1.5, Σd² = 5.
        // Consecutive pairs: 0.75 − 0.25 + 0.75 = 1.25 → ρ = 0.25.
        Assert.Equal(0.25, SavingsCalculator.LagOneAutocorrelation([1, 2, 3, 4], consecutive), 12);
        // The pair across the gap (Feb, Apr) is not a lag-1 pair: 0.75 + 0.75 = 1.5 → ρ = 0.3.
        Assert.Equal(0.3, SavingsCalculator.LagOneAutocorrelation([1, 2, 3, 4], gapAfterSecond), 12);
        // Mean 0; Σ r_i·r_{i−1} = −3; Σ r_i² = 4: ρ = −0.75, taken as 0 (n′ must not exceed n).
        Assert.Equal(0.0, SavingsCalculator.LagOneAutocorrelation([1, -1, 1, -1], consecutive));
        Assert.Equal(0.0, SavingsCalculator.LagOneAutocorrelation([2, 2, 2], consecutive[..3]));
    }

    [Fact]
    public void Cv_rmse_and_nmbe_are_null_not_zero_when_mean_consumption_is_zero()
    {
        var reasons = new List<Message>();
        var metrics = FitMetrics.Compute([0, 0, 0, 0], [0.1, -0.1, 0, 0], 2, 0, 0, BaselineOptions.Default, reasons);

        Assert.Null(metrics.CvRmse);
        Assert.Null(metrics.Nmbe);
        Assert.False(metrics.Adequate);
        Assert.Equal([Message.Of("baseline.metrics.not-assessable")], reasons);
    }

    [Fact]
    public void Inadequate_model_is_flagged_with_reasons_and_savings_carry_the_flag()
    {
        var months = Synthetic.Facility(15, b0: 5.0, noisePerDay: 2.0, temperatures: false);

        var r = BaselineFitter.Fit(months);

        Assert.False(r.Metrics!.Adequate);
        Assert.False(r.Savings!.ModelAdequate);
        var cv = Assert.Single(r.Reasons, x => x.Code == "baseline.metrics.cv-rmse-too-high");
        Assert.Equal(r.Metrics.CvRmse!.Value, (double)cv["cvRmse"]!, 12);
        Assert.Equal(0.15, cv["max"]);
        Assert.NotNull(r.Savings.Uncertainty90);
    }

    [Fact]
    public void No_reporting_months_gives_no_savings_and_says_so()
    {
        var r = BaselineFitter.Fit(Tiny().Take(12).ToList());

        Assert.Null(r.Savings);
        Assert.Contains(Message.Of("baseline.savings.no-reporting-months"), r.Reasons);
    }

    [Fact]
    public void Annual_sec_per_year()
    {
        var annual = SpecificEnergy.Annual(Tiny());

        Assert.Equal(2, annual.Count);
        Assert.Equal(2023, annual[0].Year);
        Assert.True(annual[0].Complete);
        Assert.Equal(1149.9 / 41990.0, annual[0].Sec!.Value, 12);
        Assert.Equal(3, annual[1].Months);
        Assert.Equal(2, annual[1].MonthsWithProduction);
        Assert.Equal(140.0 / ((31 * 105.0) + (29 * 150.0)), annual[1].Sec!.Value, 12);
        Assert.False(annual[1].Complete);
    }
}
