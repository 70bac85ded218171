using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class CoursesApi
{
    public static RouteGroupBuilder MapCourses(this RouteGroupBuilder training)
    {
        training.MapPost("/courses", Create).RequireAuthorization(Policies.TrainingWriters)
            .WithName("CreateCourse").WithSummary("Register a course (admin, trainer); 409 when the code exists");
        training.MapGet("/courses", List)
            .WithName("ListCourses").WithSummary("List courses, optionally of one year (of the start date) and kind")
            .WithDescription("Filters: year (YYYY, the year the course starts), kind (energy-manager, energy-auditor, awareness, other).");
        training.MapGet("/courses/{id:int}", Get).WithName("GetCourse").WithSummary("One course with its number of participants");
        training.MapPut("/courses/{id:int}", Update).RequireAuthorization(Policies.TrainingWriters)
            .WithName("UpdateCourse")
            .WithSummary("Replace a course's fields (admin, trainer); 409 for a taken code or a capacity below the participants enrolled");
        return training;
    }

    public static async Task<Results<Created<CourseResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CourseRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = CourseRules.Validate(body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var course = new Course { Title = "", Location = "", Organizer = "" };
        CourseRules.Apply(body, course);
        db.Courses.Add(course);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"A course with code '{course.Code}' already exists.");
        }
        return TypedResults.Created($"/api/training/courses/{course.Id}", CourseResponse.From(course, 0));
    }

    public static async Task<Results<Ok<List<CourseResponse>>, ValidationProblem>> List(
        EnergySavingDbContext db, CancellationToken ct, string? year = null, string? kind = null)
    {
        var errors = new Dictionary<string, string[]>();
        var yearFilter = CourseRules.ParseYear(year, required: false, errors);
        CourseKind? kindFilter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (CourseKinds.TryParse(kind, out var k)) kindFilter = k;
            else errors["kind"] = [$"Unknown kind '{kind}': use one of {string.Join(", ", CourseKinds.All)}."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = db.Courses.AsNoTracking();
        if (yearFilter is { } y) query = query.InYear(y);
        if (kindFilter is { } kf) query = query.Where(c => c.Kind == kf);
        var rows = await query.OrderBy(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new { Course = c, Participants = db.Participants.Enrolled().Count(p => p.CourseId == c.Id) })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => CourseResponse.From(r.Course, r.Participants)).ToList());
    }

    public static async Task<Results<Ok<CourseResponse>, ProblemHttpResult>> Get(int id, EnergySavingDbContext db, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null) return Problems.NotFound($"Course {id} not found.");
        var participants = await db.Participants.Enrolled().CountAsync(p => p.CourseId == id, ct);
        return TypedResults.Ok(CourseResponse.From(course, participants));
    }

    public static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> Update(
        int id, CourseRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = CourseRules.Validate(body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        // Lock the course row as enrolment does, so a capacity cut and an enrolment cannot cross.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var course = await CourseLock.LockAsync(db, id, ct);
        if (course is null) return Problems.NotFound($"Course {id} not found.");
        var participants = await db.Participants.Enrolled().CountAsync(p => p.CourseId == id, ct);
        if (body.Capacity is { } capacity && capacity < participants)
            return Problems.Conflict($"Course {id} already has {participants} participants: capacity cannot drop to {capacity}.");
        CourseRules.Apply(body, course);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"A course with code '{course.Code}' already exists.");
        }
        return TypedResults.Ok(CourseResponse.From(course, participants));
    }
}
