namespace Cordon.Regulation;

/// <summary>Where the law says it: the section of the consolidated text, the instrument that made it law, and the
/// instrument at its official publisher.</summary>
/// <param name="Section">The place in the consolidated text, e.g. "21 CFR 1308.11(b)(3)".</param>
/// <param name="Instrument">The official instrument: a Federal Register document, a CND decision, an Official Journal act,
/// a State Council notice, a Canada Gazette order, a Diario Oficial issue. Empty only in rules files not yet migrated
/// (a <c>kb validate</c> warning).</param>
/// <param name="Url">The instrument (or the consolidated text) at its official publisher; empty when not migrated.</param>
public sealed record Citation(string Section, string Instrument, string Url)
{
    /// <summary>Free text of a rules file written before citations were structured; null once migrated.</summary>
    public string? LegacySource { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        if (LegacySource is not null)
        {
            return $"{Section}; {LegacySource}";
        }

        var text = Instrument.Length > 0 ? $"{Section}; {Instrument}" : Section;
        return Url.Length > 0 ? $"{text}: {Url}" : text;
    }
}
