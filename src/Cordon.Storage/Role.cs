namespace Cordon.Storage;

/// <summary>What a user or API key may do; each role may do everything the ones before it may.</summary>
public enum Role
{
    /// <summary>Reads verdicts, runs, rows, the queue and the knowledge base; checks chemicals.</summary>
    Viewer = 1,

    /// <summary>Also screens files, matches parties and disposes of rows.</summary>
    Analyst = 2,

    /// <summary>Also reads the audit log and assigns work.</summary>
    Supervisor = 3,

    /// <summary>Also manages users and API keys.</summary>
    Admin = 4,
}
