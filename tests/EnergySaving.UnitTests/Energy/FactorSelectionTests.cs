using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

/// <summary>A month uses the factor with the latest valid_from on or before its first day.</summary>
public class FactorSelectionTests
{
    private const string Source = "test";

    // The official 0.60 TOE/t, and a synthetic revision to 0.65 from 1 July 2025.
    private static readonly EnergyCarrier RevisedCoal = new("coal-x", "Coal X", "Than X",
    [
        new ConversionFactor("coal-x", EnergyDimension.Mass, 1, "t", 0.65, null, null, new DateOnly(2025, 7, 1), Source),
        new ConversionFactor("coal-x", EnergyDimension.Mass, 1, "t", 0.60, null, null, new DateOnly(2011, 4, 19), Source),
    ]);

    [Theory]
    [InlineData(2011, 5, 1, 6.0)]
    [InlineData(2025, 6, 1, 6.0)] // an earlier month keeps the old factor
    [InlineData(2025, 6, 30, 6.0)]
    [InlineData(2025, 7, 1, 6.5)]
    [InlineData(2025, 7, 20, 6.5)]
    [InlineData(2026, 1, 1, 6.5)]
    public void Month_uses_the_factor_in_force_on_its_first_day(int year, int month, int day, double expectedToe)
    {
        var result = ToeConverter.Convert(RevisedCoal, new DateOnly(year, month, day), 10, "t");

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        ToeAssert.Close(expectedToe, result.Toe);
    }

    [Fact]
    public void A_revision_in_the_middle_of_a_month_starts_with_the_next_month()
    {
        var carrier = RevisedCoal with
        {
            Factors = [.. RevisedCoal.Factors, new ConversionFactor("coal-x", EnergyDimension.Mass, 1, "t", 0.70, null, null, new DateOnly(2026, 3, 15), Source)],
        };

        ToeAssert.Close(6.5, ToeConverter.Convert(carrier, new DateOnly(2026, 3, 1), 10, "t").Toe);
        ToeAssert.Close(7.0, ToeConverter.Convert(carrier, new DateOnly(2026, 4, 1), 10, "t").Toe);
    }

    [Fact]
    public void Dimensions_are_chosen_independently()
    {
        // A later volume revision does not touch mass reports.
        var diesel = SeedCatalog.Carrier("diesel");
        var revised = diesel with
        {
            Factors = [.. diesel.Factors, new ConversionFactor("diesel", EnergyDimension.Volume, 1000, "L", 0.90, null, null, new DateOnly(2025, 1, 1), Source)],
        };
        var month = new DateOnly(2025, 2, 1);

        ToeAssert.Close(0.90, ToeConverter.Convert(revised, month, 1000, "L").Toe);
        ToeAssert.Close(1.02, ToeConverter.Convert(revised, month, 1, "t").Toe);
        ToeAssert.Close(0.88, ToeConverter.Convert(revised, new DateOnly(2024, 12, 1), 1000, "L").Toe);
    }

    [Fact]
    public void A_carrier_without_factors_is_reported_in_energy_units_at_41_868_GJ_per_toe()
    {
        var carrier = new EnergyCarrier("rice-husk", "Rice husk", "Trấu", []);

        Assert.Equal([EnergyDimension.Energy], carrier.Dimensions);
        ToeAssert.Close(0.1, ToeConverter.Convert(carrier, new DateOnly(2001, 1, 1), 1, "Gcal").Toe);
        Assert.Equal(ToeConversionError.UnitNotAccepted, ToeConverter.Convert(carrier, new DateOnly(2024, 1, 1), 1, "t").Error);
    }

    [Fact]
    public void Electricity_factor_is_per_kWh_and_MWh_goes_through_UnitsNet()
    {
        var electricity = SeedCatalog.Carrier("electricity");
        var factor = electricity.FactorFor(EnergyDimension.Energy, new DateOnly(2024, 1, 1))!;

        Assert.Equal((1.0, "kWh", 0.0001543), (factor.PerQuantity, factor.PerUnit, factor.Toe));
        ToeAssert.Close(
            ToeConverter.Convert(electricity, new DateOnly(2024, 1, 1), 2000, "kWh").Toe,
            ToeConverter.Convert(electricity, new DateOnly(2024, 1, 1), 2, "MWh").Toe);
    }
}
