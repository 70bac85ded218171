using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>The outcome of <see cref="BaselineFitter.Fit"/>, shaped like GET /api/facilities/{id}/baseline (API.md).</summary>
/// <param name="Status"><see cref="Fitted"/> or <see cref="InsufficientData"/>.</param>
/// <param name="Reasons">Coded notes (rendered by the API and the pages): why there is no model, which candidates were not tried, adequacy, skipped months.</param>
/// <param name="Period">The baseline period, when one could be determined.</param>
/// <param name="Model">The selected model; null when the data are insufficient.</param>
/// <param name="Metrics">Fit metrics of the selected model; null when the data are insufficient.</param>
/// <param name="SecBaseline">ΣE/ΣP over the baseline months that report production (TOE per production unit), when any do.</param>
/// <param name="Savings">Savings over the reporting period; null without a model or without reporting months.</param>
public sealed record BaselineResult(
    string Status,
    IReadOnlyList<Message> Reasons,
    MonthRange? Period,
    BaselineModel? Model,
    FitMetrics? Metrics,
    double? SecBaseline,
    SavingsResult? Savings)
{
    public const string Fitted = "fitted";
    public const string InsufficientData = "insufficient-data";
}

/// <summary>Savings over the reporting period (BASELINES.md "Indicators and savings").</summary>
/// <param name="From">First reporting month used.</param>
/// <param name="To">Last reporting month used.</param>
/// <param name="Months">m: reporting months used (months lacking an input the model needs are left out and listed in the reasons).</param>
/// <param name="ExpectedToe">ΣÊ_m.</param>
/// <param name="ActualToe">ΣE_m.</param>
/// <param name="SavedToe">S = ΣÊ_m − ΣE_m.</param>
/// <param name="SavedFraction">F = S / ΣÊ_m (0 when ΣÊ_m is not positive).</param>
/// <param name="Uncertainty90">ΔS/S at 90 % confidence (ASHRAE Guideline 14 Annex B, relative, e.g. 0.25 = ±25 % of S); null when it cannot be computed (F = 0, n′ ≤ 0).</param>
/// <param name="Uncertainty90Toe">The same in TOE: |S|·ΔS/S.</param>
/// <param name="ExtrapolatedMonths">Reporting months whose production per day or degree-days lie outside the baseline range.</param>
/// <param name="ModelAdequate">Copy of the model's adequacy flag: savings from an inadequate model carry it.</param>
public sealed record SavingsResult(
    DateOnly From,
    DateOnly To,
    int Months,
    double ExpectedToe,
    double ActualToe,
    double SavedToe,
    double SavedFraction,
    double? Uncertainty90,
    double? Uncertainty90Toe,
    IReadOnlyList<DateOnly> ExtrapolatedMonths,
    bool ModelAdequate);
