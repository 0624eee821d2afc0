-- The staging work-up order that holds a sentinel node biopsy's or dissection's result, so voiding
-- the procedure withdraws that result from the cancer's staging (older records have none).
alter table surgery_procedure add column workup_order_id uuid references workup_order(id);
