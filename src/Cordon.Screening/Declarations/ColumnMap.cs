namespace Cordon.Screening.Declarations;

/// <summary>Which column holds which field: detected from header names in English and Spanish, overridden by --map.</summary>
public sealed class ColumnMap
{
    private static readonly (DeclarationField Field, string[] Names)[] Known =
    [
        (DeclarationField.Id, ["declaration id", "declaration", "declaration no", "declaration number", "entry", "entry number", "id", "reference",
            "pedimento", "numero de pedimento", "folio", "declaracion"]),
        (DeclarationField.Description, ["description", "goods description", "description of goods", "goods", "commodity", "product", "item description",
            "descripcion", "descripcion de la mercancia", "mercancia", "producto", "品名", "货物描述", "商品名称"]),
        (DeclarationField.HsCode, ["hs code", "hs", "hts", "hts code", "tariff code", "commodity code", "fraccion arancelaria", "fraccion", "codigo arancelario",
            "税号", "商品编码"]),
        (DeclarationField.Cas, ["cas", "cas no", "cas number", "cas rn", "numero cas"]),
        (DeclarationField.Quantity, ["quantity", "qty", "weight", "net weight", "gross weight", "cantidad", "peso", "peso neto", "数量", "重量"]),
        (DeclarationField.Shipper, ["shipper", "exporter", "seller", "supplier", "exportador", "remitente", "proveedor", "发货人"]),
        (DeclarationField.Consignee, ["consignee", "importer", "buyer", "importador", "consignatario", "destinatario", "收货人"]),
        (DeclarationField.NotifyParty, ["notify party", "notify", "parte a notificar", "notificar a"]),
        (DeclarationField.Origin, ["origin", "country of origin", "origen", "pais de origen", "原产国"]),
        (DeclarationField.Destination, ["destination", "country of destination", "destino", "pais de destino"]),
        (DeclarationField.PortOfLoading, ["port of loading", "loading port", "pol", "puerto de embarque", "puerto de carga"]),
        (DeclarationField.PortOfDischarge, ["port of discharge", "discharge port", "pod", "puerto de descarga", "puerto de destino"]),
    ];

    private readonly Dictionary<DeclarationField, int> _columnOf = [];
    private readonly string[] _headers;

    private ColumnMap(string[] headers) => _headers = headers;

    /// <summary>Headers as read.</summary>
    public IReadOnlyList<string> Headers => _headers;

    /// <summary>Field of each column index, for the columns that hold one.</summary>
    public IReadOnlyDictionary<DeclarationField, int> Columns => _columnOf;

    /// <summary>Maps headers to fields; <paramref name="overrides"/> ("COLUMN=FIELD") win over detection.</summary>
    /// <exception cref="ArgumentException">An override names a column or field that does not exist.</exception>
    public static ColumnMap Detect(IReadOnlyList<string> headers, IReadOnlyList<string>? overrides = null)
    {
        var map = new ColumnMap([.. headers]);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Key(headers[i]);
            foreach (var (field, names) in Known)
            {
                if (!map._columnOf.ContainsKey(field) && names.Any(n => Key(n) == key))
                {
                    map._columnOf[field] = i;
                    break;
                }
            }
        }

        foreach (var entry in overrides ?? [])
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2)
            {
                throw new ArgumentException($"--map '{entry}': expected COLUMN=FIELD");
            }

            var column = Array.FindIndex(map._headers, h => string.Equals(h.Trim(), parts[0].Trim(), StringComparison.OrdinalIgnoreCase));
            if (column < 0)
            {
                throw new ArgumentException($"--map '{entry}': no column named '{parts[0]}' (columns: {string.Join(", ", headers)})");
            }

            if (!Enum.TryParse<DeclarationField>(parts[1].Replace("_", "").Replace("-", ""), ignoreCase: true, out var field))
            {
                throw new ArgumentException($"--map '{entry}': unknown field '{parts[1]}' (fields: {string.Join(", ", Enum.GetNames<DeclarationField>())})");
            }

            foreach (var stale in map._columnOf.Where(p => p.Value == column).Select(p => p.Key).ToList())
            {
                map._columnOf.Remove(stale);
            }

            map._columnOf[field] = column;
        }

        return map;
    }

    /// <summary>The header of the column holding a field, or null.</summary>
    public string? HeaderOf(DeclarationField field) => _columnOf.TryGetValue(field, out var i) ? _headers[i] : null;

    /// <summary>Builds a record from one row's values.</summary>
    public DeclarationRecord Record(int row, int line, IReadOnlyList<string> values)
    {
        var fields = new Dictionary<DeclarationField, string>();
        foreach (var (field, index) in _columnOf)
        {
            if (index < values.Count)
            {
                fields[field] = values[index].Trim();
            }
        }

        var columns = new KeyValuePair<string, string>[Math.Max(_headers.Length, values.Count)];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = new(i < _headers.Length ? _headers[i] : $"column {i + 1}", i < values.Count ? values[i] : "");
        }

        return new DeclarationRecord(row, line, fields, columns) { Map = this };
    }

    // Header comparison ignores case, accents, punctuation and spacing, as names do: "Descripción de la mercancía" = "descripcion de la mercancia".
    private static string Key(string header) => Regulation.NameKey.From(header);
}
