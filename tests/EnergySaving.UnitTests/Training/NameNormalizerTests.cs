using System.Globalization;
using System.Text;
using EnergySaving.Core.Training;

namespace EnergySaving.UnitTests.Training;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyễn  văn an")]
    [InlineData("Nguyễn Văn An", "  NGUYỄN VĂN AN  ")]
    [InlineData("Nguyễn Văn An", "Nguyễn\tVăn\u00A0An")]
    [InlineData("Đặng Thanh Ngọc", "đặng thanh ngọc")]
    [InlineData("Trịnh Thành Cường", "TRỊNH THÀNH CƯỜNG")]
    public void Same_person_despite_spacing_and_case(string a, string b) => Assert.True(NameNormalizer.SamePerson(a, b));

    [Theory]
    [InlineData("Nguyễn Văn An", "Nguyen Van An")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn Ân")]
    [InlineData("Đặng Thanh Ngọc", "Dặng Thanh Ngọc")]
    [InlineData("Lê Thị Hà", "Lê Thị Hạ")]
    [InlineData("Nguyễn Văn An", "Nguyễn VănAn")]
    public void Diacritics_and_word_breaks_make_a_different_person(string a, string b) => Assert.False(NameNormalizer.SamePerson(a, b));

    [Fact]
    public void Decomposed_input_equals_composed_input()
    {
        var composed = "Nguyễn Văn An";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.True(NameNormalizer.SamePerson(composed, decomposed));
        Assert.Equal(composed, NameNormalizer.Clean(decomposed));
        Assert.Equal(NameNormalizer.Key(composed), NameNormalizer.Key(decomposed));
    }

    [Fact]
    public void Clean_keeps_case_and_collapses_whitespace()
    {
        Assert.Equal("Nguyễn Văn An", NameNormalizer.Clean("  Nguyễn \r\n  Văn   An "));
        Assert.Equal("", NameNormalizer.Clean("   "));
        Assert.Equal("nguyễn văn an", NameNormalizer.Key("  Nguyễn   Văn An"));
    }

    [Theory]
    [InlineData("tr-TR")] // dotted and dotless i
    [InlineData("vi-VN")]
    public void Key_does_not_depend_on_the_current_culture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("linh", NameNormalizer.Key("LINH"));
            Assert.Equal("đinh thị linh", NameNormalizer.Key("ĐINH THỊ LINH"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
