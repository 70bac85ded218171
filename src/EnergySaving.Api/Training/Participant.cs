namespace EnergySaving.Api.Training;

/// <summary>
/// A person from a facility enrolled in a course, with the outcome once the trainer enters it.
/// Email, phone and date of birth are personal data (Decree 13/2023): only trainers and admins see them.
/// </summary>
public sealed class Participant
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int FacilityId { get; set; }

    /// <summary>As entered, in NFC with whitespace collapsed.</summary>
    public required string FullName { get; set; }

    /// <summary><see cref="Core.Training.NameNormalizer.Key"/> of the name: unique per course and facility.</summary>
    public required string NormalizedName { get; set; }

    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Null until the outcome is entered.</summary>
    public bool? Attended { get; set; }
    public decimal? ExamScore { get; set; }
    public bool? Passed { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateIssuedOn { get; set; }

    /// <summary>Null: valid without end date.</summary>
    public DateOnly? CertificateValidUntil { get; set; }
}
