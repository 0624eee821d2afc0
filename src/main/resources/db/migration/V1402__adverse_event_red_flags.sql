-- The red flags of a severe cutaneous adverse reaction (SJS/TEN, DRESS) asked again at each visit
-- of the skin-care clinic, as the referral asks them at intake: the codes of referral's RedFlag,
-- comma-separated, on the assessment of that visit. A flag seen once stays on the event's record.
alter table skin_adverse_event_assessment add column red_flags varchar(300) not null default '';
