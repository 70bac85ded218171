using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

/// <summary>Answers worked by hand from the official table (Letter 3505/BCT-KHCN), for every carrier and accepted unit.</summary>
public class OfficialTableTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Theory]
    // electricity: 0.0001543 TOE per kWh
    [InlineData("electricity", 1_000_000, "kWh", 154.3)]
    [InlineData("electricity", 2, "MWh", 0.3086)]
    [InlineData("electricity", 1, "GWh", 154.3)]
    [InlineData("electricity", 1000, "Wh", 0.0001543)]
    [InlineData("electricity", 3.6, "GJ", 0.1543)] // 3.6 GJ = 1,000 kWh
    [InlineData("electricity", 3600, "MJ", 0.1543)]
    [InlineData("electricity", 1, "Gcal", 0.1794509)] // 4.1868 GJ = 1,163 kWh
    [InlineData("electricity", 1, "toe", 1.0)] // already TOE: taken as reported
    // coke: default 0.70 per t
    [InlineData("coke", 2, "t", 1.4)]
    [InlineData("coke", 500, "kg", 0.35)]
    [InlineData("coal-fines-1-2", 10, "t", 7.0)]
    [InlineData("coal-fines-1-2", 2500, "kg", 1.75)]
    [InlineData("coal-fines-3-4", 10, "t", 6.0)]
    [InlineData("coal-fines-3-4", 500, "kg", 0.3)]
    [InlineData("coal-fines-5-6", 10, "t", 5.0)]
    [InlineData("coal-fines-5-6", 200, "kg", 0.1)]
    // diesel: 1.02 per t, 0.88 per 1,000 L
    [InlineData("diesel", 3, "t", 3.06)]
    [InlineData("diesel", 500, "kg", 0.51)]
    [InlineData("diesel", 1000, "L", 0.88)]
    [InlineData("diesel", 500, "l", 0.44)]
    [InlineData("diesel", 2.5, "m³", 2.2)]
    [InlineData("diesel", 2.5, "m3", 2.2)]
    // fuel oil: 0.99 per t, 0.94 per 1,000 L
    [InlineData("fuel-oil", 2, "t", 1.98)]
    [InlineData("fuel-oil", 250, "kg", 0.2475)]
    [InlineData("fuel-oil", 1000, "L", 0.94)]
    [InlineData("fuel-oil", 1, "m³", 0.94)]
    [InlineData("fuel-oil", 3, "m3", 2.82)]
    // LPG: 1.09 per t
    [InlineData("lpg", 1, "t", 1.09)]
    [InlineData("lpg", 100, "kg", 0.109)]
    // natural gas: 0.90 per 1,000 m³
    [InlineData("natural-gas", 1000, "m³", 0.9)]
    [InlineData("natural-gas", 1_000_000, "m3", 900)]
    [InlineData("natural-gas", 1000, "L", 0.0009)]
    // gasoline: 1.05 per t, 0.83 per 1,000 L
    [InlineData("gasoline", 2, "t", 2.1)]
    [InlineData("gasoline", 400, "kg", 0.42)]
    [InlineData("gasoline", 1000, "L", 0.83)]
    [InlineData("gasoline", 10, "m³", 8.3)]
    [InlineData("gasoline", 10, "m3", 8.3)]
    // jet fuel: 1.05 per t
    [InlineData("jet-fuel", 4, "t", 4.2)]
    [InlineData("jet-fuel", 1000, "kg", 1.05)]
    public void Official_factors(string code, double quantity, string unit, double expectedToe)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, quantity, unit);

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        ToeAssert.Close(expectedToe, result.Toe);
        Assert.False(result.UsedDeclaredFactor);
        Assert.Equal(new DateOnly(2011, 4, 19), result.Factor!.ValidFrom);
        Assert.StartsWith("Official Letter 3505/BCT-KHCN", result.Factor.Source);
    }

    [Theory]
    // 1 TOE = 41.868 GJ = 11.63 MWh = 10 Gcal
    [InlineData("biomass", 50, "GJ", 1.1942294831374796)] // 50 / 41.868
    [InlineData("biomass", 1, "Gcal", 0.1)] // 4.1868 GJ
    [InlineData("biomass", 1, "toe", 1.0)]
    [InlineData("biomass", 11.63, "MWh", 1.0)]
    [InlineData("biomass", 1000, "kWh", 0.08598452278589853)] // 3.6 / 41.868
    [InlineData("biomass", 1, "GWh", 85.98452278589853)] // 3600 / 41.868
    [InlineData("biomass", 41_868, "MJ", 1.0)]
    [InlineData("biomass", 11_630_000, "Wh", 1.0)]
    [InlineData("steam-heat", 10, "Gcal", 1.0)]
    [InlineData("steam-heat", 83.736, "GJ", 2.0)]
    [InlineData("other-energy", 41.868, "GJ", 1.0)]
    [InlineData("other-energy", 2.5, "toe", 2.5)]
    public void Energy_unit_carriers_use_41_868_GJ_per_toe(string code, double quantity, string unit, double expectedToe)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, quantity, unit);

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        ToeAssert.Close(expectedToe, result.Toe);
        Assert.Equal(41.868, result.Factor!.PerQuantity);
        Assert.Equal("GJ", result.Factor.PerUnit);
        Assert.Equal(ToeDefinition.Source, result.Factor.Source);
    }

    [Fact]
    public void Zero_is_a_valid_report()
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("diesel"), March2024, 0, "L");

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        Assert.Equal(0, result.Toe);
    }

    [Fact]
    public void Result_carries_the_factor_used_and_the_UnitsNet_quantity()
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("diesel"), March2024, 2.5, "m3");

        Assert.Equal(EnergyDimension.Volume, result.Factor!.Dimension);
        Assert.Equal(1000, result.Factor.PerQuantity);
        Assert.Equal("L", result.Factor.PerUnit);
        Assert.Equal(0.88, result.AppliedToe);
        var volume = Assert.IsType<UnitsNet.Volume>(result.Quantity);
        Assert.Equal(2500, volume.As(UnitsNet.Units.VolumeUnit.Liter), 9);
    }
}
