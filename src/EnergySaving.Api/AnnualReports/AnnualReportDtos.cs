using EnergySaving.Api.Consumption;

namespace EnergySaving.Api.AnnualReports;

public sealed record SubmitRequest(string? Note);

public sealed record ReviewRequest(string? Decision, string? Reason);

/// <summary>A carrier's year in its own unit and in TOE (one line per unit when a carrier changed unit during the year).</summary>
public sealed record CarrierYear(string Carrier, double Quantity, string Unit, double Toe);

public sealed record SecValue(double Value, string Unit);

/// <summary>The figures frozen at submission, stored as JSON with the report.</summary>
public sealed record AnnualSnapshot(List<CarrierYear> ByCarrier, ProductionDto? Production, SecValue? Sec);

public sealed record HistoryEvent(string Status, DateTimeOffset At, string By, string? Reason);

public sealed record AnnualReportDto(int FacilityId, int Year, int Submission, string Status, DateTimeOffset SubmittedAt,
    string SubmittedBy, DateOnly ReviewDueBy, double TotalToe, IReadOnlyList<CarrierYear> ByCarrier, ProductionDto? Production,
    SecValue? Sec, string? Note, IReadOnlyList<HistoryEvent> History);

public sealed record BoardCounts(int NotSubmitted, int Submitted, int Returned, int Accepted, int Overdue, int ReviewOverdue);

public sealed record BoardItem(int FacilityId, string Code, string Name, string Status, DateTimeOffset? SubmittedAt,
    DateOnly? ReviewDueBy, bool Overdue, bool ReviewOverdue);

public sealed record BoardResponse(int Year, DateOnly Deadline, BoardCounts Counts, IReadOnlyList<BoardItem> Items);

