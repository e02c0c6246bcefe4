namespace Cordon.DeclarationGenerator;

/// <summary>One line of goods: its description, HS code, unit and the usual range of quantities; <see cref="Suspect"/> marks a
/// controlled or listed precursor (or a vague description of one) that ring rows carry more often; <see cref="Rare"/> marks an
/// ordinary line (a listed precursor in legitimate trade) drawn a fifth as often as its neighbours.</summary>
public sealed record Goods(string Description, string HsCode, string Unit, int Least, int Most, bool Suspect = false, bool Rare = false);
