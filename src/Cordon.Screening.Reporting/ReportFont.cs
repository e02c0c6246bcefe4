using System.Globalization;
using System.Reflection;

namespace Cordon.Screening.Reporting;

/// <summary>The bundled Noto Sans SC (@fontsource/noto-sans-sc 5.3.0, weight 400, SIL Open Font License 1.1), cut by the font
/// package into 97 slices by Unicode range (2.4 MB in all). A report embeds only the slices its own text needs, so Chinese renders
/// on a machine with no CJK font and a report without Chinese carries no font at all.</summary>
internal static class ReportFont
{
    /// <summary>The CSS family name the report's styles fall back to.</summary>
    public const string Family = "Noto Sans SC";

    private const string ResourcePrefix = "Cordon.Screening.Reporting.Fonts.NotoSansSC.";

    private static readonly Lazy<Slices> Loaded = new(Load);

    /// <summary>The slice holding <paramref name="codePoint"/>, or -1 when no slice does.</summary>
    public static int SliceOf(int codePoint)
    {
        var ranges = Loaded.Value.Ranges;
        int low = 0, high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last, slice) = ranges[middle];
            if (codePoint < first)
            {
                high = middle - 1;
            }
            else if (codePoint > last)
            {
                low = middle + 1;
            }
            else
            {
                return slice;
            }
        }

        return -1;
    }

    /// <summary>Writes one @font-face per slice, the font inline as a data: URL with the slice's unicode-range.</summary>
    public static void WriteFaces(TextWriter output, IEnumerable<int> slices)
    {
        var assembly = typeof(ReportFont).Assembly;
        foreach (var slice in slices.Order())
        {
            using var stream = assembly.GetManifestResourceStream($"{ResourcePrefix}{slice.ToString(CultureInfo.InvariantCulture)}.woff2")
                               ?? throw new InvalidOperationException($"the bundled font slice {slice} is missing from {assembly.GetName().Name}");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            output.Write("@font-face { font-family: '");
            output.Write(Family);
            output.Write("'; font-style: normal; font-weight: 400; font-display: block; src: url(data:font/woff2;base64,");
            output.Write(Convert.ToBase64String(bytes.GetBuffer(), 0, (int)bytes.Length));
            output.Write(") format('woff2'); unicode-range: ");
            output.Write(Loaded.Value.Css[slice]);
            output.Write("; }\n");
        }
    }

    private static Slices Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + "ranges.tsv")
                           ?? throw new InvalidOperationException("the bundled font's ranges.tsv is missing");
        using var reader = new StreamReader(stream);
        var ranges = new List<(int First, int Last, int Slice)>();
        var css = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var slice = int.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture);
            css[slice] = line[(tab + 1)..];
            foreach (var range in css[slice].Split(','))
            {
                // "U+4e00" or "U+4e00-4e2f"
                var parts = range.Trim()[2..].Split('-');
                var first = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                ranges.Add((first, parts.Length > 1 ? int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : first, slice));
            }
        }

        return new Slices([.. ranges.OrderBy(r => r.First)], css);
    }

    private sealed record Slices((int First, int Last, int Slice)[] Ranges, Dictionary<int, string> Css);
}
