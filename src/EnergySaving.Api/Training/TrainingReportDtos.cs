namespace EnergySaving.Api.Training;

public sealed record TrainingSummary(int Year, int Courses, int Participants, int Facilities, int Certified, IReadOnlyList<KindSummary> ByKind);

public sealed record KindSummary(string Kind, int Courses, int Participants);

/// <summary>Certified energy managers of a facility on a date.</summary>
public sealed record EnergyManagersResponse(int FacilityId, DateOnly On, IReadOnlyList<EnergyManagerItem> Items);

public sealed record EnergyManagerItem(
    int ParticipantId,
    string FullName,
    string? Position,
    int CourseId,
    string CourseTitle,
    string CertificateNumber,
    DateOnly CertificateIssuedOn,
    DateOnly? CertificateValidUntil);
