namespace Cordon.Server;

/// <summary>Settings of section "Cordon:Auth:Jwt": where tokens come from (an OIDC authority, whose discovery document gives
/// the keys, or a shared signing key) and which claims carry the caller's name, role and team.</summary>
public sealed class JwtSettings
{
    /// <summary>The OIDC issuer URL ("https://login.example.org/realms/cordon"); its signing keys are read from discovery.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's discovery document and keys must be fetched over https (the default); false only for a
    /// local identity provider on http (development, tests): keys fetched over plain http can be swapped by anyone on the path.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The audience tokens must name; null to not check it.</summary>
    public string? Audience { get; set; }

    /// <summary>The issuer tokens must name when <see cref="SigningKey"/> is used; null to not check it.</summary>
    public string? Issuer { get; set; }

    /// <summary>A shared HMAC-SHA256 key (at least 32 bytes of text) instead of an authority, for tests and closed setups.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim holding the role: viewer, analyst, supervisor or admin (any other value is refused with 403).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding the team (tenant); a token without it is refused with 401.</summary>
    public string TeamClaim { get; set; } = "team";

    /// <summary>The claim naming the caller in the audit log.</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>Seconds of clock difference tolerated on expiry.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>True when tokens are accepted.</summary>
    public bool Enabled => Authority is { Length: > 0 } || SigningKey is { Length: > 0 };
}
