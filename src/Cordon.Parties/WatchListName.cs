namespace Cordon.Parties;

/// <summary>One name of a watch-list entry: its primary name, an alias (a.k.a., f.k.a., n.k.a.), or a weak alias from remarks.</summary>
public sealed record WatchListName(string Name, string Kind);
