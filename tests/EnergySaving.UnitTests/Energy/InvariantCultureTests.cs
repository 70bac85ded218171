using System.Globalization;
using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

/// <summary>Nothing depends on the current culture (vi-VN and de-DE use ',' as the decimal separator).</summary>
public class InvariantCultureTests
{
    [Theory]
    [InlineData("vi-VN")]
    [InlineData("de-DE")]
    [InlineData("th-TH")] // Buddhist calendar
    public void Conversion_and_loading_give_the_same_results_under_any_culture(string culture)
    {
        var csv = File.ReadAllText(SeedCatalog.CsvPath);
        var (original, originalUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var catalog = CarrierCatalog.Load(new StringReader(csv));
            Assert.True(catalog.TryGet("diesel", out var diesel));
            Assert.True(catalog.TryGet("electricity", out var electricity));
            Assert.True(catalog.TryGet("coke", out var coke));
            var month = new DateOnly(2024, 3, 1);

            ToeAssert.Close(2.2, ToeConverter.Convert(diesel, month, 2.5, "m³").Toe);
            ToeAssert.Close(154.3, ToeConverter.Convert(electricity, month, 1_000_000, "kWh").Toe);
            ToeAssert.Close(0.3086, ToeConverter.Convert(electricity, month, 2, "MWh").Toe);
            var outOfRange = ToeConverter.Convert(coke, month, 1, "t", 0.8).ErrorMessage!;
            Assert.Equal((0.7, 0.75), ((double)outOfRange["min"]!, (double)outOfRange["max"]!));
            Assert.Equal("2011-04", ToeConverter.Convert(coke, new DateOnly(2011, 4, 1), 1, "t").ErrorMessage!["month"]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (original, originalUi);
        }
    }
}
