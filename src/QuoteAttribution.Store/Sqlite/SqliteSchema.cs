namespace QuoteAttribution.Store.Sqlite;

/// <summary>The tables of a claim store, readable in <c>sqlite3</c>.</summary>
internal static class SqliteSchema
{
    /// <summary>Bumped when the tables change; a store of another version is refused. Version 2 keeps each article's own speakers (<c>article_speakers</c>), from which <c>speakers</c> is merged.</summary>
    public const string Version = "2";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- One row per indexed article; content_hash says whether a re-index has anything to do.
        CREATE TABLE IF NOT EXISTS articles (
            id           TEXT PRIMARY KEY,
            outlet       TEXT,
            url          TEXT,
            title        TEXT,
            date         TEXT,
            content_hash TEXT NOT NULL,
            quote_count  INTEGER NOT NULL
        );
        -- One row per speaker as one article names it (by kind and name), with the article's aliases and roles of it;
        -- speakers is merged from these rows (SpeakerMerging), so it never depends on the order articles came in.
        CREATE TABLE IF NOT EXISTS article_speakers (
            id         INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            ordinal    INTEGER NOT NULL,
            name       TEXT NOT NULL,
            type       TEXT,
            speaker_id INTEGER REFERENCES speakers (id)
        );
        CREATE INDEX IF NOT EXISTS article_speakers_article ON article_speakers (article_id);
        CREATE TABLE IF NOT EXISTS article_speaker_aliases (
            article_speaker_id INTEGER NOT NULL REFERENCES article_speakers (id),
            alias              TEXT NOT NULL,
            PRIMARY KEY (article_speaker_id, alias)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS article_speaker_roles (
            article_speaker_id INTEGER NOT NULL REFERENCES article_speakers (id),
            role               TEXT NOT NULL,
            PRIMARY KEY (article_speaker_id, role)
        ) WITHOUT ROWID;
        -- One row per speaker, merged across articles (persons and organisations) at the end of each index run.
        CREATE TABLE IF NOT EXISTS speakers (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL,
            type     TEXT,
            name_key TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS speakers_name_key ON speakers (name_key);
        CREATE TABLE IF NOT EXISTS speaker_aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers (id),
            alias      TEXT NOT NULL,
            alias_key  TEXT NOT NULL,
            PRIMARY KEY (speaker_id, alias_key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS speaker_aliases_key ON speaker_aliases (alias_key);
        CREATE TABLE IF NOT EXISTS speaker_roles (
            speaker_id INTEGER NOT NULL REFERENCES speakers (id),
            role       TEXT NOT NULL,
            PRIMARY KEY (speaker_id, role)
        ) WITHOUT ROWID;
        -- One row per distinct claim (normalised content: case, diacritics and punctuation aside).
        CREATE TABLE IF NOT EXISTS claims (
            id          INTEGER PRIMARY KEY,
            content     TEXT NOT NULL,
            content_key TEXT NOT NULL UNIQUE
        );
        -- One row per quote occurrence in an article.
        CREATE TABLE IF NOT EXISTS appearances (
            id            INTEGER PRIMARY KEY,
            claim_id      INTEGER NOT NULL REFERENCES claims (id),
            article_id    TEXT NOT NULL REFERENCES articles (id),
            article_speaker_id INTEGER REFERENCES article_speakers (id),
            speaker_id    INTEGER REFERENCES speakers (id),
            speaker_name  TEXT,
            content       TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end   INTEGER NOT NULL,
            type          TEXT NOT NULL,
            cue           TEXT,
            source        TEXT,
            confidence    REAL NOT NULL,
            rule          TEXT NOT NULL,
            optional      INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS appearances_claim ON appearances (claim_id);
        CREATE INDEX IF NOT EXISTS appearances_article ON appearances (article_id);
        CREATE INDEX IF NOT EXISTS appearances_speaker ON appearances (speaker_id);
        -- Full-text index of claims: rowid = claims.id; content as written, stems = every stem of every word.
        CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5 (content, stems, tokenize = 'unicode61 remove_diacritics 2');
        """;
}
