using CarrierToe = EnergySaving.Api.Consumption.CarrierToe;
using EnergySaving.Api.Training;

namespace EnergySaving.Api.Reports;

public sealed record EventLine(string Kind, string Topic, int Count, int Participants);

public sealed record EventItem(string Kind, string Topic, string Title, DateOnly Date, string? District, string? Commune, int Participants, string? FundingSource);

public sealed record KindMoney(string Kind, int Projects, long SupportVnd);

public sealed record SourceMoney(string FundingSource, int Projects, long SupportVnd);

public sealed record ProjectLine(int Id, string FacilityCode, string FacilityName, string Kind, string FundingSource, string Title, string Status,
    long TotalCostVnd, long SupportVnd, string SavingsStatus, double? SavedToe, double? SavedFraction, double? Uncertainty90);

public sealed record SupportSection(int Projects, long TotalCostVnd, long SupportVnd, IReadOnlyList<KindMoney> ByKind, IReadOnlyList<SourceMoney> ByFundingSource,
    double VerifiedSavedToe, int VerifiedProjects, IReadOnlyList<ProjectLine> Items);

public sealed record KeyFacilitiesSection(int Count, int New, int Dropped);

public sealed record CandidatesSection(int Count);

public sealed record SectorToe(string Sector, double Toe);


public sealed record ConsumptionSection(double TotalToe, IReadOnlyList<SectorToe> BySector, IReadOnlyList<CarrierToe> ByCarrier);

/// <summary>
/// The center's annual report (API.md), sections in the order of the seed report, ending with the annual
/// reports (Form 1.1) of the year: the counts of the status board (AnnualReportBoard), one definition.
/// </summary>
public sealed record CenterAnnualReport(int Year, IReadOnlyList<EventLine> Events, IReadOnlyList<EventItem> EventItems, TrainingSummary Training,
    SupportSection Support, KeyFacilitiesSection KeyFacilities, CandidatesSection Candidates, ConsumptionSection Consumption,
    AnnualReports.BoardCounts AnnualReports);
