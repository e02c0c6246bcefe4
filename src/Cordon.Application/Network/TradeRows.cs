using Cordon.Network;
using Cordon.Screening.Declarations;
using Cordon.Storage;

namespace Cordon.Application.Network;

/// <summary>Screened declarations as the supplier network reads them: from a result just screened, or from a stored case row
/// (its declaration as read, kept with the row). Names and contact texts are pooled: a million rows name a few thousand parties.
/// Safe to call from several threads.</summary>
public sealed class TradeRows
{
    // Concurrent: stored rows are read on several threads at once (NetworkService).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    /// <summary>A screened row; <paramref name="key"/> says where it came from ("file:line" or a row id).</summary>
    public TradeRow From(DeclarationResult result, string key)
    {
        var record = result.Record;
        return new TradeRow
        {
            Key = key, DeclarationId = record[DeclarationField.Id], Date = DeclarationParties.Date(record), HsCode = Pooled(record[DeclarationField.HsCode]),
            Status = result.Status.ToString().ToLowerInvariant(), Risk = result.Risk.ToString().ToLowerInvariant(), Score = result.Score,
            Shipper = Party(record, PartyRole.Shipper), Consignee = Party(record, PartyRole.Consignee), NotifyParty = Party(record, PartyRole.NotifyParty),
        };
    }

    /// <summary>A stored row: its declaration when the row kept it, else the queue's columns (no dates or contact details).</summary>
    public TradeRow From(CaseRow row)
    {
        var record = row.Record is null ? null : Stored(row.Record);
        var key = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (record is null)
        {
            return new TradeRow
            {
                Key = key, HsCode = Pooled(row.HsCode), Status = row.Status, Risk = row.Risk, Score = row.Score,
                Shipper = row.Shipper is { } s ? new TradeParty(Pooled(s)!) : null, Consignee = row.Consignee is { } c ? new TradeParty(Pooled(c)!) : null,
                NotifyParty = row.NotifyParty is { } n ? new TradeParty(Pooled(n)!) : null,
            };
        }

        return new TradeRow
        {
            Key = key, DeclarationId = record[DeclarationField.Id], Date = DeclarationParties.Date(record), HsCode = Pooled(record[DeclarationField.HsCode]),
            Status = row.Status, Risk = row.Risk, Score = row.Score,
            Shipper = Party(record, PartyRole.Shipper), Consignee = Party(record, PartyRole.Consignee), NotifyParty = Party(record, PartyRole.NotifyParty),
        };
    }

    // The declaration a row kept (StoredDeclaration's JSON: headers, values, and which columns hold which field), read straight
    // into its fields: no column detection per row, which a million rows would pay a million times. A field held by several
    // columns (two contact columns) keeps them all; an unreadable record is read as none.
    private static DeclarationRecord? Stored(string json)
    {
        try
        {
            var stored = System.Text.Json.JsonSerializer.Deserialize<StoredShape>(json);
            if (stored?.Values is null || stored.Fields is null)
            {
                return null;
            }

            var fields = new Dictionary<DeclarationField, string>();
            foreach (var (name, columns) in stored.Fields)
            {
                if (Enum.TryParse<DeclarationField>(name, out var field))
                {
                    var values = columns.Where(i => i >= 0 && i < stored.Values.Count).Select(i => stored.Values[i].Trim()).Where(v => v.Length > 0).ToList();
                    if (values.Count > 0)
                    {
                        fields[field] = string.Join("; ", values);
                    }
                }
            }

            return new DeclarationRecord(stored.Row, stored.Line, fields, []);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record StoredShape(int Row, int Line, IReadOnlyList<string>? Values, IReadOnlyDictionary<string, List<int>>? Fields);

    private TradeParty? Party(DeclarationRecord record, PartyRole role) =>
        DeclarationParties.Of(record, role) is { } p
            ? p with { Name = Pooled(p.Name)!, Address = Pooled(p.Address), Contact = Pooled(p.Contact), Country = Pooled(p.Country) }
            : null;

    private string? Pooled(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        // The pool is bounded so a file of all-distinct texts costs no more than the rows themselves (Count is only a guide
        // under concurrency, which is all a bound on memory needs).
        return _pool.Count < 1_000_000 ? _pool.GetOrAdd(text, text) : text;
    }
}
