-- oncology module: what the hematology-oncology and radiation oncology departments decided and
-- gave. Cutis records these courses; it does not order chemotherapy or plan radiation.

-- The maintained regimen catalogue: a course names one of these, or a free entry marked as such.
create table oncology_regimen (
    code        varchar(60) primary key,
    name        varchar(120) not null unique,
    category    varchar(20) not null,
    active      boolean not null default true,
    sort_order  integer not null,
    added_by    varchar(60),
    added_at    timestamp with time zone,
    version     bigint not null default 0
);

insert into oncology_regimen (code, name, category, sort_order) values
    ('nivolumab', 'Nivolumab', 'immunotherapy', 10),
    ('pembrolizumab', 'Pembrolizumab', 'immunotherapy', 20),
    ('ipilimumab-nivolumab', 'Ipilimumab + nivolumab', 'immunotherapy', 30),
    ('relatlimab-nivolumab', 'Relatlimab + nivolumab', 'immunotherapy', 40),
    ('cemiplimab', 'Cemiplimab', 'immunotherapy', 50),
    ('dabrafenib-trametinib', 'Dabrafenib + trametinib', 'targeted', 110),
    ('encorafenib-binimetinib', 'Encorafenib + binimetinib', 'targeted', 120),
    ('vemurafenib-cobimetinib', 'Vemurafenib + cobimetinib', 'targeted', 130),
    ('vismodegib', 'Vismodegib', 'targeted', 140),
    ('sonidegib', 'Sonidegib', 'targeted', 150),
    ('dacarbazine', 'Dacarbazine', 'chemotherapy', 210),
    ('temozolomide', 'Temozolomide', 'chemotherapy', 220),
    ('carboplatin-paclitaxel', 'Carboplatin + paclitaxel', 'chemotherapy', 230);

create table systemic_course (
    id                uuid primary key,
    cancer_id         uuid not null references cancer_diagnosis(id),
    patient_id        uuid not null references patient(id),
    regimen_code      varchar(60) references oncology_regimen(code),
    regimen_name      varchar(120) not null,
    free_entry        boolean not null,
    setting           varchar(20) not null,
    line              integer not null,
    height_cm         numeric(4,1) not null,
    weight_kg         numeric(4,1) not null,
    bsa_m2            numeric(3,2) not null,
    start_date        date not null,
    status            varchar(20) not null,
    cycles_recorded   integer not null default 0,
    end_date          date,
    end_reason        varchar(20),
    end_note          varchar(1000),
    recorded_by       varchar(60) not null,
    recorded_at       timestamp with time zone not null,
    ended_by          varchar(60),
    ended_at          timestamp with time zone,
    version           bigint not null default 0,
    check (free_entry = (regimen_code is null))
);
create index systemic_course_cancer_idx on systemic_course(cancer_id, start_date);
create index systemic_course_patient_idx on systemic_course(patient_id);

-- Each cycle given or held, in the order recorded; never changed (a wrong entry is a clinical
-- fact of its own, to be corrected by a later one), so append-only like the audit log.
create table systemic_cycle (
    id                 uuid primary key,
    course_id          uuid not null references systemic_course(id),
    number             integer not null,
    given_on           date not null,
    held               boolean not null,
    hold_reason        varchar(1000),
    dose_percent       integer,
    reduction_reason   varchar(1000),
    recorded_by        varchar(60) not null,
    recorded_at        timestamp with time zone not null,
    check (not held or hold_reason is not null),
    check (dose_percent is null or dose_percent between 1 and 100)
);
create index systemic_cycle_course_idx on systemic_cycle(course_id, recorded_at);

create function systemic_cycle_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'systemic_cycle is append-only: % refused', tg_op;
end;
$$;
create trigger systemic_cycle_no_update before update or delete on systemic_cycle
    for each row execute function systemic_cycle_is_append_only();

create table radiotherapy_course (
    id                    uuid primary key,
    cancer_id             uuid not null references cancer_diagnosis(id),
    patient_id            uuid not null references patient(id),
    site                  varchar(200) not null,
    intent                varchar(20) not null,
    technique             varchar(30) not null,
    total_dose_gy         numeric(5,2) not null,
    fractions             integer not null,
    dose_per_fraction_gy  numeric(5,2) not null,
    start_date            date not null,
    end_date              date,
    recorded_by           varchar(60) not null,
    recorded_at           timestamp with time zone not null,
    ended_by              varchar(60),
    ended_at              timestamp with time zone,
    version               bigint not null default 0,
    check (end_date is null or end_date >= start_date)
);
create index radiotherapy_course_cancer_idx on radiotherapy_course(cancer_id, start_date);
create index radiotherapy_course_patient_idx on radiotherapy_course(patient_id);

-- Clinical records are never deleted, whatever code runs.
create function oncology_course_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted', tg_table_name;
end;
$$;
create trigger systemic_course_no_delete before delete on systemic_course
    for each row execute function oncology_course_never_deleted();
create trigger radiotherapy_course_no_delete before delete on radiotherapy_course
    for each row execute function oncology_course_never_deleted();
