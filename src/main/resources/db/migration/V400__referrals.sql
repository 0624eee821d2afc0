create table referral (
    id                    uuid primary key,
    patient_id            uuid not null references patient(id),
    source_kind           varchar(20)  not null,
    source_department     varchar(40),
    source_clinic         varchar(200),
    referring_physician   varchar(200),
    reason                varchar(40)  not null,
    cancer_drugs          varchar(500),
    treating_oncologist   varchar(200),
    urgency               varchar(30)  not null,
    note                  varchar(4000),
    received_at           timestamp with time zone not null,
    received_by           varchar(60)  not null,
    status                varchar(20)  not null,
    decided_at            timestamp with time zone,
    decided_by            varchar(60),
    booked_dermatologist  varchar(60),
    appointment_date      date,
    decline_reason        varchar(1000),
    escalated_at          timestamp with time zone,
    voided_at             timestamp with time zone,
    voided_by             varchar(60),
    void_reason           varchar(500),
    version               bigint not null default 0
);
create index referral_open_idx on referral(status, urgency, received_at desc);
create index referral_patient_idx on referral(patient_id, received_at desc);
