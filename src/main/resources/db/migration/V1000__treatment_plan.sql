-- Treatment plans (issue 11, treatment plan): one open plan per cancer at a time, from the tumor
-- board's signed recommendation or made by the treating clinician. Never deleted: items are
-- cancelled with a reason, a plan ends completed when every item is done or cancelled.
create table treatment_plan (
    id                  uuid primary key,
    cancer_id           uuid not null references cancer_diagnosis(id),
    patient_id          uuid not null references patient(id),
    intent              varchar(20),
    board_case_id       uuid references board_case(id),
    recommendation_id   uuid references board_recommendation(id),
    board_discussed_on  date,
    created_by          varchar(60) not null,
    created_at          timestamp with time zone not null,
    completed_on        date,
    completed_at        timestamp with time zone,
    version             bigint not null default 0
);
create index treatment_plan_cancer_idx on treatment_plan(cancer_id);
-- at most one plan of a cancer is open (not completed)
create unique index treatment_plan_one_open_idx on treatment_plan(cancer_id) where completed_at is null;

create table treatment_plan_item (
    id              uuid primary key,
    plan_id         uuid not null references treatment_plan(id),
    position        integer not null,
    type            varchar(40) not null,
    detail          varchar(500),
    responsible     varchar(60),
    department      varchar(30) not null,
    status          varchar(20) not null,
    source          varchar(20) not null,
    reason          varchar(500),
    cancel_reason   varchar(500),
    started_on      date,
    done_on         date,
    cancelled_on    date,
    link            varchar(300),
    changed_by      varchar(60),
    changed_at      timestamp with time zone,
    version         bigint not null default 0
);
create index treatment_plan_item_plan_idx on treatment_plan_item(plan_id);
create index treatment_plan_item_open_idx on treatment_plan_item(status, department);
