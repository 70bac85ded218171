using EnergySaving.Core.Messages;
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
    public void Reason_is_coded_with_the_toe_the_year_the_threshold_and_the_sector()
    {
        var status = KeyFacilityRule.Evaluate(Sector.Industry, 2024, 812.44, 12);
        // The values, not a sentence: the catalogue shows 812.4 (en) or 812,4 (vi) and the sector's name.
        Assert.Equal(Message.Of("key-facility.below", ("toe", 812.44), ("year", 2024), ("threshold", 1000.0), ("sector", "industry")), status.Reason);
        Assert.Equal(1000, status.Threshold);
        Assert.Equal(Message.Of("key-facility.at-or-above", ("toe", 1234.5), ("year", 2023), ("threshold", 500.0), ("sector", "building")),
            KeyFacilityRule.Evaluate(Sector.Building, 2023, 1234.5, 12).Reason);
    }

    [Fact]
    public void A_year_with_a_missing_month_is_not_decided()
    {
        var status = KeyFacilityRule.Evaluate(Sector.Industry, 2024, 5000, 11);
        Assert.False(status.IsKey);
        Assert.Equal(Message.Of("key-facility.year-incomplete", ("months", 11), ("year", 2024), ("toe", 5000.0), ("threshold", 1000.0), ("sector", "industry")),
            status.Reason);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var custom = new KeyFacilityThresholds(ProductionToe: 2000, BuildingToe: 1000);
        Assert.False(KeyFacilityRule.Evaluate(Sector.Industry, 2024, 1500, 12, custom).IsKey);
        Assert.Equal(1000, KeyFacilityRule.Evaluate(Sector.Building, 2024, 1500, 12, custom).Threshold);
    }
}
