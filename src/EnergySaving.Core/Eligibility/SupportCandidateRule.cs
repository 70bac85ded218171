using EnergySaving.Core.Facilities;
using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Eligibility;

/// <summary>Thresholds of the support-candidate rule (BASELINES.md "Eligibility"), configurable.</summary>
/// <param name="MaxAnnualToe">A candidate consumes strictly less than this in the year.</param>
/// <param name="MinPeers">Facilities (the candidate included) needed in an industry and production unit for an SEC comparison.</param>
public sealed record EligibilityThresholds(double MaxAnnualToe = 1000, int MinPeers = 3)
{
    public static readonly EligibilityThresholds Default = new();
}

/// <summary>One facility's year, as the rule needs it.</summary>
/// <param name="Production">Production over the year when all 12 months report it (in <paramref name="ProductionUnit"/>), otherwise null.</param>
/// <param name="SavedToe">Savings against its baseline over the year's reporting months (negative: it consumed more than expected), or null.</param>
/// <param name="ModelAdequate">Adequacy of its baseline model (ASHRAE Guideline 14), or null without a fitted baseline.</param>
public sealed record FacilityYear(
    int FacilityId,
    string Code,
    Sector Sector,
    string? Industry,
    string? ProductionUnit,
    double AnnualToe,
    int MonthsReported,
    double? Production,
    double? SavedToe,
    bool? ModelAdequate)
{
    /// <summary>ΣE/ΣP of the year (TOE per production unit) when production is reported for all 12 months and is positive.</summary>
    public double? Sec => MonthsReported == 12 && Production is { } p ? Baselines.SpecificEnergy.Ratio(AnnualToe, p) : null;
}

/// <summary>A ranked support candidate.</summary>
/// <param name="Score">Estimated savings potential in TOE (0 when none could be estimated); the ranking key.</param>
/// <param name="EstimatedSavingsToe">The potential, or null when neither an SEC comparison nor a baseline trend gave one.</param>
public sealed record SupportCandidate(int FacilityId, string Code, double Score, double? EstimatedSavingsToe, IReadOnlyList<Message> Reasons);

/// <summary>An industrial facility left out because the year is incomplete.</summary>
public sealed record IncompleteYear(int FacilityId, string Code, int MonthsReported);

public sealed record SupportCandidates(IReadOnlyList<SupportCandidate> Candidates, IReadOnlyList<IncompleteYear> InsufficientData);

