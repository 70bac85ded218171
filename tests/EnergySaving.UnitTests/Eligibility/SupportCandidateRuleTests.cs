using EnergySaving.Core.Baselines;
using EnergySaving.Core.Eligibility;
using EnergySaving.Core.Facilities;
using EnergySaving.Core.Messages;

namespace EnergySaving.UnitTests.Eligibility;

/// <summary>
/// Hand-worked year 2024. Ceramics (t): A 800/10,000 = 0.08, B 600/10,000 = 0.06, C 700/10,000 = 0.07,
/// D 1,500/15,000 = 0.10 (a key facility, still a peer) → sorted 0.06, 0.07, 0.08, 0.10, median (0.07 + 0.08)/2 = 0.075.
/// A: (0.08 − 0.075) × 10,000 = 50 TOE, 0.005/0.075 = 6.7 % → "7 %". C: below the median but 30 TOE above its baseline → 30.
/// Paper (t): only E and F → no SEC comparison; E is 100 TOE above its baseline → 100. Ranking E 100, A 50, C 30, B 0, F 0.
/// </summary>
public sealed class SupportCandidateRuleTests
{
    private static FacilityYear Y(string code, Sector sector, string? industry, double toe, int months, double? production, double? saved = null, bool? adequate = null) =>
        new(code[0], code, sector, industry, "t", toe, months, production, saved, adequate);

    private static readonly FacilityYear[] Province =
    [
        Y("A", Sector.Industry, "ceramics", 800, 12, 10_000, saved: 5, adequate: true),
        Y("B", Sector.Industry, "ceramics", 600, 12, 10_000, saved: 12, adequate: true),
        Y("C", Sector.Industry, "ceramics", 700, 12, 10_000, saved: -30, adequate: false),
        Y("D", Sector.Industry, "ceramics", 1500, 12, 15_000),
        Y("E", Sector.Industry, "paper", 900, 12, 1_000, saved: -100, adequate: true),
        Y("F", Sector.Industry, "paper", 950, 12, 1_000),
        Y("G", Sector.Industry, "ceramics", 400, 11, null),
        Y("H", Sector.Building, null, 300, 12, null),
        Y("I", Sector.Industry, "ceramics", 1200, 10, null),
    ];

    [Fact]
    public void Ranks_by_estimated_savings_then_code()
    {
        var result = SupportCandidateRule.Evaluate(Province, 2024);
        Assert.Equal(["E", "A", "C", "B", "F"], result.Candidates.Select(c => c.Code));
        Assert.Equal([100, 50, 30, 0, 0], result.Candidates.Select(c => Math.Round(c.Score, 9)));
        Assert.Equal(50, result.Candidates[1].EstimatedSavingsToe!.Value, 9);
        Assert.Null(result.Candidates[3].EstimatedSavingsToe);
        Assert.Null(result.Candidates[4].EstimatedSavingsToe);
    }

    [Fact]
    public void Incomplete_industrial_years_are_listed_apart_and_big_or_non_industrial_ones_are_not_candidates()
    {
        var result = SupportCandidateRule.Evaluate(Province, 2024);
        var g = Assert.Single(result.InsufficientData);
        Assert.Equal(("G", 11), (g.Code, g.MonthsReported));
        Assert.DoesNotContain(result.Candidates, c => c.Code is "D" or "H" or "I" or "G");
    }

    [Fact]
    public void Reasons_are_coded_with_their_values_in_the_report_s_order()
    {
        var result = SupportCandidateRule.Evaluate(Province, 2024);
        var a = result.Candidates.Single(c => c.Code == "A");
        Assert.Equal(
            ["candidate.under-threshold", "candidate.sec.above-median", "candidate.trend.saving", "candidate.model.adequate", "candidate.year-complete"],
            a.Reasons.Select(r => r.Code));
        Assert.Equal(Message.Of("candidate.under-threshold", ("toe", 800.0), ("year", 2024), ("threshold", 1000.0)), a.Reasons[0]);
        // SEC 0.08 against the median 0.075 of 4 ceramics facilities: 7 % above, (0.08 − 0.075) × 10,000 t = 50 TOE.
        var sec = a.Reasons[1];
        Assert.Equal(["sec", "unit", "percent", "peers", "industry", "median", "potential"], sec.Args.Select(x => x.Key));
        Assert.Equal(0.08, sec["sec"]);
        Assert.Equal("t", sec["unit"]);
        Assert.Equal(7.0, sec["percent"]);
        Assert.Equal(4, sec["peers"]);
        Assert.Equal("ceramics", sec["industry"]);
        Assert.Equal(0.075, sec["median"]);
        Assert.Equal(50, (double)sec["potential"]!, 9);
        Assert.Equal(Message.Of("candidate.trend.saving", ("toe", 5.0), ("year", 2024)), a.Reasons[2]);
        Assert.Equal(Message.Of("candidate.year-complete", ("year", 2024)), a.Reasons[4]);
        var c = result.Candidates.Single(x => x.Code == "C");
        Assert.Contains(Message.Of("candidate.sec.at-or-below-median", ("sec", 0.07), ("unit", "t"), ("peers", 4), ("industry", "ceramics"), ("median", 0.075)), c.Reasons);
        Assert.Contains(Message.Of("candidate.trend.worsening", ("toe", 30.0), ("year", 2024)), c.Reasons);
        Assert.Contains(Message.Of("candidate.model.not-adequate"), c.Reasons);
        var e = result.Candidates.Single(x => x.Code == "E");
        Assert.Contains(Message.Of("candidate.sec.too-few-peers", ("peers", 2), ("industry", "paper"), ("unit", "t"), ("year", 2024), ("minPeers", 3)), e.Reasons);
        var f = result.Candidates.Single(x => x.Code == "F");
        Assert.Contains(Message.Of("candidate.model.none"), f.Reasons);
        Assert.Contains(Message.Of("candidate.trend.no-savings", ("year", 2024)), f.Reasons);
    }

