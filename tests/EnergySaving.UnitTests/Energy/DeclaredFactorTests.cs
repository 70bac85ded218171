using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

/// <summary>Coke's official factor is a range 0.70–0.75 TOE/t: a facility may declare its own factor inside it.</summary>
public class DeclaredFactorTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Theory]
    [InlineData(0.74, 7.4)]
    [InlineData(0.70, 7.0)]
    [InlineData(0.75, 7.5)]
    public void Declared_factor_inside_the_range_is_used(double declared, double expectedToe)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("coke"), March2024, 10, "t", declared);

        Assert.True(result.IsSuccess, result.ErrorMessage?.ToString());
        ToeAssert.Close(expectedToe, result.Toe);
        Assert.True(result.UsedDeclaredFactor);
        Assert.Equal(declared, result.AppliedToe);
        Assert.Equal(0.70, result.Factor!.Toe); // the official factor stays on record
    }

    [Fact]
    public void Declared_factor_applies_to_kilograms_too()
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("coke"), March2024, 500, "kg", 0.74);

        ToeAssert.Close(0.37, result.Toe);
    }

    [Theory]
    [InlineData(0.80)]
    [InlineData(0.69)]
    [InlineData(0)]
    [InlineData(-0.72)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Declared_factor_outside_the_range_is_rejected(double declared)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier("coke"), March2024, 10, "t", declared);

        Assert.Equal(ToeConversionError.DeclaredFactorOutOfRange, result.Error);
        Assert.Equal("energy.declared-factor.out-of-range", result.ErrorMessage!.Code);
        Assert.Equal(0.7, result.ErrorMessage["min"]);
        Assert.Equal(0.75, result.ErrorMessage["max"]);
    }

    [Theory]
    [InlineData("diesel", "t")]
    [InlineData("electricity", "kWh")]
    [InlineData("biomass", "GJ")]
    public void Carriers_with_a_fixed_factor_refuse_a_declared_one(string code, string unit)
    {
        var result = ToeConverter.Convert(SeedCatalog.Carrier(code), March2024, 10, unit, 1.0);

        Assert.Equal(ToeConversionError.DeclaredFactorNotAllowed, result.Error);
    }
}
