using System.Text.Json;
using Cordon.Text;

namespace Cordon.DeclarationGenerator.Tests;

/// <summary>One generated set, made once for the tests: the CSV text, its rows split into cells, the truth parsed.</summary>
internal sealed class Generated
{
    // The real snapshot beside the repository, found as the generator finds it when --sdn is not given.
    public static readonly string SdnFolder = Designee.Locate(null);

    private static readonly Lazy<Generated> Default = new(() => Make(3000, 13));

    public static Generated Seed13 => Default.Value;

    public required string Csv { get; init; }

    public required byte[] Truth { get; init; }

    public required List<List<string>> Rows { get; init; }

    public required string[] Header { get; init; }

    public required JsonDocument Json { get; init; }

    public required Cast Cast { get; init; }

    public static Generated Make(int rows, int seed)
    {
        var options = new GeneratorOptions(rows, seed, new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 30), SdnFolder, "26325");
        using var csv = new StringWriter();
        using var truth = new MemoryStream();
        var cast = DeclarationSet.Write(options, csv, truth);
        var text = csv.ToString();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new Generated
        {
            Csv = text,
            Truth = truth.ToArray(),
            Header = lines[0].Split(','),
            Rows = lines.Skip(1).Select(l => CsvLine.Split(l) ?? throw new InvalidDataException("unclosed quote: " + l)).ToList(),
            Json = JsonDocument.Parse(truth.ToArray()),
            Cast = cast,
        };
    }

    public string Cell(List<string> row, string column) => row[Array.IndexOf(Header, column)];

    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
