using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace EnergySaving.Api.Reports;

/// <summary>A small writer of Word documents (OpenXML): styled headings, paragraphs, bordered tables and PNG pictures.</summary>
public sealed class WordDocument : IDisposable
{
    private const string Font = "Times New Roman";
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _doc;
    private readonly Body _body;
    private uint _pictures;

    public WordDocument()
    {
        _doc = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunProperties(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "26" }, new Languages { Val = "vi-VN" }))),
            Style("Normal", "Normal", null, null),
            Style("Title", "Title", "36", "1F3864"),
            Style("Heading1", "heading 1", "30", "1F3864", outline: 0),
            Style("Heading2", "heading 2", "26", "2E74B5", outline: 1));
    }

    private static Style Style(string id, string name, string? size, string? color, int? outline = null)
    {
        var run = new StyleRunProperties();
        if (size is not null) { run.Append(new Bold()); run.Append(new Color { Val = color }); run.Append(new FontSize { Val = size }); }
        var para = new StyleParagraphProperties(new SpacingBetweenLines { Before = size is null ? "0" : "240", After = "120" });
        if (outline is { } level) para.Append(new OutlineLevel { Val = level });
        return new Style(new StyleName { Val = name }, new PrimaryStyle(), para, run) { Type = StyleValues.Paragraph, StyleId = id };
    }

    public void Title(string text) => _body.Append(Para(text, "Title", JustificationValues.Center));
    public void Heading(string text, int level = 1) => _body.Append(Para(text, level == 1 ? "Heading1" : "Heading2", null));
    public void Paragraph(string text, bool italic = false) => _body.Append(Para(text, null, null, italic));

    private static Paragraph Para(string text, string? style, JustificationValues? justify, bool italic = false)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (justify is { } j) props.Append(new Justification { Val = j });
        var runProps = new RunProperties();
        if (italic) runProps.Append(new Italic());
        return new Paragraph(props, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A table with a bold, shaded header row; numbers are given already formatted.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        // Element order matters to Word (the OpenXML schema): tblW before tblBorders; top, left, bottom, right, insides.
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, borders),
            new TableGrid(header.Select(_ => new GridColumn { Width = (9000 / header.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(header, header: true));
        foreach (var r in rows) table.Append(Row(r, header: false));
        _body.Append(table);
        _body.Append(new Paragraph());
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var c in cells)
        {
            var cellProps = new TableCellProperties();
            if (header) cellProps.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "D9E2F3" });
            var runProps = new RunProperties();
            if (header) runProps.Append(new Bold());
            runProps.Append(new FontSize { Val = "22" });
            row.Append(new TableCell(cellProps, new Paragraph(new Run(runProps, new Text(c) { Space = SpaceProcessingModeValues.Preserve }))));
        }
        return row;
    }

    /// <summary>A PNG picture on its own line, <paramref name="widthCm"/> wide, keeping the picture's aspect ratio.</summary>
    public void Picture(byte[] png, int pixelWidth, int pixelHeight, string name, double widthCm = 16)
    {
        var main = _doc.MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var ms = new MemoryStream(png)) part.FeedData(ms);
        var relId = main.GetIdOfPart(part);
        var id = ++_pictures;
        long cx = (long)(widthCm * 360000);
        long cy = cx * pixelHeight / pixelWidth;
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        _body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline))));
    }

    private bool _closed;

    public byte[] ToArray()
    {
        _closed = true;
        _body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
        _doc.MainDocumentPart!.Document.Save();
        _doc.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        if (!_closed) _doc.Dispose();
        _stream.Dispose();
    }
}
