using EnergySaving.Core.Messages;
using UnitsNet;

namespace EnergySaving.Core.Energy;

/// <summary>
/// The outcome of <see cref="ReportedQuantityParser"/>: on success a UnitsNet <see cref="Energy"/>, <see cref="Mass"/>
/// or <see cref="Volume"/> in <see cref="Quantity"/>; otherwise <see cref="Error"/> says which units are accepted.
/// </summary>
public sealed record ParsedQuantity
{
    private ParsedQuantity()
    {
    }

    public bool IsSuccess => Error is null;

    public IQuantity? Quantity { get; private init; }

    public AcceptedUnit? Unit { get; private init; }

    public EnergyDimension? Dimension => Unit?.Dimension;

    public Message? Error { get; private init; }

    /// <summary>The units that would have been accepted (set on failure).</summary>
    public IReadOnlyList<string> AcceptedAbbreviations { get; private init; } = [];

    internal static ParsedQuantity Success(IQuantity quantity, AcceptedUnit unit) => new() { Quantity = quantity, Unit = unit };

    internal static ParsedQuantity Failure(Message error, IReadOnlyList<string> accepted) =>
        new() { Error = error, AcceptedAbbreviations = accepted };
}
