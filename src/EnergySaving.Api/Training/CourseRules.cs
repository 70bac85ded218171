using EnergySaving.Api.Common;
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

    public static Dictionary<string, string[]> Validate(CourseRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Code is not null && !string.IsNullOrWhiteSpace(r.Code))
        {
            var code = r.Code.Trim();
            if (code.Length > CodeMaxLength) errors.Add("code", $"Code must be at most {CodeMaxLength} characters.");
            else if (!CodePattern().IsMatch(code)) errors.Add("code", "Code may contain letters, digits, '.', '_' and '-' only.");
        }
        errors.CheckRequired("title", r.Title, TextMaxLength);
        if (string.IsNullOrWhiteSpace(r.Kind)) errors.Add("kind", $"Kind is required: one of {string.Join(", ", CourseKinds.All)}.");
        else if (!CourseKinds.TryParse(r.Kind, out _)) errors.Add("kind", $"Unknown kind '{r.Kind}': use one of {string.Join(", ", CourseKinds.All)}.");

        if (r.StartDate is null) errors.Add("startDate", "startDate is required (YYYY-MM-DD).");
        if (r.EndDate is null) errors.Add("endDate", "endDate is required (YYYY-MM-DD).");
        errors.CheckDate("startDate", r.StartDate);
        errors.CheckDate("endDate", r.EndDate);
        if (r.StartDate is { } start && r.EndDate is { } end && end < start)
            errors.Add("endDate", "endDate may not be before startDate.");

        errors.CheckRequired("location", r.Location, TextMaxLength);
        errors.CheckRequired("organizer", r.Organizer, TextMaxLength);
        if (r.Capacity is { } capacity && capacity is < 1 or > MaxCapacity)
            errors.Add("capacity", $"capacity must be between 1 and {MaxCapacity} when given.");
        return errors;
    }

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
    public static int? ParseYear(string? text, bool required, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add("year", "year is required (YYYY).");
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && Month.IsValidYear(year))
            return year;
        errors.Add("year", $"year must be a year between {Month.EarliestYear} and {Month.LatestYear}.");
        return null;
    }

    public static IQueryable<Course> InYear(this IQueryable<Course> courses, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year + 1, 1, 1);
        return courses.Where(c => c.StartDate >= from && c.StartDate < to);
    }
}
