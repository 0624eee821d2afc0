-- A scheduled job runs once per slot across all nodes: the node whose insert wins runs it.
create table job_run (
    job_name    varchar(100) not null,
    slot        varchar(40)  not null,
    node        varchar(200) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    outcome     varchar(1000),
    primary key (job_name, slot)
);
