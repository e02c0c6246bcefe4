namespace Cordon.DeclarationGenerator;

/// <summary>A planted ring: buyers that share the same few suppliers and whose rows carry suspect chemistry more often.</summary>
public sealed record Ring(string Id, IReadOnlyList<Party> Buyers, IReadOnlyList<Party> Suppliers, string Note);
