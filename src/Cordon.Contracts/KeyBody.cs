namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/keys</c>: an API key for a machine client.</summary>
/// <param name="Label">What it is for.</param>
/// <param name="Role">Its role: at most its user's.</param>
/// <param name="UserId">The user it acts for; the caller when absent.</param>
/// <param name="ExpiresInDays">Days until it expires; never when absent.</param>
public sealed record KeyBody(string Label, string Role, long? UserId, int? ExpiresInDays);
