-- referral module (issue 15): the triage worklist reads one page from an index instead of sorting
-- every open referral in Java. Its order was: a red flag (possible SJS/TEN, DRESS) first, then the
-- urgency's rank (melanoma fast track 0, urgent 1, routine 2), then the oldest first. priority_rank
-- folds the first two into one small number the application keeps with the referral:
--   red flag:    0 + urgency rank  (0..2)
--   no red flag: 3 + urgency rank  (3..5)
-- so "order by priority_rank, received_at, id" is that order, and id breaks ties between
-- referrals received in the same microsecond so that pages never overlap.
alter table referral add column priority_rank smallint;

update referral r
set priority_rank =
        (case when exists (select 1 from referral_red_flag f where f.referral_id = r.id) then 0 else 3 end)
        + (case r.urgency when 'SUSPECTED_MELANOMA_FAST_TRACK' then 0 when 'URGENT' then 1 else 2 end);

alter table referral alter column priority_rank set not null;

-- only open referrals are on the worklist: the index holds them alone, so it (and the worklist's
-- count) stays the size of the triage backlog however many referrals the center has decided
create index referral_triage_order_idx on referral (priority_rank, received_at, id) where status = 'RECEIVED';
