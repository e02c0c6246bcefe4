namespace Cordon.Parties.Matching;

/// <summary>One named feature of the scoring model: its weight and what it means (rules/parties/party-model.json).</summary>
public sealed record PartyFeature(string Name, double Weight, string Explains);
