-- Clinical search (issue 14): one row per searchable record of every module, written by the
-- search module when the module says its record changed (same transaction), and indexed by
-- Hibernate Search into Lucene on commit. The row is the index's source: a lost or stale index is
-- rebuilt from these rows (mass indexing), the rows themselves from the modules (./cutis reindex).
-- Voided records keep their row, marked, and are never shown.
create table search_document (
    key          varchar(80)  primary key,          -- type:id
    type         varchar(30)  not null,
    record_id    uuid         not null,
    patient_id   uuid,
    title        text         not null,
    names        text,
    body         text         not null,
    codes        text,
    record_date  date,
    department   varchar(40),
    state        varchar(40),
    permission   varchar(60)  not null,
    link         varchar(300) not null,
    voided       boolean      not null default false,
    updated_at   timestamp with time zone not null
);
create index search_document_patient_idx on search_document (patient_id);
-- the fallback when the index is missing: exact identifiers and name beginnings from the table
create index search_document_type_idx on search_document (type, record_id);

-- which document format the rows were last rebuilt for: a newer Cutis that indexes more (another
-- module, another field) rebuilds the rows from every module at its first start
create table search_rebuild (
    format       integer      primary key,
    rebuilt_at   timestamp with time zone not null,
    documents    bigint       not null
);
