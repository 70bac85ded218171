namespace EnergySaving.UnitTests.Energy;

internal static class ToeAssert
{
    /// <summary>Equal up to floating-point noise (relative 1e-12).</summary>
    public static void Close(double expected, double actual)
    {
        var tolerance = 1e-12 * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
