using Cordon.Storage;

namespace Cordon.Application;

/// <summary>A watch list imported into the case store, and the lines of the file that could not be read (skipped, with file and line).</summary>
public sealed record ListImportOutcome(StoredWatchList List, IReadOnlyList<string> Skipped);
