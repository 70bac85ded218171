using EnergySaving.Core.Messages;
using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

public class ModelSelectionTests
{
    [Fact]
    public void Production_only_facility_gets_the_production_model()
    {
        // No temperatures: with 1,700 weather candidates, the deterministic noise can correlate with some HDD(h)
        // at p < 0.10 (the method's multiple-testing exposure); the noise-free test below covers weather + ties.
        var months = Synthetic.Facility(24, b0: 3.0, bp: 0.02, noisePerDay: 0.01, temperatures: false);

        var r = BaselineFitter.Fit(months);

        Assert.Equal(BaselineResult.Fitted, r.Status);
        Assert.Equal("production", r.Model!.Kind);
        Assert.Equal(0.02, r.Model.Production!.Value, 3);
        Assert.Equal(3.0, r.Model.Intercept, 1);
        Assert.Null(r.Model.HeatingBalancePointC);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Noise_free_production_model_ties_with_bigger_models_and_fewer_terms_win()
    {
        // Every model that contains production fits exactly (adjusted R² = 1): the tie goes to "production".
        var r = BaselineFitter.Fit(Synthetic.Facility(12, b0: 3.0, bp: 0.02));

        Assert.Equal("production", r.Model!.Kind);
        Assert.Equal(1.0, r.Metrics!.R2, 9);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Cooling_only_facility_gets_cdd_with_the_right_balance_point()
    {
        var r = BaselineFitter.Fit(Synthetic.Facility(36, b0: 2.0, bc: 0.4, c: 21.5, noisePerDay: 0.02));

        Assert.Equal("cdd", r.Model!.Kind);
        Assert.InRange(r.Model.CoolingBalancePointC!.Value, 21.0, 22.0);
        Assert.Equal(0.4, r.Model.Cdd!.Value, 1);
        Assert.True(r.Metrics!.Adequate);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Heating_and_cooling_facility_gets_both_balance_points()
    {
        var r = BaselineFitter.Fit(Synthetic.Facility(36, b0: 2.0, bh: 0.3, h: 15, bc: 0.5, c: 22));

        Assert.Equal("hdd+cdd", r.Model!.Kind);
        Assert.InRange(r.Model.HeatingBalancePointC!.Value, 14.5, 15.5);
        Assert.InRange(r.Model.CoolingBalancePointC!.Value, 21.5, 22.5);
        Assert.True(r.Model.HeatingBalancePointC <= r.Model.CoolingBalancePointC);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Production_and_weather_facility_gets_production_plus_hdd_plus_cdd()
    {
        var r = BaselineFitter.Fit(Synthetic.Facility(36, b0: 1.0, bp: 0.03, bh: 0.3, h: 16, bc: 0.5, c: 23, noisePerDay: 0.01));

        Assert.Equal("production+hdd+cdd", r.Model!.Kind);
        Assert.InRange(r.Model.HeatingBalancePointC!.Value, 15.5, 16.5);
        Assert.InRange(r.Model.CoolingBalancePointC!.Value, 22.5, 23.5);
        Assert.Equal(["cdd", "hdd", "intercept", "production"], r.Model.PValues.Keys.Order());
        Assert.Equal(["cdd", "hdd", "intercept", "production"], r.Model.StandardErrors.Keys.Order());
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Negative_slope_is_disqualified()
    {
        // Consumption falls with production: the production model must not qualify; intercept only remains.
        var r = BaselineFitter.Fit(Synthetic.Facility(24, b0: 10.0, bp: -0.02, noisePerDay: 0.01, temperatures: false));

        Assert.Equal("intercept", r.Model!.Kind);
        Assert.Contains(Message.Of("baseline.intercept-only", ("pValue", 0.1)), r.Reasons);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Insignificant_slope_is_disqualified_with_a_strict_threshold()
    {
        // A weak production effect buried in noise: qualifies at p < 0.99 but not at p < 1e-6.
        var months = Synthetic.Facility(12, b0: 5.0, bp: 0.001, noisePerDay: 0.5, temperatures: false);

        var strict = BaselineFitter.Fit(months, new BaselineOptions { PValueThreshold = 1e-6 });

        Assert.Equal("intercept", strict.Model!.Kind);
    }

    [Fact]
    public void Production_proportional_to_cdd_does_not_throw_and_picks_one_of_them()
    {
        var months = Synthetic.Facility(24, b0: 1.0, bc: 0.5, c: 20)
            .Select(m => m with { Production = 100 * m.Days * DegreeDays.Cooling(m.DailyMeanTemperaturesC, m.Days, 20) })
            .ToList();

        var r = BaselineFitter.Fit(months);

        Assert.Equal(BaselineResult.Fitted, r.Status);
        Assert.Contains(r.Model!.Kind, new[] { "production", "cdd" });
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Constant_production_and_constant_temperatures_leave_the_intercept_model()
    {
        var months = Synthetic.Facility(12, b0: 4.0, noisePerDay: 0.1)
            .Select(m => m with { Production = 50.0 * m.Days, DailyMeanTemperaturesC = Enumerable.Repeat(5.0, m.Days).ToArray() })
            .ToList();

        var r = BaselineFitter.Fit(months);

        Assert.Equal("intercept", r.Model!.Kind);
        Assert.Equal(4.0, r.Model.Intercept, 1);
        Synthetic.AssertFinite(r);
    }

    [Fact]
    public void Weather_models_are_not_tried_when_a_baseline_month_lacks_temperatures()
    {
        var months = Synthetic.Facility(12, b0: 2.0, bc: 0.5, c: 22);
        var t = months[3].DailyMeanTemperaturesC!.ToArray();
        for (var d = 0; d < 10; d++)
        {
            t[d] = double.NaN;
        }

        months[3] = months[3] with { DailyMeanTemperaturesC = t };

        var r = BaselineFitter.Fit(months);

        Assert.Equal("intercept", r.Model!.Kind);
        var weather = Assert.Single(r.Reasons, s => s.Code == "baseline.weather-models-not-tried");
        var poor = Assert.Single((IEnumerable<Message>)weather["months"]!);
        Assert.Equal("baseline.month-temperature-coverage", poor.Code);
        Assert.Equal("2022-04", poor["month"]);
        Assert.True((double)poor["coverage"]! < (double)weather["coverage"]!);
    }

    [Fact]
    public void Degree_day_terms_need_twenty_degree_days()
    {
        // A warm climate (+25 °C): no heating degree-days below 12 °C at all; a cold one: no cooling ones.
        var hot = Synthetic.Facility(12, b0: 2.0, bc: 0.5, c: 22)
            .Select(m => m with { DailyMeanTemperaturesC = m.DailyMeanTemperaturesC!.Select(x => x - 30).ToArray() })
            .ToList();

        var r = BaselineFitter.Fit(hot, new BaselineOptions { MinDegreeDays = 1e9 });

        Assert.Equal("intercept", r.Model!.Kind);
    }

    [Fact]
    public void Pathological_inputs_never_produce_nan()
    {
        var zeros = Synthetic.Facility(14, b0: 0.0, bp: 0.0).Select(m => m with { EnergyToe = 0 }).ToList();
        var nanTemps = Synthetic.Facility(14, b0: 1.0, bp: 0.01)
            .Select(m => m with { DailyMeanTemperaturesC = Enumerable.Repeat(double.NaN, m.Days).ToArray() }).ToList();
        var hugeProduction = Synthetic.Facility(14, b0: 1.0, bp: 1e-9)
            .Select((m, i) => m with { Production = 1e12 + i }).ToList();

        foreach (var months in new[] { zeros, nanTemps, hugeProduction })
        {
            var r = BaselineFitter.Fit(months);
            Assert.Equal(BaselineResult.Fitted, r.Status);
            Synthetic.AssertFinite(r);
        }
    }
}
