using ScottPlot;

namespace EnergySaving.Api.Reports;

/// <summary>Bar charts drawn on the server as PNG (ScottPlot); the font is chosen for the labels' characters (Vietnamese).</summary>
public static class ReportCharts
{
    public const int Width = 900;
    public const int Height = 450;

    public static byte[] Bars(string title, string yLabel, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        var items = bars.Select((b, i) => new Bar { Position = i, Value = b.Value, FillColor = Colors.SteelBlue, Label = b.Value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) }).ToList();
        var series = plot.Add.Bars(items);
        series.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(bars.Select((_, i) => (double)i).ToArray(), bars.Select(b => b.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Font.Automatic();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Two series side by side per category (e.g. expected and actual TOE by month).</summary>
    public static byte[] Paired(string title, string yLabel, IReadOnlyList<string> labels, string nameA, double[] a, string nameB, double[] b)
    {
        var plot = new Plot();
        var barsA = labels.Select((_, i) => new Bar { Position = (i * 3) + 0, Value = a[i], FillColor = Colors.Gray }).ToList();
        var barsB = labels.Select((_, i) => new Bar { Position = (i * 3) + 1, Value = b[i], FillColor = Colors.SteelBlue }).ToList();
        var sa = plot.Add.Bars(barsA);
        sa.LegendText = nameA;
        var sb = plot.Add.Bars(barsB);
        sb.LegendText = nameB;
        plot.Axes.Bottom.SetTicks(labels.Select((_, i) => (i * 3) + 0.5).ToArray(), labels.ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Font.Automatic();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
