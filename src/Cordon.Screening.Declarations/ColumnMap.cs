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
        (DeclarationField.ShipperCountry, ["shipper country", "exporter country", "seller country", "supplier country", "pais del exportador", "pais del remitente"]),
        (DeclarationField.ConsigneeCountry, ["consignee country", "importer country", "buyer country", "pais del importador", "pais del destinatario"]),
        (DeclarationField.NotifyCountry, ["notify country", "notify party country"]),
        (DeclarationField.ShipperAddress, ["shipper address", "exporter address", "seller address", "supplier address", "direccion del exportador", "domicilio del exportador", "发货人地址"]),
        (DeclarationField.ConsigneeAddress, ["consignee address", "importer address", "buyer address", "direccion del importador", "domicilio del importador", "收货人地址"]),
        (DeclarationField.NotifyAddress, ["notify address", "notify party address"]),
        (DeclarationField.Date, ["date", "shipment date", "ship date", "arrival date", "declaration date", "entry date", "bill of lading date", "fecha",
            "fecha de pedimento", "fecha de entrada", "fecha de embarque", "日期", "申报日期"]),
        (DeclarationField.ShipperContact, ["shipper contact", "shipper phone", "shipper telephone", "shipper email", "shipper e mail", "shipper website",
            "exporter contact", "exporter phone", "exporter email", "supplier contact", "contacto del exportador", "telefono del exportador",
            "correo del exportador", "发货人电话", "发货人联系方式"]),
        (DeclarationField.ConsigneeContact, ["consignee contact", "consignee phone", "consignee telephone", "consignee email", "consignee e mail",
            "consignee website", "importer contact", "importer phone", "importer email", "buyer contact", "contacto del importador",
            "telefono del importador", "correo del importador", "收货人电话", "收货人联系方式"]),
        (DeclarationField.NotifyContact, ["notify contact", "notify phone", "notify email", "notify party contact"]),
    ];

    private readonly Dictionary<DeclarationField, List<int>> _columnsOf = [];
    private readonly string[] _headers;

    private ColumnMap(string[] headers) => _headers = headers;

    /// <summary>Headers as read; a repeated header is told apart by its position ("description (column 4)").</summary>
    public IReadOnlyList<string> Headers => _headers;

    /// <summary>The column indexes holding each field, in file order (several columns may hold one field).</summary>
    public IReadOnlyDictionary<DeclarationField, List<int>> Columns => _columnsOf;

    /// <summary>Maps headers to fields; <paramref name="overrides"/> ("COLUMN=FIELD") win over detection.</summary>
    /// <exception cref="ArgumentException">An override names a column or field that does not exist.</exception>
    public static ColumnMap Detect(IReadOnlyList<string> headers, IReadOnlyList<string>? overrides = null)
    {
        var map = new ColumnMap(Distinct(headers));
        var field = new DeclarationField?[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Key(headers[i]);
            foreach (var (known, names) in Known)
            {
                if (names.Any(n => Key(n) == key))
                {
                    field[i] = known;
                    break;
                }
            }
        }

        foreach (var entry in overrides ?? [])
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
            {
                throw new ArgumentException($"--map '{entry}': expected COLUMN=FIELD");
            }

            var matching = Enumerable.Range(0, headers.Count)
                .Where(i => string.Equals(headers[i].Trim(), parts[0].Trim(), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(map._headers[i], parts[0].Trim(), StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (matching.Count == 0)
            {
                throw new ArgumentException($"--map '{entry}': no column named '{parts[0]}' (columns: {string.Join(", ", map._headers)})");
            }

            if (FieldOf(parts[1]) is not { } mapped)
            {
                throw new ArgumentException($"--map '{entry}': unknown field '{parts[1]}' (fields: {string.Join(", ", FieldNames)})");
            }

            foreach (var i in matching)
            {
                field[i] = mapped;
            }
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (field[i] is { } f)
            {
                if (!map._columnsOf.TryGetValue(f, out var list))
                {
                    map._columnsOf[f] = list = [];
                }

                list.Add(i);
            }
        }

        return map;
    }

    /// <summary>The field names --map accepts.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Enum.GetNames<DeclarationField>().Select(n => n.ToLowerInvariant()).ToList();

    /// <summary>Whether --map accepts <paramref name="name"/> as a field ("hs_code", "HsCode" and "hscode" alike).</summary>
    public static bool IsField(string name) => FieldOf(name) is not null;

    private static DeclarationField? FieldOf(string name)
    {
        var key = name.Trim().Replace("_", "").Replace("-", "").Replace(" ", "").ToLowerInvariant();
        return FieldNames.Contains(key) ? Enum.Parse<DeclarationField>(key, ignoreCase: true) : null;
    }

    /// <summary>The header of the first column holding a field, or null.</summary>
    public string? HeaderOf(DeclarationField field) => _columnsOf.TryGetValue(field, out var list) ? _headers[list[0]] : null;

    /// <summary>The headers of every column holding a field, in file order.</summary>
    public IReadOnlyList<string> HeadersOf(DeclarationField field) => _columnsOf.TryGetValue(field, out var list) ? list.Select(i => _headers[i]).ToList() : [];

    /// <summary>Builds a record from one row's values.</summary>
    public DeclarationRecord Record(int row, int line, IReadOnlyList<string> values)
    {
        var fields = new Dictionary<DeclarationField, string>();
        foreach (var (field, indexes) in _columnsOf)
        {
            // The indexer gives the first non-empty column; DeclarationRecord.All gives every one.
            var first = indexes.Where(i => i < values.Count).Select(i => values[i].Trim()).FirstOrDefault(v => v.Length > 0);
            if (first is not null)
            {
                fields[field] = first;
            }
        }

        // Every headed column, then only the non-empty cells past the header: one cell far to the right (XFD) must not echo 16,000 empty columns.
        var columns = new List<KeyValuePair<string, string>>(_headers.Length);
        for (var i = 0; i < Math.Max(_headers.Length, values.Count); i++)
        {
            if (i < _headers.Length)
            {
                columns.Add(new(_headers[i], i < values.Count ? values[i] : ""));
            }
            else if (values[i].Length > 0)
            {
                columns.Add(new($"column {i + 1}", values[i]));
            }
        }

        var surplus = values.Skip(_headers.Length).Count(v => v.Trim().Length > 0);
        return new DeclarationRecord(row, line, fields, columns) { Map = this, SurplusFields = surplus };
    }

    // A repeated (or blank) header would make two columns one key in the output: the later ones carry their position.
    private static string[] Distinct(IReadOnlyList<string> headers)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            result[i] = header.Length == 0 ? $"column {i + 1}" : seen.Contains(header) ? $"{header} (column {i + 1})" : header;
            seen.Add(result[i]);
        }

        return result;
    }

    // Header comparison ignores case, accents, punctuation and spacing, as names do: "Descripción de la mercancía" = "descripcion de la mercancia".
    private static string Key(string header) => Regulation.NameKey.From(header);
}
