-- staging module: the melanoma work-up orders and their results
create table workup_order (
    id                  uuid primary key,
    cancer_id           uuid not null references cancer_diagnosis(id),
    patient_id          uuid not null references patient(id),
    kind                varchar(20) not null,
    status              varchar(20) not null,
    advice              varchar(20),
    instructions        varchar(1000),
    decline_reason      varchar(1000),
    proposed_at         timestamp with time zone not null,
    decided_at          timestamp with time zone,
    decided_by          varchar(60),
    result_at           timestamp with time zone,
    result_by           varchar(60),
    nodes_examined      integer,
    nodes_positive      integer,
    largest_deposit_mm  numeric(6,2),
    ene                 boolean,
    ldh_value           numeric(10,2),
    ldh_unit            varchar(20),
    ldh_upper_limit     numeric(10,2),
    version             bigint not null default 0
);
create index workup_order_cancer_idx on workup_order(cancer_id, proposed_at);
create index workup_order_open_idx on workup_order(status, proposed_at);

create table workup_imaging_finding (
    order_id    uuid not null references workup_order(id),
    site        varchar(40) not null,
    metastasis  varchar(20) not null
);
create index workup_imaging_finding_order_idx on workup_imaging_finding(order_id);
