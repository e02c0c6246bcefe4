namespace Cordon.Contracts;

/// <summary>An error body: what was wrong, naming the input.</summary>
public sealed record Problem(string Error);
