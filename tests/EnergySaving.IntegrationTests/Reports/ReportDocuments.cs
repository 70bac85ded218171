using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EnergySaving.IntegrationTests.Reports;

/// <summary>Reads a Word document back with OpenXML, and renders its first page through LibreOffice when installed.</summary>
public sealed record ReadBack(IReadOnlyList<string> Headings, string Text, int Images, IReadOnlyList<IReadOnlyList<string>> FirstColumnAndRows)
{
    /// <summary>Opens the document, checks it against the OpenXML schema (what Word would refuse), and reads it back.</summary>
    public static ReadBack Of(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var problems = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var body = doc.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1")
            .Select(p => p.InnerText).ToList();
        var rows = body.Descendants<TableRow>().Select(r => (IReadOnlyList<string>)r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        var images = doc.MainDocumentPart.ImageParts.Count(p => p.ContentType == "image/png");
        var drawings = body.Descendants<Drawing>().Count();
        return new ReadBack(headings, string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText)), Math.Min(images, drawings), rows);
    }

    /// <summary>
    /// The first page as PNG under artifacts/screenshots/, via <c>libreoffice --headless --convert-to pdf</c> and
    /// <c>pdftoppm</c>; false (nothing rendered) when either tool is missing on this machine.
    /// </summary>
    public static async Task<bool> RenderFirstPageAsync(byte[] docx, string repositoryRoot, string name)
    {
        var office = Which("libreoffice") ?? Which("soffice");
        var pdftoppm = Which("pdftoppm");
        if (office is null || pdftoppm is null) return false;
        var dir = Directory.CreateTempSubdirectory("report-render-").FullName;
        try
        {
            var input = Path.Combine(dir, name + ".docx");
            await File.WriteAllBytesAsync(input, docx);
            await RunAsync(office, $"--headless --convert-to pdf --outdir \"{dir}\" \"{input}\"");
            var shots = Path.Combine(repositoryRoot, "artifacts", "screenshots");
            Directory.CreateDirectory(shots);
            await RunAsync(pdftoppm, $"-png -r 80 -f 1 -l 1 -singlefile \"{Path.Combine(dir, name + ".pdf")}\" \"{Path.Combine(shots, name)}\"");
            return File.Exists(Path.Combine(shots, name + ".png"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static async Task RunAsync(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(cts.Token);
        Assert.True(p.ExitCode == 0, $"{file} {args}: {await p.StandardError.ReadToEndAsync()}");
    }
}
