namespace EnergySaving.Core.Energy;

/// <summary>Why a quantity could not be converted to TOE.</summary>
public enum ToeConversionError
{
    /// <summary>The unit is not one of the accepted abbreviations at all.</summary>
    UnknownUnit,

    /// <summary>The unit is known but of a dimension the carrier does not accept (kWh of coal).</summary>
    UnitNotAccepted,

    /// <summary>Negative, NaN or infinite quantity.</summary>
    InvalidQuantity,

    /// <summary>Above <see cref="ToeConverter.MaxBasisQuantity"/> in the factor's unit.</summary>
    QuantityTooLarge,

    /// <summary>No factor of the quantity's dimension is in force for the month.</summary>
    NoFactorInForce,

    /// <summary>A declared factor was given for a carrier whose official factor has no range.</summary>
    DeclaredFactorNotAllowed,

    /// <summary>A declared factor outside the official range (or not a finite number).</summary>
    DeclaredFactorOutOfRange,
}
