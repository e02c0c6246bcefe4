using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cordon.Screening.Reporting;

/// <summary>Writes a <see cref="CheckScope"/> as the "scope" object of the JSON contract; a run has one scope, so it is
/// serialised once and copied into every row.</summary>
internal sealed class ScopeJson
{
    private CheckScope? _scope;
    private byte[] _json = [];

    /// <summary>Writes the "scope" property.</summary>
    public void Write(Utf8JsonWriter writer, CheckScope scope)
    {
        writer.WritePropertyName("scope");
        writer.WriteRawValue(Json(scope), skipInputValidation: true);
    }

    /// <summary>The scope object's JSON, UTF-8.</summary>
    public byte[] Json(CheckScope scope)
    {
        if (!ReferenceEquals(scope, _scope))
        {
            _json = Serialise(scope);
            _scope = scope;
        }

        return _json;
    }

    private static byte[] Serialise(CheckScope scope)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("as_of", scope.AsOf.ToString("yyyy-MM-dd"));
            json.WriteStartArray("jurisdictions");
            foreach (var code in scope.Jurisdictions)
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
            json.WriteBoolean("definitions", scope.Definitions);
            json.WriteStartArray("lists");
            foreach (var list in scope.Lists)
            {
                json.WriteStartObject();
                json.WriteString("id", list.Id);
                json.WriteStringOrNull("last_amended", list.LastAmended);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
