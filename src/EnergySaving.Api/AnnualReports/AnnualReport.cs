namespace EnergySaving.Api.AnnualReports;

/// <summary>
/// One submission of a facility's annual report (Form 1.1) with the figures as they were when it was
/// submitted, and the review that followed. A returned year is submitted again as the next submission.
/// </summary>
public sealed class AnnualReport
{
    public long Id { get; set; }
    public int FacilityId { get; set; }
    public int Year { get; set; }
    public int Submission { get; set; }
    public string Status { get; set; } = AnnualReportStatus.Submitted;
    public string? Note { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    public DateOnly ReviewDueBy { get; set; }
    public double TotalToe { get; set; }

    /// <summary>The snapshot: carriers, production and SEC as JSON (jsonb), never recomputed.</summary>
    public string Snapshot { get; set; } = "{}";

    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewReason { get; set; }
}

public static class AnnualReportStatus
{
    public const string NotSubmitted = "not-submitted";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";

    /// <summary>Statuses that lock the year's months and forbid another submission.</summary>
    public static readonly string[] Locking = [Submitted, Accepted];

    /// <summary>SQL list of <see cref="Locking"/>, for the month lock and the partial unique index.</summary>
    public const string LockingSql = "('submitted', 'accepted')";
}
