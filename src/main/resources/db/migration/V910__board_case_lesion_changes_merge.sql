-- tumor board: a case may concern a lesion and its report without a cancer (a discordant benign
-- result of a clinically suspected melanoma); what changed since a case was proposed or discussed;
-- the stage the board discussed; proposals merged into the case already on a meeting's list.

-- lesion_id and report_id name other modules' records by id, without a foreign key, as the
-- cancer diagnosis names its lesion
alter table board_case alter column cancer_id drop not null;
alter table board_case add column lesion_id uuid;
alter table board_case add column report_id uuid;
alter table board_case add column report_diagnosis varchar(40);
alter table board_case add column clinical_impression varchar(40);
alter table board_case add column correlation_note varchar(2000);
alter table board_case add column stage_at_discussion varchar(20);
alter table board_case add column merged_into uuid references board_case(id);
-- the eligibility rules the staging met when the case was proposed or last restaged (codes, space-separated)
alter table board_case add column reasons_met varchar(300);
alter table board_case add constraint board_case_concerns_something
    check (cancer_id is not null or lesion_id is not null);

-- one proposal per discordant report, whatever happens to it later (merged, discussed)
create unique index board_case_report_idx on board_case(report_id) where report_id is not null;
create index board_case_lesion_idx on board_case(lesion_id);
create index board_case_merged_into_idx on board_case(merged_into);

-- cases discussed before this migration: the stage they were proposed with is the best record
-- of the stage the board saw
update board_case set stage_at_discussion = stage_at_proposal where status = 'DISCUSSED';

create table board_case_change (
    case_id      uuid not null references board_case(id),
    position     integer not null,
    source       varchar(30) not null,
    description  varchar(1000) not null,
    -- the event it came from, so a redelivered event adds nothing
    origin       varchar(200),
    -- recorded on a discussed case: changed since the discussion
    after_discussion boolean not null,
    recorded_at  timestamp with time zone not null,
    primary key (case_id, position)
);
