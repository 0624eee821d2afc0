-- The cancer diagnosis owns its evidence: every signed report (and each structured correction of
-- one) that contributed, with its typed tumour facts. The cancer's stage is computed from all of
-- them combined by stated rules (greatest thickness, worst features, every involved node), so a
-- re-excision never replaces the biopsy's microstaging. Clinical facts (borders, recurrence, prior
-- radiotherapy, immune status) stay on the cancer: they are the clinician's, not pathology's.
create table cancer_evidence (
    id                       uuid primary key,
    cancer_id                uuid not null references cancer_diagnosis(id),
    report_id                uuid not null,
    specimen_id              uuid,
    findings_version         integer not null,
    accession                varchar(20),
    role                     varchar(30) not null,
    diagnosis                varchar(40) not null,
    behaviour                varchar(20) not null,
    histologic_subtype       varchar(200),
    signed_on                date not null,
    in_situ                  boolean not null default false,
    breslow_mm               numeric(6,2),
    breslow_not_assessable   varchar(20),
    ulceration               boolean,
    mitotic_rate_per_mm2     numeric(6,1),
    microsatellites          boolean,
    residual                 boolean,
    differentiation          varchar(20),
    depth_mm                 numeric(6,2),
    beyond_subcutaneous_fat  boolean,
    perineural_invasion      boolean,
    nerve_calibre_mm         numeric(5,2),
    bcc_subtypes             varchar(200),
    peripheral_margin_involved boolean,
    peripheral_margin_mm     numeric(6,1),
    deep_margin_involved     boolean,
    deep_margin_mm           numeric(6,1),
    deep_margin_transected   boolean not null default false,
    metastasis_type          varchar(20),
    metastasis_site          varchar(40),
    recorded_at              timestamp with time zone not null,
    superseded_at            timestamp with time zone,
    unique (report_id, findings_version)
);
create index cancer_evidence_cancer_idx on cancer_evidence(cancer_id, recorded_at);

alter table cancer_diagnosis
    add column diagnosis varchar(40),
    add column laterality varchar(20),
    add column clinical_diameter_mm numeric(6,1),
    add column immunosuppressed boolean not null default false,
    add column clinical_findings_at timestamp with time zone,
    add column clinical_findings_by varchar(60),
    alter column latest_report_id drop not null;

-- cancers opened before: their findings become the first piece of evidence
insert into cancer_evidence (id, cancer_id, report_id, findings_version, role, diagnosis, behaviour,
        histologic_subtype, signed_on, in_situ, breslow_mm, ulceration, mitotic_rate_per_mm2, microsatellites,
        differentiation, depth_mm, beyond_subcutaneous_fat, perineural_invasion, bcc_subtypes, recorded_at)
select gen_random_uuid(), id, latest_report_id, 1, 'DIAGNOSTIC',
       case kind when 'MELANOMA' then case when in_situ then 'MELANOMA_IN_SITU' else 'MELANOMA' end
                 when 'CSCC' then 'CSCC' when 'BCC' then 'BCC' else 'OTHER' end,
       case when in_situ then 'IN_SITU' else 'MALIGNANT' end,
       histologic_subtype, diagnosis_date, in_situ, breslow_mm, ulceration, mitotic_rate, microsatellites,
       upper(differentiation), depth_mm, beyond_subcutaneous_fat, perineural_invasion, bcc_subtype, recorded_at
from cancer_diagnosis where latest_report_id is not null;

update cancer_diagnosis set diagnosis = case kind
        when 'MELANOMA' then case when in_situ then 'MELANOMA_IN_SITU' else 'MELANOMA' end
        when 'CSCC' then 'CSCC' when 'BCC' then 'BCC' else 'OTHER' end,
    clinical_diameter_mm = diameter_cm * 10;
alter table cancer_diagnosis alter column diagnosis set not null;

alter table cancer_diagnosis
    drop column in_situ, drop column breslow_mm, drop column ulceration, drop column mitotic_rate,
    drop column microsatellites, drop column diameter_cm, drop column depth_mm, drop column differentiation,
    drop column perineural_invasion, drop column perineural_nerve01mm, drop column beyond_subcutaneous_fat,
    drop column bone, drop column bcc_subtype, drop column snomed_code, drop column icd10_code,
    drop column icd_o3_code;

-- idempotency is the evidence's unique (report, version) now
drop table staging_received_report;

-- an override is carried forward while the computed stage stays the same; when new facts change
-- the computed stage the override no longer applies and is kept beside it for review
alter table staging_record
    add column override_carried boolean not null default false,
    add column stale_override_stage varchar(20),
    add column stale_override_reason varchar(2000),
    add column microstaging_uncertain boolean not null default false,
    add column imaging_advice varchar(20),
    -- "indeterminate" (a missing input could change the BCC risk or BWH class) is longer than ten
    alter column bcc_risk type varchar(20),
    alter column bwh_t type varchar(20);

-- work-up: the nodal basin of a sentinel node biopsy or dissection (results add up per basin),
-- and regional nodes with side, size and extranodal extension for cSCC
alter table workup_order add column basin varchar(30);
alter table workup_order alter column kind type varchar(30);
create table workup_node (
    order_id  uuid not null references workup_order(id),
    side      varchar(20) not null,
    size_cm   numeric(5,1) not null,
    ene       boolean not null
);
create index workup_node_order_idx on workup_node(order_id);
