namespace Cordon.Storage;

/// <summary>Schema steps whose SQL both providers read alike, shared so the two schemas cannot drift. Never edit a released
/// step: add one.</summary>
public static class CommonMigrations
{
    /// <summary>Step 3: who a row is assigned to, its notify party (the party filter reads it), the structures its findings
    /// rest on (the case view draws them), and indexes for the row filters and sorts that can use one.</summary>
    public static readonly Migration CaseWork = new(3, "case work: assignee, notify party, finding structures; indexes for the row filters", """
        ALTER TABLE case_rows ADD COLUMN assignee TEXT;
        ALTER TABLE case_rows ADD COLUMN notify_party TEXT;
        ALTER TABLE case_rows ADD COLUMN structures TEXT;
        CREATE INDEX case_rows_assignee ON case_rows (tenant, assignee);
        CREATE INDEX case_rows_run_status ON case_rows (run_id, status, score);
        CREATE INDEX case_rows_run_risk ON case_rows (run_id, risk, score);
        CREATE INDEX case_rows_tenant_status ON case_rows (tenant, status, score);
        CREATE INDEX case_rows_tenant_chapter ON case_rows (tenant, substr(hs_code, 1, 2));
        """);

    /// <summary>Step 5: the scope of a verdict (day, jurisdictions, lists and their amendment dates, about 2.5 KB) stored once
    /// per distinct scope instead of in every row's result; a row points at it by digest. Rows written before keep theirs.</summary>
    public static readonly Migration ResultScopes = new(5, "verdict scopes stored once, rows point at theirs by digest", """
        CREATE TABLE result_scopes (
            digest TEXT PRIMARY KEY,
            scope TEXT NOT NULL);
        ALTER TABLE case_rows ADD COLUMN scope_digest TEXT;
        """);

    /// <summary>Step 6: a row's route (origin, destination, ports of loading and discharge) and declared quantity, kept as
    /// columns so that the queue can filter and show them without reading each row's declaration. (Each provider's step 8
    /// indexes the queue.)</summary>
    public static readonly Migration RouteFields = new(6, "case rows: origin, destination, ports and quantity", """
        ALTER TABLE case_rows ADD COLUMN origin TEXT;
        ALTER TABLE case_rows ADD COLUMN destination TEXT;
        ALTER TABLE case_rows ADD COLUMN port_of_loading TEXT;
        ALTER TABLE case_rows ADD COLUMN port_of_discharge TEXT;
        ALTER TABLE case_rows ADD COLUMN quantity TEXT;
        """);

    /// <summary>Step 7: analysts' merges and splits of party spellings in the supplier network, one standing decision per pair.</summary>
    public static readonly Migration NetworkDecisions = new(7, "supplier network: analysts' merges and splits of party spellings", """
        CREATE TABLE network_decisions (
            tenant TEXT NOT NULL,
            spelling_key TEXT NOT NULL,
            other_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            note TEXT,
            PRIMARY KEY (tenant, spelling_key, other_key));
        """);

    /// <summary>Step 9: each knowledge-base version the server has loaded, once, with its entry and definition counts and its
    /// rules files (a gzip'd tar of the YAML), so that any two versions can be compared later. Only the type of the content
    /// column differs between the providers (<paramref name="binaryType"/>: BLOB or BYTEA).</summary>
    public static Migration KbSnapshots(string binaryType) => new(9, "knowledge-base versions loaded, with their rules files", $"""
        CREATE TABLE kb_snapshots (
            version TEXT PRIMARY KEY,
            loaded_at TEXT NOT NULL,
            entries BIGINT NOT NULL,
            definitions BIGINT NOT NULL,
            content {binaryType} NOT NULL);
        CREATE INDEX kb_snapshots_loaded ON kb_snapshots (loaded_at);
        """);
}
