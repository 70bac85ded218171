namespace EnergySaving.Api.Baselines;

/// <summary>One baseline run (on demand or nightly): its progress is counted from its batches.</summary>
public sealed class BaselineRun
{
    public const string Queued = "queued", Running = "running", Succeeded = "succeeded", Failed = "failed";

    /// <summary>The database's check of the same statuses (BaselineConfiguration).</summary>
    public const string StatusCheck = $"status IN ('{Queued}','{Running}','{Succeeded}','{Failed}')";

    public Guid Id { get; set; }
    public required string Status { get; set; }
    public required string RequestedBy { get; set; }
    public required string Trigger { get; set; }
    public int FacilitiesTotal { get; set; }
    public int FacilitiesDone { get; set; }
    public int FacilitiesUnchanged { get; set; }
    public int BatchesTotal { get; set; }
    public int BatchesDone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>
/// One Hangfire batch job of a run. <see cref="Done"/> flips once (progress counts done batches' facilities, so a
/// retried batch is never counted twice); <see cref="Executions"/> and <see cref="ProcessedBy"/> record who ran it.
/// </summary>
public sealed class BaselineRunBatch
{
    public Guid RunId { get; set; }
    public int BatchNo { get; set; }
    public int FacilityCount { get; set; }
    public int[] FacilityIds { get; set; } = [];
    public bool Done { get; set; }
    public int Executions { get; set; }
    public string? ProcessedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>A facility a run could not fit, and why (one row per run and facility: a retry overwrites it).</summary>
public sealed class BaselineRunError
{
    public Guid RunId { get; set; }
    public int FacilityId { get; set; }
    /// <summary>Why, as one message's JSON (StoredMessages.ReadOne; a plain text from the release before codes).</summary>
    public required string Message { get; set; }
}

/// <summary>An analyst-set baseline period (12 to 36 months).</summary>
public sealed class BaselinePeriodSetting
{
    public int FacilityId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A facility's current baseline, savings and SEC, as GET /api/facilities/{id}/baseline shows it.</summary>
public sealed class FacilityBaseline
{
    public int FacilityId { get; set; }
    public required string Status { get; set; }
    public required string Reasons { get; set; } // jsonb: [{ code, args }] (StoredMessages; a plain string from the release before codes)
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public string? ModelKind { get; set; }
    public double? Intercept { get; set; }
    public double? Production { get; set; }
    public double? Hdd { get; set; }
    public double? Cdd { get; set; }
    public double? HeatingBalancePointC { get; set; }
    public double? CoolingBalancePointC { get; set; }
    public string? PValues { get; set; } // jsonb: { term: p }
    public string? StandardErrors { get; set; } // jsonb: { term: se }
    public int? N { get; set; }
    public double? R2 { get; set; }
    public double? AdjustedR2 { get; set; }
    public double? CvRmse { get; set; }
    public double? Nmbe { get; set; }
    public bool? Adequate { get; set; }
    public double? SecBaseline { get; set; }
    public string? SecUnit { get; set; }
    public string? Savings { get; set; } // jsonb: SavingsDto
    public required string AnnualSavings { get; set; } // jsonb: [{ year, months, expectedToe, actualToe }]
    public required string InputFingerprint { get; set; }
    /// <summary>When the result last changed.</summary>
    public DateTimeOffset ComputedAt { get; set; }
    /// <summary>When the inputs were last read (unchanged inputs move this, not <see cref="ComputedAt"/>).</summary>
    public DateTimeOffset CheckedAt { get; set; }
}

/// <summary>A facility's flags for one calendar year: key facility, support candidate, with reasons.</summary>
public sealed class AnnualFlag
{
    public int Year { get; set; }
    public int FacilityId { get; set; }
    public double AnnualToe { get; set; }
    public int MonthsReported { get; set; }
    public bool IsKey { get; set; }
    public double Threshold { get; set; }
    public bool NewThisYear { get; set; }
    /// <summary>The key-facility reason as one message's JSON (StoredMessages.ReadOne; a plain text from the release before codes).</summary>
    public required string KeyReason { get; set; }
    public bool IsCandidate { get; set; }
    public bool CandidateInsufficientData { get; set; }
    public double? Score { get; set; }
    public double? EstimatedSavingsToe { get; set; }
    public required string Reasons { get; set; } // jsonb: [{ code, args }] (StoredMessages; a plain string from the release before codes)
    public DateTimeOffset ComputedAt { get; set; }
}
