using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

public class ToeConverterRejectionTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Theory]
    [InlineData("coal-fines-3-4", "kWh", "t, kg")]
    [InlineData("coke", "L", "t, kg")]
    [InlineData("electricity", "t", "kWh, MWh, GWh, Wh, GJ, MJ, Gcal, toe")]
    [InlineData("lpg", "m³", "t, kg")]
    [InlineData("natural-gas", "t", "L, m³")]
    [InlineData("diesel", "GJ", "t, kg, L, m³")]
    [InlineData("biomass", "kg", "kWh, MWh, GWh, Wh, GJ, MJ, Gcal, toe")]
    public void Unit_outside_the_carriers_dimensions_is_rejected_naming_the_accepted_units(string code, string unit, string accepted)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, 10, unit);

        Assert.False(result.IsSuccess);
        Assert.Equal(ToeConversionError.UnitNotAccepted, result.Error);
        Assert.Equal("energy.unit.not-accepted", result.ErrorMessage!.Code);
        Assert.Equal(accepted, string.Join(", ", Assert.IsAssignableFrom<IEnumerable<string>>(result.ErrorMessage["accepted"])));
        Assert.Equal(code, result.ErrorMessage["carrier"]);
    }

    [Theory]
    [InlineData("kwh")] // case matters: mWh would be a milliwatt-hour
    [InlineData("KWH")]
    [InlineData("gallon")]
    [InlineData("tonne")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_unit_is_rejected_naming_the_accepted_units(string? unit)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("electricity"), March2024, 10, unit);

        Assert.Equal(ToeConversionError.UnknownUnit, result.Error);
        Assert.Equal("energy.unit.unknown-for-carrier", result.ErrorMessage!.Code);
        Assert.StartsWith("kWh, MWh", string.Join(", ", Assert.IsAssignableFrom<IEnumerable<string>>(result.ErrorMessage["accepted"])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Negative_or_non_finite_quantity_is_rejected(double quantity)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("diesel"), March2024, quantity, "L");

        Assert.Equal(ToeConversionError.InvalidQuantity, result.Error);
        Assert.Equal(0, result.Toe);
    }

    [Theory]
    [InlineData("electricity", 1e13, "kWh")]
    [InlineData("electricity", 1e10, "GWh")] // 1e16 kWh
    [InlineData("diesel", 1e10, "m³")] // 1e13 L
    [InlineData("coke", 2e12, "t")]
    [InlineData("biomass", 1e11, "toe")] // 4.2e12 GJ
    [InlineData("diesel", double.MaxValue, "m³")] // overflows to infinity in litres
    [InlineData("biomass", double.MaxValue, "toe")] // overflows to infinity in GJ
    public void Absurd_quantity_is_rejected(string code, double quantity, string unit)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, quantity, unit);

        Assert.Equal(ToeConversionError.QuantityTooLarge, result.Error);
    }

    [Theory]
    [InlineData("electricity", 3_240_440_000, "kWh", 499_999.892)] // 500,000 TOE / 0.0001543 TOE per kWh = 3,240,440,700.6 kWh
    [InlineData("coal-fines-3-4", 833_333, "t", 499_999.8)] // 0.6 TOE per t
    [InlineData("other-energy", 500_000, "toe", 500_000)]
    public void Quantity_at_the_monthly_limit_is_accepted(string code, double quantity, string unit, double toe)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, quantity, unit);

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        ToeAssert.Close(toe, result.Toe);
    }

    [Theory]
    [InlineData("electricity", 3_240_441_000, "kWh")]
    [InlineData("electricity", 1e12, "kWh")] // the old limit: 154,300,000 TOE in one month
    [InlineData("coal-fines-3-4", 833_334, "t")]
    [InlineData("other-energy", 500_000.5, "toe")]
    public void Quantity_above_the_monthly_limit_is_rejected(string code, double quantity, string unit)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, quantity, unit);

        Assert.Equal(ToeConversionError.QuantityTooLarge, result.Error);
        Assert.Equal("energy.quantity.above-monthly-limit", result.ErrorMessage!.Code);
        Assert.Equal(500_000.0, result.ErrorMessage["limit"]);
    }

    [Fact]
    public void Minus_zero_is_rejected()
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("electricity"), March2024, -0.0, "kWh");

        Assert.Equal(ToeConversionError.InvalidQuantity, result.Error);
        Assert.Equal("-0", result.ErrorMessage!["quantity"]);
    }

    [Fact]
    public void Month_before_the_official_letter_has_no_factor()
    {
        // The letter is valid from 19 April 2011; April's first day is before it.
        var april = ToeConverter.Convert(SeedCatalog.Carrier("diesel"), new DateOnly(2011, 4, 30), 1000, "L");
        var may = ToeConverter.Convert(SeedCatalog.Carrier("diesel"), new DateOnly(2011, 5, 1), 1000, "L");

        Assert.Equal(ToeConversionError.NoFactorInForce, april.Error);
        Assert.Equal(new DateOnly(2011, 4, 19), april.ErrorMessage!["earliest"]);
        Assert.True(may.IsSuccess, may.ErrorMessage?.ToString());
    }
}
