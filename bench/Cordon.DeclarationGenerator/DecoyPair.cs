namespace Cordon.DeclarationGenerator;

/// <summary>Two distinct companies with similar names that resolution must keep apart.</summary>
public sealed record DecoyPair(string First, string Second, string Why);
