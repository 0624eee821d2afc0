-- A biopsy order and its specimen are one record: the order is the specimen's first state.
-- Every state keeps who and when; a specimen leaves the path log only as communicated,
-- rejected (a re-collection specimen takes its place) or voided with a reason.
create sequence specimen_accession_seq;

create table specimen (
    id                      uuid primary key,
    accession               varchar(20) not null unique,
    patient_id              uuid not null references patient(id),
    lesion_id               uuid not null references lesion(id),
    site                    varchar(30) not null,
    laterality              varchar(20) not null,
    technique               varchar(20) not null,
    punch_diameter_mm       numeric(3,1),
    excision_margin_mm      numeric(4,1),
    clinical_impression     varchar(40) not null,
    clinical_history        varchar(2000) not null,
    photo_id                uuid not null,
    melanoma_warning_acknowledged boolean not null default false,
    recollection_of         uuid references specimen(id),
    status                  varchar(20) not null,
    ordered_at              timestamp with time zone not null,
    ordered_by              varchar(60) not null,
    collected_at            timestamp with time zone,
    collected_by            varchar(60),
    sent_at                 timestamp with time zone,
    sent_by                 varchar(60),
    received_at             timestamp with time zone,
    received_by             varchar(60),
    grossed_at              timestamp with time zone,
    grossed_by              varchar(60),
    reported_at             timestamp with time zone,
    reported_by             varchar(60),
    signed_at               timestamp with time zone,
    signed_by               varchar(60),
    malignant               boolean not null default false,
    amended_at              timestamp with time zone,
    reviewed_at             timestamp with time zone,
    reviewed_by             varchar(60),
    communicated_at         timestamp with time zone,
    communicated_by         varchar(60),
    communication_method    varchar(20),
    rejected_at             timestamp with time zone,
    rejected_by             varchar(60),
    reject_reason           varchar(500),
    voided_at               timestamp with time zone,
    voided_by               varchar(60),
    void_reason             varchar(500),
    version                 bigint not null default 0
);
create index specimen_open_idx on specimen(status);
create index specimen_patient_idx on specimen(patient_id, ordered_at);
create index specimen_lesion_idx on specimen(lesion_id, ordered_at);
