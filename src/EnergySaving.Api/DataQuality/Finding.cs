using System.Globalization;
using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.DataQuality;

/// <summary>The stable codes of API.md and their severities.</summary>
public static class FindingCodes
{
    public const string MissingMonth = "missing-month";
    public const string Spike = "spike";
    public const string Drop = "drop";
    public const string UnitSlip = "unit-slip";
    public const string ZeroProduction = "zero-production";
    public const string NewCarrier = "new-carrier";
    public const string SecOutlier = "sec-outlier";

    public static readonly string[] All = [MissingMonth, Spike, Drop, UnitSlip, ZeroProduction, NewCarrier, SecOutlier];

    public static string Severity(string code) => code is NewCarrier or SecOutlier ? "info" : "warning";
}

/// <summary>
/// A data-quality finding. Month is the first day of the month, or 1 January for a finding about the
/// whole year (sec-outlier). Version is the content it was found on (the month's revision, or the
/// sum of the year's revisions): a dismissal holds while the version stays the same. Code is the finding's code of
/// API.md (spike…); Message says what was found, by a catalogue code (quality.spike…) with its figures as arguments.
/// </summary>
public sealed record Finding(int FacilityId, DateOnly Month, string Code, string? Carrier, Message Message, long Version)
{
    public bool IsYearly => Code == FindingCodes.SecOutlier;

    /// <summary>"facility.period.code[.carrier]": stable as long as the finding exists, so it can be dismissed by id.</summary>
    public string Id => FormatId(FacilityId, Month, Code, Carrier);

    public string Period => IsYearly ? Month.Year.ToString(CultureInfo.InvariantCulture) : Common.Month.Format(Month);

    public static string FormatId(int facilityId, DateOnly month, string code, string? carrier) =>
        $"{facilityId}.{(code == FindingCodes.SecOutlier ? month.Year.ToString(CultureInfo.InvariantCulture) : Common.Month.Format(month))}.{code}{(carrier is null ? "" : "." + carrier)}";

    public static bool TryParseId(string id, out int facilityId, out DateOnly month, out string code, out string? carrier)
    {
        (facilityId, month, code, carrier) = (0, default, "", null);
        var parts = id.Split('.');
        if (parts.Length is < 3 or > 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out facilityId)) return false;
        code = parts[2];
        if (!FindingCodes.All.Contains(code)) return false;
        if (code == FindingCodes.SecOutlier)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 9999) return false;
            month = new DateOnly(year, 1, 1);
        }
        else if (!Common.Month.TryParse(parts[1], out month)) return false;
        carrier = parts.Length == 4 ? parts[3] : null;
        return true;
    }
}

/// <summary>One reported month as the rules see it.</summary>
public sealed record MonthFigures(DateOnly Month, int Revision, double TotalToe, double? Production, string[] Carriers, double[] Quantities, string[] Units);
