-- treatment module, surgery: wide local excisions with their margins, and the other procedures
create table surgery_excision (
    id                     uuid primary key,
    cancer_id              uuid not null references cancer_diagnosis(id),
    patient_id             uuid not null references patient(id),
    lesion_id              uuid not null references lesion(id),
    lesion_label           varchar(20),
    cancer_kind            varchar(20) not null,
    treatment_type         varchar(40) not null,
    surgeon                varchar(60) not null,
    performed_on           date not null,
    planned_margin         numeric(6,2) not null,
    margin_unit            varchar(4) not null,
    planned_margin_mm      numeric(6,2) not null,
    proposed_min_cm        numeric(4,2),
    proposed_max_cm        numeric(4,2),
    proposal_rule_set      varchar(40),
    proposal_source        varchar(500),
    proposal_explanation   varchar(10000),
    narrower_reason        varchar(1000),
    complications          varchar(2000),
    specimen_id            uuid references specimen(id),
    specimen_accession     varchar(30),
    status                 varchar(20) not null,
    report_id              uuid,
    peripheral_involved    boolean,
    peripheral_mm          numeric(6,2),
    deep_involved          boolean,
    deep_mm                numeric(6,2),
    deep_transected        boolean not null default false,
    margins_signed_at      timestamp with time zone,
    margins_signed_by      varchar(60),
    recorded_by            varchar(60) not null,
    recorded_at            timestamp with time zone not null,
    void_reason            varchar(1000),
    voided_by              varchar(60),
    voided_at              timestamp with time zone,
    version                bigint not null default 0
);
create index surgery_excision_cancer_idx on surgery_excision(cancer_id);
create index surgery_excision_patient_idx on surgery_excision(patient_id);
create index surgery_excision_lesion_idx on surgery_excision(lesion_id);
create unique index surgery_excision_specimen_idx on surgery_excision(specimen_id);

create table surgery_procedure (
    id                       uuid primary key,
    kind                     varchar(40) not null,
    patient_id               uuid not null references patient(id),
    lesion_id                uuid not null references lesion(id),
    lesion_label             varchar(20),
    cancer_id                uuid references cancer_diagnosis(id),
    performed_by             varchar(60) not null,
    performed_on             date not null,
    complications            varchar(2000),
    basin                    varchar(30),
    nodes_examined           integer,
    nodes_positive           integer,
    largest_deposit_mm       numeric(6,2),
    extranodal_extension     boolean,
    agent                    varchar(30),
    area_cm2                 numeric(7,2),
    weeks                    integer,
    cycles                   integer,
    staging_change_proposed  boolean not null default false,
    recorded_by              varchar(60) not null,
    recorded_at              timestamp with time zone not null,
    void_reason              varchar(1000),
    voided_by                varchar(60),
    voided_at                timestamp with time zone,
    version                  bigint not null default 0
);
create index surgery_procedure_cancer_idx on surgery_procedure(cancer_id);
create index surgery_procedure_patient_idx on surgery_procedure(patient_id);
create index surgery_procedure_lesion_idx on surgery_procedure(lesion_id);
