namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/users</c>: a new user of the admin's team.</summary>
/// <param name="Name">Unique user name.</param>
/// <param name="Role">viewer, analyst, supervisor or admin.</param>
/// <param name="Password">Optional: without one the user signs in only with keys an admin issues.</param>
public sealed record UserBody(string Name, string Role, string? Password);
