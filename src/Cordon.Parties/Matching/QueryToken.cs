namespace Cordon.Parties.Matching;

/// <summary>A token of the query: comparable text, raw form, its id in the list's vocabulary (-1 when the list lacks it), weight and class.</summary>
internal readonly record struct QueryToken(string Text, string Raw, int Id, double Weight, TokenClass Class);
