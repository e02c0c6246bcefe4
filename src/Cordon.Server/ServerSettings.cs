namespace Cordon.Server;

/// <summary>The server's settings (section "Cordon" of appsettings, CORDON__* environment variables, or command-line
/// options); every one has a default, so the server starts with nothing configured.</summary>
public sealed class ServerSettings
{
    /// <summary>A PostgreSQL connection string ("Host=…"); null for the embedded SQLite file in <see cref="DataDirectory"/>.</summary>
    public string? Database { get; set; }

    /// <summary>Where the SQLite file, uploads and the first-start token live.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "cordon", "server");

    /// <summary>The rules folder; null to find it as the CLI does.</summary>
    public string? Rules { get; set; }

    /// <summary>The built web application (index.html and its assets); null to find <c>wwwroot</c> next to the program or the
    /// nearest <c>web/dist</c> above the program or the working directory.</summary>
    public string? WebRoot { get; set; }

    /// <summary>Watch lists for every team's matches and jobs: OFAC SDN folders or files, in-house CSV; with none, each team's lists
    /// imported into the case store (<c>POST /v1/lists</c>) are used for that team.</summary>
    public List<string> Watchlists { get; set; } = [];

    /// <summary>Largest upload (and request body) accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 256L << 20;

    /// <summary>Requests per minute per caller before 429.</summary>
    public int RequestsPerMinute { get; set; } = 60_000;

    /// <summary>Authentication beyond API keys (OIDC / JWT bearer).</summary>
    public AuthSettings Auth { get; set; } = new();

    /// <summary>Answers of <c>POST /v1/check</c> kept for queries asked again (0 keeps none).</summary>
    public int CheckCacheEntries { get; set; } = 10_000;

    /// <summary>Whether the screening pipeline is warmed up in the background at start, so the first job does not pay for
    /// building the name dictionaries and compiling the hot paths.</summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>Hours a session token from a password login lasts.</summary>
    public int SessionHours { get; set; } = 12;
}
