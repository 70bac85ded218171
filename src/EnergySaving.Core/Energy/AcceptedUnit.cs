using UnitsNet;
using UnitsNet.Units;

namespace EnergySaving.Core.Energy;

/// <summary>
/// A unit abbreviation the API accepts, mapped explicitly to a UnitsNet unit. <see cref="Scale"/> is the
/// number of <see cref="UnitsNetUnit"/> in one of this unit: 1 except for units UnitsNet lacks or defines
/// differently (<c>toe</c> = 41.868 GJ; <c>Gcal</c> = 4.1868 GJ, UnitsNet's calorie being 4.184 J).
/// </summary>
public sealed record AcceptedUnit(string Abbreviation, EnergyDimension Dimension, Enum UnitsNetUnit, double Scale = 1)
{
    /// <summary>A UnitsNet quantity of <paramref name="value"/> of this unit.</summary>
    public IQuantity Of(double value) => Quantity.From(value * Scale, UnitsNetUnit);

    /// <summary>The value of <paramref name="quantity"/> (of the same dimension) expressed in this unit.</summary>
    public double ValueOf(IQuantity quantity) => quantity.As(UnitsNetUnit) / Scale;

    /// <summary>
    /// <see cref="Of"/>, or false when the value is not finite or overflows on the way (UnitsNet throws on infinities).
    /// </summary>
    public bool TryOf(double value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IQuantity? quantity)
    {
        quantity = null;
        if (!double.IsFinite(value) || !double.IsFinite(value * Scale))
        {
            return false;
        }

        try
        {
            quantity = Of(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary><see cref="ValueOf"/>, or false when the conversion overflows (UnitsNet throws on infinities).</summary>
    public bool TryValueOf(IQuantity quantity, out double value)
    {
        try
        {
            value = ValueOf(quantity);
        }
        catch (ArgumentException)
        {
            value = double.NaN;
        }

        return double.IsFinite(value);
    }
}

/// <summary>The whitelist of unit abbreviations (case-sensitive, ordinal) and their UnitsNet units.</summary>
public static class AcceptedUnits
{
    public static IReadOnlyList<AcceptedUnit> All { get; } =
    [
        new("kWh", EnergyDimension.Energy, EnergyUnit.KilowattHour),
        new("MWh", EnergyDimension.Energy, EnergyUnit.MegawattHour),
        new("GWh", EnergyDimension.Energy, EnergyUnit.GigawattHour),
        new("Wh", EnergyDimension.Energy, EnergyUnit.WattHour),
        new("GJ", EnergyDimension.Energy, EnergyUnit.Gigajoule),
        new("MJ", EnergyDimension.Energy, EnergyUnit.Megajoule),
        new("Gcal", EnergyDimension.Energy, EnergyUnit.Gigajoule, ToeDefinition.GigajoulesPerGigacalorie),
        new("toe", EnergyDimension.Energy, EnergyUnit.Gigajoule, ToeDefinition.GigajoulesPerToe),
        new("t", EnergyDimension.Mass, MassUnit.Tonne),
        new("kg", EnergyDimension.Mass, MassUnit.Kilogram),
        new("L", EnergyDimension.Volume, VolumeUnit.Liter),
        new("m³", EnergyDimension.Volume, VolumeUnit.CubicMeter),
    ];

    /// <summary>Other spellings accepted on input, mapped to the canonical abbreviation.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["m3"] = "m³",
        ["l"] = "L",
        ["TOE"] = "toe",
    };

    private static readonly Dictionary<string, AcceptedUnit> ByAbbreviation =
        All.ToDictionary(u => u.Abbreviation, StringComparer.Ordinal);

    /// <summary>Finds a unit by its canonical abbreviation or an alias; surrounding whitespace is ignored.</summary>
    public static bool TryFind(string? abbreviation, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AcceptedUnit? unit)
    {
        unit = null;
        if (abbreviation is null)
        {
            return false;
        }

        var key = abbreviation.Trim();
        if (Aliases.TryGetValue(key, out var canonical))
        {
            key = canonical;
        }

        return ByAbbreviation.TryGetValue(key, out unit);
    }

    /// <summary>The canonical abbreviations of the given dimensions, in whitelist order.</summary>
    public static IReadOnlyList<string> AbbreviationsOf(IEnumerable<EnergyDimension> dimensions)
    {
        var set = dimensions.ToHashSet();
        return All.Where(u => set.Contains(u.Dimension)).Select(u => u.Abbreviation).ToList();
    }
}
