using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EnergySaving.Core.Energy;

/// <summary>The energy carriers and their TOE factors, as loaded from <c>seed-data/energy-carriers.csv</c>.</summary>
public sealed class CarrierCatalog
{
    public const string Header = "code,name,name_vi,dimension,per_quantity,per_unit,toe,min_toe,max_toe,valid_from,source";

    private static readonly string[] Columns = Header.Split(',');

    private readonly Dictionary<string, EnergyCarrier> byCode;

    public CarrierCatalog(IEnumerable<EnergyCarrier> carriers)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        Carriers = carriers.ToList();
        byCode = Carriers.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Carriers in file order.</summary>
    public IReadOnlyList<EnergyCarrier> Carriers { get; }

    public IReadOnlyList<string> Codes => Carriers.Select(c => c.Code).ToList();

    /// <summary>Finds a carrier by its exact (ordinal) code.</summary>
    public bool TryGet(string? code, [NotNullWhen(true)] out EnergyCarrier? carrier)
    {
        carrier = null;
        return code is not null && byCode.TryGetValue(code, out carrier);
    }

    /// <summary>
    /// Parses the CSV (header required, UTF-8 text, invariant culture numbers, dates <c>yyyy-MM-dd</c>).
    /// Throws <see cref="CarrierCatalogFormatException"/> naming the line of the first problem.
    /// </summary>
    public static CarrierCatalog Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header is null)
        {
            throw new CarrierCatalogFormatException(0, "the file is empty");
        }

        if (header.TrimEnd() != Header)
        {
            throw new CarrierCatalogFormatException(1, $"the header must be '{Header}'");
        }

        var rows = new List<(int Line, string Name, string NameVi, ConversionFactor Factor)>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(ParseRow(line, lineNumber));
        }

        if (rows.Count == 0)
        {
            throw new CarrierCatalogFormatException(0, "no carriers");
        }

        return new CarrierCatalog(Group(rows));
    }

    private static List<EnergyCarrier> Group(List<(int Line, string Name, string NameVi, ConversionFactor Factor)> rows)
    {
        var carriers = new List<EnergyCarrier>();
        foreach (var group in rows.GroupBy(r => r.Factor.CarrierCode, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var row in group)
            {
                if (row.Name != first.Name || row.NameVi != first.NameVi)
                {
                    throw new CarrierCatalogFormatException(row.Line,
                        $"carrier '{group.Key}' is named differently than on line {first.Line}");
                }
            }

            var duplicate = group
                .GroupBy(r => (r.Factor.Dimension, r.Factor.ValidFrom))
                .FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CarrierCatalogFormatException(duplicate.Skip(1).First().Line, FormattableString.Invariant(
                    $"carrier '{group.Key}' has two {duplicate.Key.Dimension.ToString().ToLowerInvariant()} factors valid from {duplicate.Key.ValidFrom:yyyy-MM-dd}"));
            }

            carriers.Add(new EnergyCarrier(group.Key, first.Name, first.NameVi, group.Select(r => r.Factor).ToList()));
        }

        return carriers;
    }

    private static (int Line, string Name, string NameVi, ConversionFactor Factor) ParseRow(string line, int lineNumber)
    {
        var fields = CsvLine.Split(line, out var csvError)
            ?? throw new CarrierCatalogFormatException(lineNumber, csvError!);
        if (fields.Count != Columns.Length)
        {
            throw new CarrierCatalogFormatException(lineNumber, $"expected {Columns.Length} fields, found {fields.Count}");
        }

        string Field(string column) => fields[Array.IndexOf(Columns, column)].Trim();

        string Required(string column)
        {
            var value = Field(column);
            return value.Length > 0 ? value : throw new CarrierCatalogFormatException(lineNumber, $"{column} is empty");
        }

        double Number(string column)
        {
            var text = Required(column);
            return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new CarrierCatalogFormatException(lineNumber, $"{column} '{text}' is not a number (use '.' for decimals)");
        }

        double? OptionalNumber(string column) => Field(column).Length == 0 ? null : Number(column);

        var code = Required("code");
        if (!code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new CarrierCatalogFormatException(lineNumber, $"code '{code}' must be lowercase letters, digits and '-'");
        }

        var dimensionText = Required("dimension");
        var dimension = dimensionText switch
        {
            "energy" => EnergyDimension.Energy,
            "mass" => EnergyDimension.Mass,
            "volume" => EnergyDimension.Volume,
            _ => throw new CarrierCatalogFormatException(lineNumber, $"dimension '{dimensionText}' must be energy, mass or volume"),
        };

        var validFromText = Required("valid_from");
        if (!DateOnly.TryParseExact(validFromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validFrom))
        {
            throw new CarrierCatalogFormatException(lineNumber, $"valid_from '{validFromText}' is not a date yyyy-MM-dd");
        }

        var factor = new ConversionFactor(code, dimension, Number("per_quantity"), Required("per_unit"), Number("toe"),
            OptionalNumber("min_toe"), OptionalNumber("max_toe"), validFrom, Required("source"));
        if (factor.Problem() is { } problem)
        {
            throw new CarrierCatalogFormatException(lineNumber, problem);
        }

        return (lineNumber, Required("name"), Required("name_vi"), factor);
    }
}
