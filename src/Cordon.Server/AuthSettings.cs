namespace Cordon.Server;

/// <summary>Settings of section "Cordon:Auth": API keys are always on; <see cref="Jwt"/> adds OIDC / JWT bearer tokens.</summary>
public sealed class AuthSettings
{
    /// <summary>JWT bearer tokens from an identity provider; off unless an authority or a signing key is set.</summary>
    public JwtSettings Jwt { get; set; } = new();
}
