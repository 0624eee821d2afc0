-- Clinical search (issue 14, index-diagnosis): which types the rows were last rebuilt with. A
-- newer Cutis whose modules index more types (referrals, cancers, recommendations, ...) finds a
-- different list and rebuilds the rows from every module at its first start, without anyone having
-- to remember to raise the format number. Rows written before this column say null: rebuilt once.
alter table search_rebuild add column types varchar(2000);