    [Fact]
    public void The_larger_of_sec_gap_and_worsening_trend_is_the_potential()
    {
        // Peers 0.08, 0.10, 0.12 (median 0.10); X at 0.12 with 1,000 t → 20 TOE by SEC, 35 TOE above baseline → 35.
        FacilityYear[] year =
        [
            Y("P", Sector.Industry, "ceramics", 80, 12, 1_000),
            Y("Q", Sector.Industry, "ceramics", 100, 12, 1_000),
            Y("X", Sector.Industry, "ceramics", 120, 12, 1_000, saved: -35),
        ];
        var x = SupportCandidateRule.Evaluate(year, 2023).Candidates.Single(c => c.Code == "X");
        Assert.Equal(35, x.Score, 9);
        var sec = Assert.Single(x.Reasons, r => r.Code == "candidate.sec.above-median");
        Assert.Equal(0.12, sec["sec"]);
        Assert.Equal(0.1, sec["median"]);
        Assert.Equal(20.0, sec["percent"]);
        Assert.Equal(3, sec["peers"]);
        Assert.Equal(20, (double)sec["potential"]!, 9);
    }

    [Fact]
    public void Production_missing_in_a_month_means_no_sec_comparison()
    {
        FacilityYear[] year = [Y("P", Sector.Industry, "ceramics", 80, 12, null), Y("Q", Sector.Industry, "ceramics", 100, 12, 1_000)];
        var p = SupportCandidateRule.Evaluate(year, 2023).Candidates.Single(c => c.Code == "P");
        Assert.Contains(Message.Of("candidate.sec.production-incomplete", ("year", 2023)), p.Reasons);
    }

    [Fact]
    public void Thresholds_are_configurable_and_strict()
    {
        FacilityYear[] year = [Y("P", Sector.Industry, "ceramics", 500, 12, null), Y("Q", Sector.Industry, "ceramics", 499.9, 12, null)];
        var result = SupportCandidateRule.Evaluate(year, 2023, new EligibilityThresholds(MaxAnnualToe: 500));
        Assert.Equal(["Q"], result.Candidates.Select(c => c.Code));
        Assert.Equal(Message.Of("candidate.under-threshold", ("toe", 499.9), ("year", 2023), ("threshold", 500.0)), result.Candidates[0].Reasons[0]);
    }

    [Theory]
    [InlineData(new[] { 1.0 }, 1.0)]
    [InlineData(new[] { 1.0, 2.0 }, 1.5)]
    [InlineData(new[] { 1.0, 2.0, 10.0 }, 2.0)]
    public void Median_of_odd_and_even_counts(double[] sorted, double expected) =>
        Assert.Equal(expected, SupportCandidateRule.Median(sorted));

    [Theory]
    [InlineData(0.0823, 0.0823)]
    [InlineData(0.08234, 0.0823)]
    [InlineData(0.00061, 0.00061)]
    [InlineData(1.256, 1.26)]
    [InlineData(1234.5, 1235.0)]
    public void Sec_has_three_significant_digits(double sec, double expected) =>
        Assert.Equal(expected, SupportCandidateRule.RoundSec(sec));

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    public void New_key_facility_means_key_now_and_not_the_year_before(bool now, bool before, bool expected) =>
        Assert.Equal(expected, KeyFacilityYears.NewThisYear(now, before));

    [Fact]
    public void Annual_savings_split_the_reporting_period_by_calendar_year()
    {
        // Intercept-only model 1 TOE/day; baseline 2022; 2023 actual 360 (expected 365 → 5 saved); 2024-01 actual 40 (expected 31).
        var model = new BaselineModel("intercept", 1.0, null, null, null, null, null, new Dictionary<string, double>(), new Dictionary<string, double>());
        var period = new MonthRange(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 1));
        var months = Enumerable.Range(0, 12).Select(i => new BaselineMonth(new DateOnly(2022, i + 1, 1), 30))
            .Concat(Enumerable.Range(0, 12).Select(i => new BaselineMonth(new DateOnly(2023, i + 1, 1), 30)))
            .Append(new BaselineMonth(new DateOnly(2024, 1, 1), 40)).ToList();
        var years = AnnualSavings.ByYear(model, period, months);
        Assert.Equal([2023, 2024], years.Select(y => y.Year));
        Assert.Equal(5, years[0].SavedToe, 9);
        Assert.Equal(12, years[0].Months);
        Assert.Equal(-9, years[1].SavedToe, 9);
    }
}
