-- Lesions of a patient on the body map. number is the persistent per-patient id (L1, L2, ...):
-- never reused, also not after a lesion is voided.
create table lesion (
    id                  uuid primary key,
    patient_id          uuid not null references patient(id),
    number              integer not null,
    site                varchar(30) not null,
    laterality          varchar(20) not null,
    body_view           varchar(20) not null,
    map_x               numeric(5,2) not null,
    map_y               numeric(5,2) not null,
    size_mm             numeric(5,1),
    colour              varchar(200),
    asymmetry           boolean not null default false,
    border_irregular    boolean not null default false,
    colour_variegated   boolean not null default false,
    diameter_over_6mm   boolean not null default false,
    evolving            boolean not null default false,
    dermoscopy_pattern  varchar(500),
    impression          varchar(40) not null,
    differential        varchar(1000),
    suspicion           varchar(20) not null,
    recorded_at         timestamp with time zone not null,
    recorded_by         varchar(60) not null,
    voided_at           timestamp with time zone,
    voided_by           varchar(60),
    void_reason         varchar(500),
    version             bigint not null default 0,
    constraint lesion_number_unique unique (patient_id, number)
);

-- Photos live in the file store (content hash), re-encoded without metadata; only references here.
create table lesion_photo (
    id                  uuid primary key,
    lesion_id           uuid not null references lesion(id),
    kind                varchar(20) not null,
    sha256              varchar(64) not null,
    thumbnail_sha256    varchar(64) not null,
    content_type        varchar(40) not null,
    size_bytes          bigint not null,
    width               integer not null,
    height              integer not null,
    taken_on            date not null,
    device              varchar(200),
    magnification       varchar(40),
    uploaded_at         timestamp with time zone not null,
    uploaded_by         varchar(60) not null,
    voided_at           timestamp with time zone,
    voided_by           varchar(60),
    void_reason         varchar(500),
    version             bigint not null default 0
);
create index lesion_photo_lesion_idx on lesion_photo(lesion_id, taken_on);
