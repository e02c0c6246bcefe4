using System.Text.Json;

namespace Cordon.Screening.Reporting;

/// <summary>Small helpers the JSON writers share.</summary>
internal static class JsonWriting
{
    /// <summary>Writes an array of integers (atom indices).</summary>
    public static void WriteIntArray(this Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the fields every finding carries, in both contracts: entry, basis, clause, match, citation, date.</summary>
    public static void WriteFindingFields(this Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteString("jurisdiction", finding.Jurisdiction);
        writer.WriteString("list", finding.List);
        writer.WriteString("substance", finding.Substance);
        writer.WriteString("substance_id", finding.SubstanceId);
        writer.WriteString("basis", ResultNames.Of(finding.Basis));
        writer.WriteString("clause", finding.Clause);
        writer.WriteString("match", finding.Match);
        writer.WriteString("citation", finding.Citation);
        writer.WriteStringOrNull("effective", finding.Effective);
    }

    /// <summary>Writes a string property, or null when the value is null.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
