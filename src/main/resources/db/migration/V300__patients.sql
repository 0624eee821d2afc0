create sequence mrn_seq start with 1000001;

create table patient (
    id                   uuid primary key,
    mrn                  varchar(12)  not null unique,
    -- collation C: code-point order is dictionary order for Hangul syllables, and a plain
    -- btree index then serves both LIKE 'prefix%' and the keyset ORDER BY
    name_hangul          varchar(100) collate "C",
    name_latin           varchar(200),
    -- lower-cased Latin name without spaces and punctuation, for prefix search
    name_latin_key       varchar(200) collate "C",
    sex                  varchar(10)  not null,
    birth_date           date         not null,
    phone                varchar(30),
    address              varchar(400),
    preferred_language   varchar(5)   not null default 'ko',
    emergency_name       varchar(200),
    emergency_relation   varchar(100),
    emergency_phone      varchar(30),
    alerts               varchar(1000),
    registered_at        timestamp with time zone not null,
    registered_by        varchar(60)  not null,
    voided_at            timestamp with time zone,
    voided_by            varchar(60),
    void_reason          varchar(500),
    version              bigint       not null default 0
);
-- keyset pagination orders by (sort key, id)
create index patient_hangul_idx on patient (name_hangul, id);
create index patient_latin_idx on patient (name_latin_key, id);
create index patient_birth_idx on patient (birth_date, id);

-- every change keeps the version it replaced
create table patient_revision (
    id           bigserial primary key,
    patient_id   uuid not null references patient(id),
    version      bigint not null,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(60) not null,
    change_kind  varchar(20) not null,
    snapshot     text not null
);
create index patient_revision_patient_idx on patient_revision(patient_id, version desc);
