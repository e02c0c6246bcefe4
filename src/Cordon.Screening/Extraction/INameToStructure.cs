namespace Cordon.Screening.Extraction;

/// <summary>Reads systematic chemical names as structures (<see cref="OpsinClient"/> is the implementation). Check, screen and
/// curation depend on this, not on the co-process, so any name reader can stand in.</summary>
public interface INameToStructure
{
    /// <summary>True when names can be read now (installed and not failed).</summary>
    bool IsAvailable { get; }

    /// <summary>True when the reader is installed (it may still have failed: see <see cref="IsAvailable"/>).</summary>
    bool IsInstalled { get; }

    /// <summary>SMILES for the name, or null when it cannot be read (or the reader is unavailable).</summary>
    string? ToSmiles(string name);

    /// <summary>SMILES for each name, null where it cannot be read; asked together, answered in order.</summary>
    IReadOnlyList<string?> ToSmiles(IReadOnlyList<string> names);
}
