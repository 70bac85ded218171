using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Core.Training;

namespace EnergySaving.Api.Training;

/// <summary>Validation of a participant body (whether the facility exists is checked against the database by the endpoint).</summary>
public static class ParticipantRules
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;
    public const int PhoneMaxLength = 50;

    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static FieldErrors Validate(ParticipantRequest r, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.CheckRequired("fullName", r.FullName, NameMaxLength);
        if (r.FacilityId is null) errors.Add("facilityId", Message.Of("text.required", ("field", "facilityId")));
        else if (r.FacilityId <= 0) errors.Add("facilityId", FacilityUnknown(r.FacilityId.Value));
        errors.CheckText("position", r.Position, TextMaxLength);
        errors.CheckText("email", r.Email, TextMaxLength);
        if (TextChecks.Clean(r.Email) is { } email && (email.Contains(' ') || email.IndexOf('@') is <= 0 || email.EndsWith('@')))
            errors.Add("email", Message.Of("training.participant.email-invalid"));
        errors.CheckText("phone", r.Phone, PhoneMaxLength);
        if (r.DateOfBirth is { } born && (born < EarliestBirthDate || born > today))
            errors.Add("dateOfBirth", Message.Of("training.participant.birth-date-out-of-range", ("earliest", EarliestBirthDate), ("today", today)));
        return errors;
    }

    public static Message FacilityUnknown(int facilityId) => Message.Of("training.participant.facility-unknown", ("id", facilityId));

    public static Participant Create(int courseId, ParticipantRequest r)
    {
        var participant = new Participant { CourseId = courseId, FullName = "", NormalizedName = "" };
        Apply(r, participant);
        return participant;
    }

    /// <summary>Sets a participant's person fields from a validated body (enrolment and corrections).</summary>
    public static void Apply(ParticipantRequest r, Participant p)
    {
        p.FacilityId = r.FacilityId!.Value;
        p.FullName = NameNormalizer.Clean(r.FullName!);
        p.NormalizedName = NameNormalizer.Key(r.FullName!);
        p.Position = TextChecks.Clean(r.Position);
        p.Email = TextChecks.Clean(r.Email);
        p.Phone = TextChecks.Clean(r.Phone);
        p.DateOfBirth = r.DateOfBirth;
    }
}
