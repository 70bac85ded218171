using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

public class DegreeDaysTests
{
    [Fact]
    public void Degree_days_are_means_over_days_with_a_temperature()
    {
        double[] t = [10, 20, double.NaN, 30];

        // Days with temperatures: 10, 20, 30. HDD(18) = (8 + 0 + 0)/3; CDD(18) = (0 + 2 + 12)/3.
        Assert.Equal(8.0 / 3, DegreeDays.Heating(t, 4, 18), 12);
        Assert.Equal(14.0 / 3, DegreeDays.Cooling(t, 4, 18), 12);
        Assert.Equal(0.75, DegreeDays.Coverage(t, 4));
        Assert.Equal(0.0, DegreeDays.Coverage(null, 30));
    }

    [Fact]
    public void Balance_point_grid_has_41_points_from_10_to_30()
    {
        var grid = BaselineOptions.Default.BalancePointGrid();

        Assert.Equal(41, grid.Length);
        Assert.Equal(10.0, grid[0]);
        Assert.Equal(30.0, grid[^1]);
        Assert.Equal(15.5, grid[11]);
    }
}
