using System.Text.Json;
using EnergySaving.Api.Common;

namespace EnergySaving.IntegrationTests.Common;

public sealed class ReadableDoubleConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ReadableDoubleConverter() } };

    [Theory]
    [InlineData(1617.8133274000002, "1617.8133274")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(154.3, "154.3")]
    [InlineData(1e-12, "1E-12")]
    [InlineData(double.NaN, "null")]
    [InlineData(12345678901234567890.0, "1.23456789012346E+19")]
    public void Writes_fifteen_significant_digits(double value, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(value, Options));

    [Fact]
    public void Reads_numbers_as_they_are_and_refuses_strings()
    {
        Assert.Equal(0.30000000000000004, JsonSerializer.Deserialize<double>("0.30000000000000004", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<double>("\"NaN\"", Options));
    }
}
