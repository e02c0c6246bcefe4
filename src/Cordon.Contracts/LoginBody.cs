namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/auth/login</c>: a user name and password, exchanged for a session token.</summary>
public sealed record LoginBody(string Name, string Password);
