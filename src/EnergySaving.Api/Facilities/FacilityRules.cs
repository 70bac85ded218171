using System.Text.RegularExpressions;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Facilities;

/// <summary>Validation of a facility body: every problem is reported against its field.</summary>
public static partial class FacilityRules
{
    public const int CodeMaxLength = 32;
    public const int ShortMaxLength = 100;
    public const int TextMaxLength = 300;

    /// <summary>The production unit is stored with every month reported (consumption_months), so one length for both columns.</summary>
    public const int ProductionUnitMaxLength = 20;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]*$")]
    private static partial Regex CodePattern();

    public static FieldErrors Validate(FacilityRequest r)
    {
        var errors = new FieldErrors();

        if (string.IsNullOrWhiteSpace(r.Code)) errors.Add("code", Message.Of("facility.code.required"));
        else if (r.Code.Trim().Length > CodeMaxLength) errors.Add("code", Message.Of("facility.code.too-long", ("max", CodeMaxLength)));
        else if (!CodePattern().IsMatch(r.Code.Trim())) errors.Add("code", Message.Of("facility.code.invalid-characters"));

        if (string.IsNullOrWhiteSpace(r.Name)) errors.Add("name", Message.Of("facility.name.required"));
        if (string.IsNullOrWhiteSpace(r.Province)) errors.Add("province", Message.Of("facility.province.required"));

        if (string.IsNullOrWhiteSpace(r.Sector)) errors.Add("sector", Message.Of("facility.sector.required", ("sectors", SectorNames.All)));
        else if (!SectorNames.TryParse(r.Sector, out _)) errors.Add("sector", SectorNames.Unknown(r.Sector));

        errors.CheckText("name", r.Name, TextMaxLength);
        errors.CheckText("address", r.Address, TextMaxLength);
        foreach (var (field, value) in new[]
                 {
                     ("industry", r.Industry), ("province", r.Province),
                     ("district", r.District), ("commune", r.Commune), ("taxCode", r.TaxCode),
                     ("weatherStation", r.WeatherStation),
                 })
            errors.CheckText(field, value, ShortMaxLength);
        errors.CheckText("productionUnit", r.ProductionUnit, ProductionUnitMaxLength);
        return errors;
    }

    /// <summary>Copies a validated body onto the entity, trimming text and turning blanks into nulls.</summary>
    public static void Apply(FacilityRequest r, Facility f)
    {
        f.Code = r.Code!.Trim();
        f.Name = r.Name!.Trim();
        SectorNames.TryParse(r.Sector, out var sector);
        f.Sector = sector;
        f.Industry = TextChecks.Clean(r.Industry);
        f.ProductionUnit = TextChecks.Clean(r.ProductionUnit);
        f.Province = r.Province!.Trim();
        f.District = TextChecks.Clean(r.District);
        f.Commune = TextChecks.Clean(r.Commune);
        f.Address = TextChecks.Clean(r.Address);
        f.TaxCode = TextChecks.Clean(r.TaxCode);
        f.WeatherStation = TextChecks.Clean(r.WeatherStation);
    }
}
