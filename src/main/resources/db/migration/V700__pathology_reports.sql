-- One report per specimen. Draft until signed; after sign-out the row is never changed again
-- except for the clinician's correlation; corrections are addenda.
create table pathology_report (
    id                      uuid primary key,
    specimen_id             uuid not null unique references specimen(id),
    patient_id              uuid not null references patient(id),
    lesion_id               uuid not null references lesion(id),
    diagnosis               varchar(40) not null,
    diagnosis_text          varchar(1000),
    microscopy              varchar(4000),
    histologic_subtype      varchar(100),
    breslow_mm              numeric(5,2),
    ulceration              boolean,
    mitotic_rate_per_mm2    numeric(5,1),
    microsatellites         boolean,
    lymphovascular_invasion boolean,
    neurotropism            boolean,
    regression              boolean,
    tils                    varchar(40),
    clark_level             varchar(10),
    differentiation         varchar(40),
    tumour_depth_mm         numeric(5,1),
    beyond_subcutaneous_fat boolean,
    perineural_invasion     boolean,
    nerve_calibre_mm        numeric(4,2),
    bcc_subtypes            varchar(200),
    peripheral_margin_involved boolean,
    peripheral_margin_mm    numeric(5,1),
    deep_margin_involved    boolean,
    deep_margin_mm          numeric(5,1),
    pt_category             varchar(10),
    pt_rule_set             varchar(40),
    pt_explanation          varchar(2000),
    status                  varchar(20) not null,
    drafted_at              timestamp with time zone not null,
    drafted_by              varchar(60) not null,
    signed_at               timestamp with time zone,
    signed_by               varchar(60),
    correlation             varchar(20),
    correlation_note        varchar(1000),
    correlated_at           timestamp with time zone,
    correlated_by           varchar(60),
    version                 bigint not null default 0
);
create index pathology_report_patient_idx on pathology_report(patient_id);
create index pathology_report_lesion_idx on pathology_report(lesion_id);

create table pathology_addendum (
    id          uuid primary key,
    report_id   uuid not null references pathology_report(id),
    reason      varchar(500) not null,
    text        varchar(4000) not null,
    signed_at   timestamp with time zone not null,
    signed_by   varchar(60) not null
);
create index pathology_addendum_report_idx on pathology_addendum(report_id, signed_at);
