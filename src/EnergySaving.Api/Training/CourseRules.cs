using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EnergySaving.Api.Training;

/// <summary>Validation of a course body and of the list filters: every problem is reported against its field.</summary>
public static partial class CourseRules
{
    public const int CodeMaxLength = 32;
    public const int TextMaxLength = 300;
    public const int MaxCapacity = 10_000;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]*$")]
    private static partial Regex CodePattern();

    public static FieldErrors Validate(CourseRequest r)
    {
        var errors = new FieldErrors();
        if (r.Code is not null && !string.IsNullOrWhiteSpace(r.Code))
        {
            var code = r.Code.Trim();
            if (code.Length > CodeMaxLength) errors.Add("code", Message.Of("training.course.code-too-long", ("max", CodeMaxLength)));
            else if (!CodePattern().IsMatch(code)) errors.Add("code", Message.Of("training.course.code-invalid"));
        }
        errors.CheckRequired("title", r.Title, TextMaxLength);
        if (string.IsNullOrWhiteSpace(r.Kind)) errors.Add("kind", Message.Of("training.course.kind-required", ("allowed", CourseKinds.All)));
        else if (!CourseKinds.TryParse(r.Kind, out _)) errors.Add("kind", UnknownKind(r.Kind));

        if (r.StartDate is null) errors.Add("startDate", DateRequired("startDate"));
        if (r.EndDate is null) errors.Add("endDate", DateRequired("endDate"));
        errors.CheckDate("startDate", r.StartDate);
        errors.CheckDate("endDate", r.EndDate);
        if (r.StartDate is { } start && r.EndDate is { } end && end < start)
            errors.Add("endDate", Message.Of("training.course.end-before-start"));

        errors.CheckRequired("location", r.Location, TextMaxLength);
        errors.CheckRequired("organizer", r.Organizer, TextMaxLength);
        if (r.Capacity is { } capacity && capacity is < 1 or > MaxCapacity)
            errors.Add("capacity", Message.Of("training.course.capacity-out-of-range", ("max", MaxCapacity)));
        return errors;
    }

    public static Message UnknownKind(string kind) =>
        Message.Of("training.course.kind-unknown", ("kind", ClientText.Excerpt(kind)), ("allowed", CourseKinds.All));

    /// <summary>A required date of a body: "{field} is required (YYYY-MM-DD)."</summary>
    public static Message DateRequired(string field) => Message.Of("filter.date.required", ("field", field));

    /// <summary>Copies a validated body onto the entity, trimming text and turning blanks into nulls.</summary>
    public static void Apply(CourseRequest r, Course c)
    {
        c.Code = TextChecks.Clean(r.Code);
        c.Title = r.Title!.Trim();
        CourseKinds.TryParse(r.Kind, out var kind);
        c.Kind = kind;
        c.StartDate = r.StartDate!.Value;
        c.EndDate = r.EndDate!.Value;
        c.Location = r.Location!.Trim();
        c.Organizer = r.Organizer!.Trim();
        c.Capacity = r.Capacity;
    }

    /// <summary>A "year" query parameter: optional unless <paramref name="required"/>, 1990–2100.</summary>
    public static int? ParseYear(string? text, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add("year", Message.Of("filter.year.required"));
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && Month.IsValidYear(year))
            return year;
        errors.Add("year", Message.Of("filter.year.out-of-range", ("earliest", Month.EarliestYear), ("latest", Month.LatestYear)));
        return null;
    }

    public static IQueryable<Course> InYear(this IQueryable<Course> courses, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year + 1, 1, 1);
        return courses.Where(c => c.StartDate >= from && c.StartDate < to);
    }
}
