namespace Cordon.DeclarationGenerator;

/// <summary>What to generate: how many rows, from which seed, over which dates, linked to which SDN entry.</summary>
public sealed record GeneratorOptions(int Rows, int Seed, DateOnly From, DateOnly To, string SdnFolder, string SdnUid);
