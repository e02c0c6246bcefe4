namespace Cordon.Storage.PostgreSql;

/// <summary>The PostgreSQL schema, step by step, the same tables as SQLite's (integers are BIGINT so both read alike).
/// Never edit a released step: add one.</summary>
internal static class PostgreSqlMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "users, keys, audit, runs, rows, dispositions", """
            CREATE TABLE users (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tenant TEXT NOT NULL,
                name TEXT NOT NULL UNIQUE,
                role BIGINT NOT NULL,
                password_hash TEXT,
                created_at TEXT NOT NULL,
                disabled BIGINT NOT NULL DEFAULT 0);
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                user_id BIGINT NOT NULL REFERENCES users(id),
                role BIGINT NOT NULL,
                secret_hash TEXT NOT NULL,
                label TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT,
                revoked_at TEXT);
            CREATE TABLE audit (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tenant TEXT NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                before_state TEXT,
                after_state TEXT);
            CREATE INDEX audit_tenant_at ON audit (tenant, at);
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
            CREATE TABLE runs (
                id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                input_name TEXT NOT NULL,
                input_sha256 TEXT NOT NULL,
                options TEXT NOT NULL,
                kb_version TEXT NOT NULL,
                status TEXT NOT NULL,
                rows_stored BIGINT NOT NULL DEFAULT 0,
                error TEXT,
                finished_at TEXT);
            CREATE INDEX runs_tenant ON runs (tenant, created_at);
            CREATE TABLE case_rows (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                run_id TEXT NOT NULL REFERENCES runs(id),
                tenant TEXT NOT NULL,
                line BIGINT NOT NULL,
                status TEXT NOT NULL,
                risk TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                description TEXT,
                shipper TEXT,
                consignee TEXT,
                hs_code TEXT,
                jurisdictions TEXT,
                result TEXT NOT NULL,
                disposition TEXT,
                version BIGINT NOT NULL DEFAULT 0);
            CREATE INDEX case_rows_run ON case_rows (run_id, line);
            CREATE INDEX case_rows_queue ON case_rows (tenant, disposition, score);
            CREATE TABLE dispositions (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                row_id BIGINT NOT NULL REFERENCES case_rows(id),
                tenant TEXT NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                disposition TEXT NOT NULL,
                note TEXT);
            CREATE INDEX dispositions_row ON dispositions (row_id);
            """),
        new(2, "re-screening: the declaration as read, raised rows, watch-list versions, re-screen jobs with a cursor", """
            ALTER TABLE runs ADD COLUMN watchlist_version TEXT;
            ALTER TABLE case_rows ADD COLUMN record TEXT;
            ALTER TABLE case_rows ADD COLUMN raised_reason TEXT;
            ALTER TABLE case_rows ADD COLUMN raised_cause TEXT;
            ALTER TABLE case_rows ADD COLUMN raised_at TEXT;
            CREATE INDEX case_rows_raised ON case_rows (tenant, raised_at);
            CREATE TABLE rescreens (
                id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                kb_version TEXT NOT NULL,
                watchlist_version TEXT NOT NULL,
                status TEXT NOT NULL,
                cursor_run TEXT,
                cursor_row BIGINT NOT NULL DEFAULT 0,
                runs_total BIGINT NOT NULL DEFAULT 0,
                runs_done BIGINT NOT NULL DEFAULT 0,
                rows_checked BIGINT NOT NULL DEFAULT 0,
                rows_changed BIGINT NOT NULL DEFAULT 0,
                rows_not_rescreenable BIGINT NOT NULL DEFAULT 0,
                error TEXT,
                finished_at TEXT);
            CREATE INDEX rescreens_tenant ON rescreens (tenant, created_at);
            """),
        CommonMigrations.CaseWork,
        PartyRecordsSchema.Migration,
        CommonMigrations.ResultScopes,
        CommonMigrations.RouteFields,
        CommonMigrations.NetworkDecisions,
        // What the open queue's count and order read, so that neither visits the rows (free-text columns stay out: a
        // PostgreSQL index entry is limited to about 2.7 KB, and a description is not).
        new(8, "the open queue's count and order, covered by one index", """
            CREATE INDEX case_rows_queue_open ON case_rows (tenant, disposition, score, status, raised_at, run_id);
            """),
        CommonMigrations.KbSnapshots("BYTEA"),
    ];
}