/// <summary>
/// Support candidates of a calendar year (BASELINES.md "Eligibility"): industry, annual TOE below the threshold, all 12
/// months reported; ranked by estimated savings potential in TOE = the larger of
/// (SEC − median SEC of the facilities with the same industry and production unit) × production and the TOE consumed
/// above its baseline; then by code. Industrial facilities with missing months are listed apart.
/// </summary>
public static class SupportCandidateRule
{
    public static SupportCandidates Evaluate(IReadOnlyList<FacilityYear> facilities, int year, EligibilityThresholds? thresholds = null)
    {
        thresholds ??= EligibilityThresholds.Default;
        var peerGroups = facilities
            .Where(f => f.Sec is not null && !string.IsNullOrWhiteSpace(f.Industry) && !string.IsNullOrWhiteSpace(f.ProductionUnit))
            .GroupBy(f => (f.Industry!, f.ProductionUnit!))
            .ToDictionary(g => g.Key, g => g.Select(f => f.Sec!.Value).Order().ToArray());

        var candidates = new List<SupportCandidate>();
        var incomplete = new List<IncompleteYear>();
        foreach (var f in facilities.Where(f => f.Sector == Sector.Industry))
        {
            if (f.MonthsReported < 12)
            {
                if (f.AnnualToe < thresholds.MaxAnnualToe) incomplete.Add(new IncompleteYear(f.FacilityId, f.Code, f.MonthsReported));
                continue;
            }

            if (!(f.AnnualToe < thresholds.MaxAnnualToe)) continue;
            candidates.Add(Candidate(f, year, thresholds, peerGroups));
        }

        return new SupportCandidates(
            candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal).ToList(),
            incomplete.OrderBy(i => i.Code, StringComparer.Ordinal).ToList());
    }

    /// <summary>Median of an ascending array (mean of the two middle values for an even count).</summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    private static SupportCandidate Candidate(FacilityYear f, int year, EligibilityThresholds thresholds, Dictionary<(string, string), double[]> peerGroups)
    {
        var reasons = new List<Message>
        {
            Message.Of("candidate.under-threshold", ("toe", f.AnnualToe), ("year", year), ("threshold", thresholds.MaxAnnualToe)),
        };
        double? secPotential = null;
        var industry = string.IsNullOrWhiteSpace(f.Industry) ? null : f.Industry;
        if (industry is null || string.IsNullOrWhiteSpace(f.ProductionUnit))
        {
            reasons.Add(Message.Of("candidate.sec.no-industry"));
        }
        else if (f.Sec is not { } sec)
        {
            reasons.Add(Message.Of("candidate.sec.production-incomplete", ("year", year)));
        }
        else
        {
            var unit = f.ProductionUnit!;
            var peers = peerGroups[(industry, unit)];
            if (peers.Length < thresholds.MinPeers)
            {
                reasons.Add(Message.Of("candidate.sec.too-few-peers",
                    ("peers", peers.Length), ("industry", industry), ("unit", unit), ("year", year), ("minPeers", thresholds.MinPeers)));
            }
            else
            {
                var median = Median(peers);
                var relative = median > 0 ? (sec - median) / median : 0;
                if (sec > median)
                {
                    secPotential = (sec - median) * f.Production!.Value;
                    reasons.Add(Message.Of("candidate.sec.above-median",
                        ("sec", RoundSec(sec)), ("unit", unit), ("percent", Math.Round(relative * 100)), ("peers", peers.Length),
                        ("industry", industry), ("median", RoundSec(median)), ("potential", secPotential.Value)));
                }
                else
                {
                    reasons.Add(Message.Of("candidate.sec.at-or-below-median",
                        ("sec", RoundSec(sec)), ("unit", unit), ("peers", peers.Length), ("industry", industry), ("median", RoundSec(median))));
                }
            }
        }

        double? trendPotential = null;
        if (f.SavedToe is { } saved)
        {
            if (saved < 0)
            {
                trendPotential = -saved;
                reasons.Add(Message.Of("candidate.trend.worsening", ("toe", -saved), ("year", year)));
            }
            else
            {
                reasons.Add(Message.Of("candidate.trend.saving", ("toe", saved), ("year", year)));
            }
        }
        else
        {
            reasons.Add(Message.Of("candidate.trend.no-savings", ("year", year)));
        }

        reasons.Add(f.ModelAdequate switch
        {
            true => Message.Of("candidate.model.adequate"),
            false => Message.Of("candidate.model.not-adequate"),
            null => Message.Of("candidate.model.none"),
        });
        reasons.Add(Message.Of("candidate.year-complete", ("year", year)));

        double? potential = (secPotential, trendPotential) switch
        {
            (null, null) => null,
            ({ } s, null) => s,
            (null, { } t) => t,
            ({ } s, { } t) => Math.Max(s, t),
        };
        return new SupportCandidate(f.FacilityId, f.Code, potential ?? 0, potential, reasons);
    }

    /// <summary>SEC rounded to three significant digits (0.0823, 0.00061, 1.26; whole numbers from 100: 1,235), as the reasons show it.</summary>
    public static double RoundSec(double sec)
    {
        if (!double.IsFinite(sec) || sec == 0) return sec;
        if (Math.Abs(sec) >= 100) return Math.Round(sec, MidpointRounding.AwayFromZero);
        var digits = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(sec))), 0, 15);
        return Math.Round(sec, digits, MidpointRounding.AwayFromZero);
    }
}

/// <summary>Key-facility status across years.</summary>
public static class KeyFacilityYears
{
    /// <summary>Key this year and not key the year before (including a year before without a decided status).</summary>
    public static bool NewThisYear(bool keyThisYear, bool keyPreviousYear) => keyThisYear && !keyPreviousYear;
}
