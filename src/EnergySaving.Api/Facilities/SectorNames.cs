using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Facilities;

/// <summary>The API spells sectors in lower case ("industry", "building"…).</summary>
public static class SectorNames
{
    public static readonly IReadOnlyList<string> All = Enum.GetValues<Sector>().Select(ToApi).ToArray();

    public static string ToApi(this Sector sector) => sector.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out Sector sector)
    {
        sector = default;
        return value is not null
            && All.Contains(value)
            && Enum.TryParse(value, ignoreCase: true, out sector);
    }

    /// <summary>The refusal of a sector that is not one of <see cref="All"/> (a body's sector, a list's filter).</summary>
    public static Message Unknown(string value) =>
        Message.Of("facility.sector.unknown", ("sector", ClientText.Excerpt(value)), ("sectors", All));
}
