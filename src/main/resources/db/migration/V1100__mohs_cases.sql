-- mohs module: cases behind the AUC gate, stages with their tissue maps, the operative report's addenda
create table mohs_case (
    id                       uuid primary key,
    patient_id               uuid not null references patient(id),
    lesion_id                uuid not null references lesion(id),
    cancer_id                uuid not null references cancer_diagnosis(id),
    lesion_label             varchar(20),
    site                     varchar(40) not null,
    tumor                    varchar(40) not null,
    diameter_cm              numeric(5, 2),
    patient_category         varchar(30) not null,
    recurrent                boolean not null,
    prior_radiation_at_site  boolean not null,
    auc_value                varchar(20) not null,
    auc_area                 varchar(2) not null,
    auc_explanation          text not null,
    auc_rule_set             varchar(40) not null,
    reason                   varchar(2000),
    surgeon                  varchar(60) not null,
    created_at               timestamp with time zone not null,
    status                   varchar(20) not null,
    defect_length_mm         numeric(4, 1),
    defect_width_mm          numeric(4, 1),
    closure                  varchar(40),
    closure_detail           varchar(500),
    closed_by                varchar(60),
    closed_at                timestamp with time zone,
    signed_by                varchar(60),
    signed_at                timestamp with time zone,
    signature_method         varchar(20),
    version                  bigint not null default 0
);
create index mohs_case_patient_idx on mohs_case(patient_id);
create index mohs_case_lesion_idx on mohs_case(lesion_id);
create index mohs_case_cancer_idx on mohs_case(cancer_id);

create table mohs_stage (
    id                      uuid primary key,
    case_id                 uuid not null references mohs_case(id),
    number                  integer not null,
    frozen_section_minutes  integer,
    blocks                  varchar(1000) not null,
    recorded_by             varchar(60) not null,
    recorded_at             timestamp with time zone not null,
    unique (case_id, number)
);

create table mohs_report_addendum (
    id                uuid primary key,
    case_id           uuid not null references mohs_case(id),
    text              varchar(4000) not null,
    signed_by         varchar(60) not null,
    signed_at         timestamp with time zone not null,
    signature_method  varchar(20) not null
);
create index mohs_report_addendum_case_idx on mohs_report_addendum(case_id);

-- a case is never deleted; a stage and an addendum never change once written
create function mohs_case_is_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'mohs_case is never deleted: % refused', tg_op;
end;
$$;
create trigger mohs_case_no_delete before delete on mohs_case
    for each row execute function mohs_case_is_never_deleted();
create trigger mohs_case_no_truncate before truncate on mohs_case
    for each statement execute function mohs_case_is_never_deleted();

create function mohs_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger mohs_stage_is_append_only before update or delete on mohs_stage
    for each row execute function mohs_record_is_append_only();
create trigger mohs_stage_no_truncate before truncate on mohs_stage
    for each statement execute function mohs_record_is_append_only();
create trigger mohs_report_addendum_is_append_only before update or delete on mohs_report_addendum
    for each row execute function mohs_record_is_append_only();
create trigger mohs_report_addendum_no_truncate before truncate on mohs_report_addendum
    for each statement execute function mohs_record_is_append_only();
