namespace EnergySaving.Core.Energy;

/// <summary>The carrier CSV is malformed; <see cref="Line"/> is 1-based, the header being line 1 (0 when not tied to a line).</summary>
public sealed class CarrierCatalogFormatException(int line, string reason)
    : FormatException(line > 0 ? $"energy carriers CSV, line {line}: {reason}" : $"energy carriers CSV: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
