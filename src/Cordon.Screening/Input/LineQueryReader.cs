using Cordon.Screening.Text;

namespace Cordon.Screening.Input;

/// <summary>One query per line; in a .smi file, the SMILES then an optional name after whitespace. Blank lines are not records.</summary>
internal static class LineQueryReader
{
    public static IEnumerable<QueryRecord> Read(BoundedLineReader reader, string source, bool smilesFile)
    {
        using (reader)
        {
            var index = 0;
            while (reader.Read() is { } physical)
            {
                var line = physical.Text;
                var lineNumber = physical.Number;
                if (!physical.Overlong && string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (QueryFileReader.LineProblem(physical, reader.MaxLineChars) is { } problem)
                {
                    yield return new QueryRecord(index++, "", source, lineNumber, null, smilesFile ? InputKind.Smiles : null, problem);
                    continue;
                }

                if (!smilesFile)
                {
                    yield return new QueryRecord(index++, line.Trim(), source, lineNumber);
                    continue;
                }

                var trimmed = line.Trim();
                var split = trimmed.IndexOfAny([' ', '\t']);
                var smiles = split < 0 ? trimmed : trimmed[..split];
                var name = split < 0 ? null : trimmed[(split + 1)..].Trim();
                yield return new QueryRecord(index++, smiles, source, lineNumber, name, InputKind.Smiles);
            }
        }
    }
}
