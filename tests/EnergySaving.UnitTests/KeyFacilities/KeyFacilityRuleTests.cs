using EnergySaving.Core.Facilities;
using EnergySaving.Core.KeyFacilities;

namespace EnergySaving.UnitTests.KeyFacilities;

public sealed class KeyFacilityRuleTests
{
    [Theory]
    [InlineData(Sector.Industry, 1000.0, true)]
    [InlineData(Sector.Industry, 999.95, false)]
    [InlineData(Sector.Agriculture, 1000.0, true)]
    [InlineData(Sector.Transport, 1500.0, true)]
    [InlineData(Sector.Building, 500.0, true)]
    [InlineData(Sector.Building, 499.9, false)]
    [InlineData(Sector.Building, 800.0, true)]
    public void Thresholds_follow_the_decree(Sector sector, double toe, bool expected)
    {
        Assert.Equal(expected, KeyFacilityRule.Evaluate(sector, 2024, toe, 12).IsKey);
    }

    [Fact]
    public void Reason_reads_like_the_report()
    {
        var status = KeyFacilityRule.Evaluate(Sector.Industry, 2024, 812.44, 12);
        Assert.Equal("812.4 TOE in 2024 < 1,000 TOE (industry)", status.Reason);
        Assert.Equal(1000, status.Threshold);
        Assert.Equal("1,234.5 TOE in 2023 ≥ 500 TOE (building)", KeyFacilityRule.Evaluate(Sector.Building, 2023, 1234.5, 12).Reason);
    }

    [Fact]
    public void A_year_with_a_missing_month_is_not_decided()
    {
        var status = KeyFacilityRule.Evaluate(Sector.Industry, 2024, 5000, 11);
        Assert.False(status.IsKey);
        Assert.StartsWith("Only 11 of 12 months reported in 2024", status.Reason);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var custom = new KeyFacilityThresholds(ProductionToe: 2000, BuildingToe: 1000);
        Assert.False(KeyFacilityRule.Evaluate(Sector.Industry, 2024, 1500, 12, custom).IsKey);
        Assert.Equal(1000, KeyFacilityRule.Evaluate(Sector.Building, 2024, 1500, 12, custom).Threshold);
    }
}
