namespace EnergySaving.Api.SupportProjects;

public sealed record SupportProjectRequest(int? FacilityId, int? Year, string? Kind, string? FundingSource, string? Title,
    string? Description, long? TotalCostVnd, long? SupportVnd);

public sealed record StatusChangeRequest(string? Status, DateOnly? On, string? ImplementedFrom, string? ImplementedTo, string? Note);

public sealed record HistoryItem(string Action, string Status, DateOnly? On, string By, DateTimeOffset At, string? Note);

public sealed record SupportProjectResponse(int Id, int FacilityId, string FacilityCode, string FacilityName, int Year, string Kind,
    string FundingSource, string Title, string? Description, long TotalCostVnd, long SupportVnd, string Status,
    string? ImplementedFrom, string? ImplementedTo, IReadOnlyList<HistoryItem> History);

public sealed record SupportProjectFilter(int? Year, int? FacilityId, string? Status, string? Kind);

public sealed record SupportCapRequest(string? Kind, decimal? MaxShare, long? MaxVnd, DateOnly? ValidFrom, string? Source);

public sealed record SupportCapResponse(int Id, string Kind, decimal MaxShare, long MaxVnd, DateOnly ValidFrom, string Source);
