namespace EnergySaving.Api.Training;

/// <summary>Body of POST and PUT /api/training/courses.</summary>
public sealed record CourseRequest(
    string? Code,
    string? Title,
    string? Kind,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Location,
    string? Organizer,
    int? Capacity);

public sealed record CourseResponse(
    int Id,
    string? Code,
    string Title,
    string Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string Location,
    string Organizer,
    int? Capacity,
    int Participants)
{
    public static CourseResponse From(Course c, int participants) => new(
        c.Id, c.Code, c.Title, c.Kind.ToApi(), c.StartDate, c.EndDate, c.Location, c.Organizer, c.Capacity, participants);
}
