namespace EnergySaving.Api.Training;

/// <summary>A training course, e.g. the province's "Energy manager" course of a year.</summary>
public sealed class Course
{
    public int Id { get; set; }
    public string? Code { get; set; }
    public required string Title { get; set; }
    public CourseKind Kind { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required string Location { get; set; }
    public required string Organizer { get; set; }
    public int? Capacity { get; set; }
}
