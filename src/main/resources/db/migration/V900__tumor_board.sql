-- tumor board module: meetings, cases, attendance, recommendations, action items
create table board_meeting (
    id            uuid primary key,
    series_id     uuid not null,
    title         varchar(200) not null,
    scheduled_at  timestamp with time zone not null,
    cut_off_at    timestamp with time zone not null,
    place         varchar(200),
    video_link    varchar(500),
    chair         varchar(60) not null,
    created_by    varchar(60) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index board_meeting_when_idx on board_meeting(scheduled_at);

create table board_case (
    id                         uuid primary key,
    meeting_id                 uuid references board_meeting(id),
    cancer_id                  uuid not null references cancer_diagnosis(id),
    patient_id                 uuid not null references patient(id),
    reason                     varchar(30) not null,
    diagnosis_date             date,
    stage_at_proposal          varchar(20),
    question                   varchar(2000),
    ecog                       integer,
    prior_treatments           varchar(2000),
    needs_plastic_surgery      boolean not null,
    needs_radiation_oncology   boolean not null,
    status                     varchar(20) not null,
    proposed_at                timestamp with time zone not null,
    proposed_by                varchar(60) not null,
    decided_at                 timestamp with time zone,
    decided_by                 varchar(60),
    defer_reason               varchar(1000),
    late_consent_by            varchar(60),
    discussed_at               timestamp with time zone,
    data_changed_at            timestamp with time zone,
    version                    bigint not null default 0
);
create index board_case_meeting_idx on board_case(meeting_id);
create index board_case_cancer_idx on board_case(cancer_id);

create table board_case_attendee (
    case_id     uuid not null references board_case(id),
    department  varchar(30) not null,
    username    varchar(60)
);
create index board_case_attendee_idx on board_case_attendee(case_id);

create table board_recommendation (
    id          uuid primary key,
    case_id     uuid not null unique references board_case(id),
    intent      varchar(20) not null,
    dissent     varchar(2000),
    signed_by   varchar(60) not null,
    signed_at   timestamp with time zone not null,
    version     bigint not null default 0
);

create table board_plan_item (
    recommendation_id  uuid not null references board_recommendation(id),
    position           integer not null,
    type               varchar(40) not null,
    detail             varchar(500),
    primary key (recommendation_id, position)
);

create table board_addendum (
    recommendation_id  uuid not null references board_recommendation(id),
    position           integer not null,
    text               varchar(2000) not null,
    written_by         varchar(60) not null,
    written_at         timestamp with time zone not null,
    primary key (recommendation_id, position)
);

create table board_action_item (
    id                   uuid primary key,
    case_id              uuid not null references board_case(id),
    recommendation_id    uuid not null references board_recommendation(id),
    patient_id           uuid not null references patient(id),
    description          varchar(1000) not null,
    assignee_department  varchar(30),
    assignee_username    varchar(60),
    due_date             date,
    status               varchar(10) not null,
    created_at           timestamp with time zone not null,
    done_at              timestamp with time zone,
    done_by              varchar(60),
    version              bigint not null default 0
);
create index board_action_item_open_idx on board_action_item(status, due_date);
