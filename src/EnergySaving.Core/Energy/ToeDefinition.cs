namespace EnergySaving.Core.Energy;

/// <summary>
/// The tonne of oil equivalent as an energy: 1 TOE = 10^7 kcal (International Table calorie) = 41.868 GJ.
/// UnitsNet has no TOE unit; never register one.
/// </summary>
public static class ToeDefinition
{
    /// <summary>Gigajoules in one TOE.</summary>
    public const double GigajoulesPerToe = 41.868;

    /// <summary>Gigajoules in one Gcal (International Table calorie, 4.1868 J; 10^7 kcal = 1 TOE).</summary>
    public const double GigajoulesPerGigacalorie = 4.1868;

    public const string Source = "1 TOE = 10^7 kcal = 41.868 GJ (no official factor; energy-unit conversion)";
}
