using EnergySaving.Core.Messages;
using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

public class BaselinePeriodTests
{
    [Fact]
    public void Default_period_is_the_first_twelve_calendar_months_and_the_rest_is_reporting()
    {
        var r = BaselineFitter.Fit(Synthetic.Facility(20, b0: 2.0, bp: 0.01, noisePerDay: 0.05, start: new DateOnly(2022, 3, 1)));

        Assert.Equal(new MonthRange(new DateOnly(2022, 3, 1), new DateOnly(2023, 2, 1)), r.Period);
        Assert.Equal(12, r.Metrics!.N);
        Assert.Equal(new DateOnly(2023, 3, 1), r.Savings!.From);
        Assert.Equal(new DateOnly(2023, 10, 1), r.Savings.To);
        Assert.Equal(8, r.Savings.Months);
    }

    [Fact]
    public void Default_period_slides_past_a_gap_to_the_first_twelve_consecutive_months()
    {
        // 2022-01 … 2023-08 with 2022-06 missing: the first clean run of 12 is 2022-07 … 2023-06.
        var months = Synthetic.Facility(20, b0: 2.0, bp: 0.01, noisePerDay: 0.05);
        months.RemoveAt(5);

        var r = BaselineFitter.Fit(months);

        Assert.Equal(BaselineResult.Fitted, r.Status);
        Assert.Equal(new MonthRange(new DateOnly(2022, 7, 1), new DateOnly(2023, 6, 1)), r.Period);
        Assert.Equal(12, r.Metrics!.N);
        Assert.Equal(new DateOnly(2023, 7, 1), r.Savings!.From);
        Assert.Equal(2, r.Savings.Months);
    }

    [Fact]
    public void Without_twelve_consecutive_months_the_default_period_is_insufficient_naming_the_longest_run()
    {
        var months = Synthetic.Facility(12, b0: 2.0, bp: 0.01);
        months.RemoveAt(7);
        months.RemoveAt(2);

        var r = BaselineFitter.Fit(months);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
        Assert.Null(r.Model);
        Assert.Null(r.Metrics);
        Assert.Null(r.Savings);
        Assert.Equal(Message.Of("baseline.period.no-complete-run", ("min", 12), ("length", 4), ("from", "2022-04"), ("to", "2022-07")), r.Reasons[0]);
    }

    [Fact]
    public void An_explicit_period_with_eleven_of_twelve_months_suffices()
    {
        var months = Synthetic.Facility(12, b0: 2.0, bp: 0.01, noisePerDay: 0.05);
        months.RemoveAt(5);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 1, 1), BaselineTo = new DateOnly(2022, 12, 1) };

        var r = BaselineFitter.Fit(months, options);

        Assert.Equal(BaselineResult.Fitted, r.Status);
        Assert.Equal(11, r.Metrics!.N);
    }

    [Fact]
    public void An_explicit_period_with_ten_of_twelve_months_is_insufficient_with_a_reason_and_no_model()
    {
        var months = Synthetic.Facility(12, b0: 2.0, bp: 0.01);
        months.RemoveAt(7);
        months.RemoveAt(2);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 1, 1), BaselineTo = new DateOnly(2022, 12, 1) };

        var r = BaselineFitter.Fit(months, options);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
        Assert.Null(r.Model);
        var reason = r.Reasons[0];
        Assert.Equal("baseline.period.window-incomplete", reason.Code);
        Assert.Equal(10, reason["count"]);
        Assert.Equal(11, reason["min"]);
        Assert.Equal("2022-01", reason["from"]);
        Assert.Equal("2022-12", reason["to"]);
        Assert.Equal(["2022-03", "2022-08"], (IEnumerable<string>)reason["missing"]!);
    }

    [Fact]
    public void No_data_is_insufficient()
    {
        var r = BaselineFitter.Fit([]);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
        Assert.Equal([Message.Of("baseline.no-data")], r.Reasons);
    }

    [Fact]
    public void Invalid_consumption_counts_as_missing()
    {
        var months = Synthetic.Facility(12, b0: 2.0);
        months[1] = months[1] with { EnergyToe = double.NaN };
        months[2] = months[2] with { EnergyToe = -5 };

        var r = BaselineFitter.Fit(months);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
        Assert.Contains(Message.Of("baseline.invalid-months", ("months", new[] { "2022-02", "2022-03" })), r.Reasons);
    }

    [Fact]
    public void Explicit_period_of_24_months_is_used()
    {
        var months = Synthetic.Facility(36, b0: 2.0, bp: 0.01, noisePerDay: 0.05);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 7, 1), BaselineTo = new DateOnly(2024, 6, 30) };

        var r = BaselineFitter.Fit(months, options);

        Assert.Equal(BaselineResult.Fitted, r.Status);
        Assert.Equal(24, r.Metrics!.N);
        Assert.Equal(6, r.Savings!.Months);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(37)]
    public void Explicit_period_outside_12_to_36_months_is_rejected(int length)
    {
        var months = Synthetic.Facility(40, b0: 2.0);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 1, 1), BaselineTo = new DateOnly(2022, 1, 1).AddMonths(length - 1) };

        var r = BaselineFitter.Fit(months, options);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
        Assert.Equal("baseline.period.length", r.Reasons[0].Code);
        Assert.Equal(length, r.Reasons[0]["months"]);
        Assert.Equal(12, r.Reasons[0]["min"]);
        Assert.Equal(36, r.Reasons[0]["max"]);
    }

    [Fact]
    public void Explicit_period_needs_eleven_of_every_twelve_months()
    {
        var months = Synthetic.Facility(24, b0: 2.0);
        months.RemoveAt(14);
        months.RemoveAt(13);
        var options = new BaselineOptions { BaselineFrom = new DateOnly(2022, 1, 1), BaselineTo = new DateOnly(2023, 12, 1) };

        var r = BaselineFitter.Fit(months, options);

        Assert.Equal(BaselineResult.InsufficientData, r.Status);
    }

    [Fact]
    public void Duplicate_months_are_a_caller_error()
    {
        var months = Synthetic.Facility(12, b0: 2.0);
        months.Add(months[0]);

        Assert.Throws<ArgumentException>(() => BaselineFitter.Fit(months));
    }
}
