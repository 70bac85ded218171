using System.Globalization;
using EnergySaving.Core.Energy;
using UnitsNet;
using UnitsNet.Units;

namespace EnergySaving.UnitTests.Energy;

public class ReportedQuantityParserTests
{
    [Theory]
    [InlineData("kWh", 1_000_000, 3600)]
    [InlineData("MWh", 2, 7.2)]
    [InlineData("GWh", 1, 3600)]
    [InlineData("Wh", 1000, 0.0036)]
    [InlineData("GJ", 5, 5)]
    [InlineData("MJ", 500, 0.5)]
    [InlineData("Gcal", 10, 41.868)]
    [InlineData("toe", 2, 83.736)]
    [InlineData("TOE", 1, 41.868)]
    [InlineData(" kWh ", 1000, 3.6)]
    public void Energy_units_become_UnitsNet_energy(string unit, double quantity, double expectedGigajoules)
    {
        var parsed = ReportedQuantityParser.Parse(quantity, unit);

        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        Assert.Equal(EnergyDimension.Energy, parsed.Dimension);
        var energy = Assert.IsType<UnitsNet.Energy>(parsed.Quantity);
        Assert.Equal(expectedGigajoules, energy.As(EnergyUnit.Gigajoule), 9);
    }

    [Theory]
    [InlineData("t", 2.5, 2500)]
    [InlineData("kg", 500, 500)]
    public void Mass_units_become_UnitsNet_mass(string unit, double quantity, double expectedKilograms)
    {
        var mass = Assert.IsType<Mass>(ReportedQuantityParser.Parse(quantity, unit).Quantity);

        Assert.Equal(expectedKilograms, mass.As(MassUnit.Kilogram), 9);
    }

    [Theory]
    [InlineData("L", 1000, 1)]
    [InlineData("l", 1000, 1)]
    [InlineData("m³", 2.5, 2.5)]
    [InlineData("m3", 2.5, 2.5)]
    public void Volume_units_become_UnitsNet_volume(string unit, double quantity, double expectedCubicMeters)
    {
        var parsed = ReportedQuantityParser.Parse(quantity, unit);
        var volume = Assert.IsType<Volume>(parsed.Quantity);

        Assert.Equal(expectedCubicMeters, volume.As(VolumeUnit.CubicMeter), 9);
        Assert.Equal(unit is "m3" or "m³" ? "m³" : "L", parsed.Unit!.Abbreviation);
    }

    [Fact]
    public void Whitelist_agrees_with_UnitsNets_own_invariant_abbreviations()
    {
        foreach (var unit in AcceptedUnits.All.Where(u => u.Scale == 1))
        {
            var parsed = UnitParser.Default.Parse(unit.Abbreviation, unit.UnitsNetUnit.GetType(), CultureInfo.InvariantCulture);
            Assert.Equal(unit.UnitsNetUnit, parsed);
        }
    }

    [Fact]
    public void Gcal_uses_the_International_Table_calorie_not_UnitsNets_thermochemical_one()
    {
        // 1 TOE = 10^7 kcal = 41.868 GJ needs 4.1868 J/cal; UnitsNet's calorie is 4.184 J.
        Assert.Equal(4.184, UnitsNet.Energy.FromMegacalories(1000).Gigajoules, 9);
        Assert.Equal(4.1868, ReportedQuantityParser.Parse(1, "Gcal").Quantity!.As(EnergyUnit.Gigajoule), 12);
    }

    [Theory]
    [InlineData("kwh")]
    [InlineData("mwh")]
    [InlineData("T")]
    [InlineData("Mcal")]
    [InlineData("ton")]
    [InlineData("")]
    public void Unknown_units_list_every_accepted_unit(string unit)
    {
        var parsed = ReportedQuantityParser.Parse(1, unit);

        Assert.False(parsed.IsSuccess);
        Assert.Equal(["kWh", "MWh", "GWh", "Wh", "GJ", "MJ", "Gcal", "toe", "t", "kg", "L", "m³"], parsed.AcceptedAbbreviations);
        Assert.Equal("energy.unit.unknown", parsed.Error!.Code);
        Assert.Equal(["kWh", "MWh", "GWh", "Wh", "GJ", "MJ", "Gcal", "toe", "t", "kg", "L", "m³"], Assert.IsAssignableFrom<IEnumerable<string>>(parsed.Error["accepted"]));
    }

    [Fact]
    public void Carrier_restricts_the_units()
    {
        var parsed = ReportedQuantityParser.Parse(1, "kWh", SeedCatalog.Carrier("natural-gas"));

        Assert.False(parsed.IsSuccess);
        Assert.Equal(["L", "m³"], parsed.AcceptedAbbreviations);
    }

    [Fact]
    public void Non_finite_numbers_are_refused_rather_than_thrown()
    {
        Assert.False(ReportedQuantityParser.Parse(double.NaN, "kWh").IsSuccess);
        Assert.False(ReportedQuantityParser.Parse(double.PositiveInfinity, "t").IsSuccess);
    }
}
