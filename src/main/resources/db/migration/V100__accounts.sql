-- Staff and patient-portal accounts. Never deleted: disabled instead, so the audit trail keeps its names.
create table account (
    id                    uuid primary key,
    username              varchar(60)  not null unique,
    display_name          varchar(200) not null,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default false,
    enabled               boolean      not null default true,
    role                  varchar(40)  not null,
    departments           varchar(400) not null default '',
    preferred_language    varchar(5)   not null default 'ko',
    patient_id            uuid,
    failed_attempts       integer      not null default 0,
    locked_until          timestamp with time zone,
    created_at            timestamp with time zone not null,
    version               bigint       not null default 0
);

create table api_token (
    id           uuid primary key,
    account_id   uuid not null references account(id),
    token_hash   varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(60)
);
create index api_token_account_idx on api_token(account_id);
