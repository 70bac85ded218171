using EnergySaving.Core.Messages;
using UnitsNet;

namespace EnergySaving.Core.Energy;

/// <summary>
/// The outcome of <see cref="ToeConverter.Convert"/>: on success the TOE and the factor applied; otherwise
/// <see cref="Error"/> and the coded message to show the reporter (rendered by the API in the reader's language).
/// </summary>
public sealed record ToeConversion
{
    private ToeConversion()
    {
    }

    public bool IsSuccess => Error is null;

    /// <summary>Tonnes of oil equivalent (0 on failure).</summary>
    public double Toe { get; private init; }

    /// <summary>The official factor in force for the month (its basis, validity and source).</summary>
    public ConversionFactor? Factor { get; private init; }

    /// <summary>The TOE per basis actually applied: the facility's declared factor or <see cref="Factor"/>'s.</summary>
    public double? AppliedToe { get; private init; }

    public bool UsedDeclaredFactor { get; private init; }

    /// <summary>The reported quantity as a UnitsNet Energy, Mass or Volume.</summary>
    public IQuantity? Quantity { get; private init; }

    public ToeConversionError? Error { get; private init; }

    public Message? ErrorMessage { get; private init; }

    internal static ToeConversion Success(double toe, ConversionFactor factor, double appliedToe, bool declared, IQuantity quantity) =>
        new() { Toe = toe, Factor = factor, AppliedToe = appliedToe, UsedDeclaredFactor = declared, Quantity = quantity };

    internal static ToeConversion Failure(ToeConversionError error, Message message) =>
        new() { Error = error, ErrorMessage = message };
}
