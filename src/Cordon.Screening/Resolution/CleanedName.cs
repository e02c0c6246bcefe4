namespace Cordon.Screening.Resolution;

/// <summary>A name with salt, hydrate and purity words taken off.</summary>
/// <param name="Core">What is left: the substance name.</param>
/// <param name="Removed">The words taken off, in order.</param>
/// <param name="NamesSalt">True when a removed word names a salt form (hydrochloride, citrate…).</param>
public sealed record CleanedName(string Core, IReadOnlyList<string> Removed, bool NamesSalt);
