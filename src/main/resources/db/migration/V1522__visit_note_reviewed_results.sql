-- visit-more (issue 13): the results the doctor reviewed at the visit, by reference, beside the free
-- text: [{"kind": "pathology-report" | "workup-result", "id": "<uuid>"}] (a signed pathology report,
-- a resulted work-up order). Signed with the note as one document, so a JSON array on its row.
alter table visit_note add column reviewed_results jsonb not null default '[]';
