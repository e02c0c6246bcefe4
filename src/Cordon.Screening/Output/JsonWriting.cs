using System.Text.Json;

namespace Cordon.Screening.Output;

/// <summary>Small helpers the JSON writers share.</summary>
internal static class JsonWriting
{
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
