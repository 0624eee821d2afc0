-- Pathology owns tumour facts and no longer reads the biopsy module's tables.
--
-- 1. pathology_specimen: what pathology was told about a specimen when it was received (biopsy
--    hands it over at receipt), so the worklist, the form and the report PDF need nothing else.
create table pathology_specimen (
    specimen_id          uuid primary key references specimen(id),
    accession            varchar(20) not null,
    patient_id           uuid not null references patient(id),
    lesion_id            uuid not null references lesion(id),
    lesion_label         varchar(20),
    site                 varchar(30) not null,
    laterality           varchar(20),
    technique            varchar(20) not null,
    role                 varchar(30) not null,
    clinical_impression  varchar(40) not null,
    clinical_history     varchar(2000),
    clinical_diameter_mm numeric(5,1),
    ordered_by           varchar(60),
    received_at          timestamp with time zone not null,
    received_by          varchar(60),
    withdrawn_at         timestamp with time zone,
    withdraw_reason      varchar(500)
);
create index pathology_specimen_awaiting_idx on pathology_specimen(received_at) where withdrawn_at is null;

-- specimens already received: their receipt as the specimen history recorded it
insert into pathology_specimen (specimen_id, accession, patient_id, lesion_id, lesion_label, site, laterality,
        technique, role, clinical_impression, clinical_history, clinical_diameter_mm, ordered_by, received_at,
        received_by, withdrawn_at, withdraw_reason)
select s.id, s.accession, s.patient_id, s.lesion_id, 'L' || l.number, s.site, s.laterality, s.technique, 'DIAGNOSTIC',
       s.clinical_impression, s.clinical_history, l.size_mm,
       (select st.by_user from specimen_step st where st.specimen_id = s.id and st.status = 'ORDERED' order by st.id limit 1),
       coalesce((select max(st.at) from specimen_step st where st.specimen_id = s.id and st.status = 'RECEIVED'), now()),
       (select st.by_user from specimen_step st where st.specimen_id = s.id and st.status = 'RECEIVED' order by st.id desc limit 1),
       case when s.status in ('REJECTED', 'VOIDED') then now() end,
       case when s.status in ('REJECTED', 'VOIDED') then 'rejected or voided before this migration' end
from specimen s join lesion l on l.id = s.lesion_id
where s.status in ('RECEIVED', 'GROSSED', 'REPORTED', 'SIGNED', 'REVIEWED', 'COMMUNICATED')
   or exists (select 1 from specimen_step st where st.specimen_id = s.id and st.status = 'RECEIVED')
   or exists (select 1 from pathology_report r where r.specimen_id = s.id);

-- 2. pathology_findings: the structured findings of a report, one version per signature. The draft
--    is version 1 (saved again while a draft); a structured addendum adds the next version, so the
--    original values stay readable beside the corrected ones.
create table pathology_findings (
    id                      uuid primary key,
    report_id               uuid not null references pathology_report(id),
    number                  integer not null,
    addendum_id             uuid,
    diagnosis               varchar(40) not null,
    stated_behaviour        varchar(20),
    diagnosis_text          varchar(1000),
    microscopy              varchar(4000),
    histologic_subtype      varchar(100),
    breslow_mm              numeric(5,2),
    breslow_not_assessable  varchar(20),
    ulceration              boolean,
    mitotic_rate_per_mm2    numeric(5,1),
    microsatellites         boolean,
    lymphovascular_invasion boolean,
    neurotropism            boolean,
    regression              boolean,
    tils                    varchar(40),
    clark_level             varchar(10),
    differentiation         varchar(40),
    tumour_depth_mm         numeric(5,1),
    beyond_subcutaneous_fat boolean,
    perineural_invasion     boolean,
    nerve_calibre_mm        numeric(4,2),
    bcc_subtypes            varchar(200),
    peripheral_margin_involved boolean,
    peripheral_margin_mm    numeric(5,1),
    deep_margin_involved    boolean,
    deep_margin_mm          numeric(5,1),
    deep_margin_transected  boolean not null default false,
    metastasis_type         varchar(20),
    metastasis_cancer_id    uuid,
    metastasis_site         varchar(40),
    pt_category             varchar(10),
    pt_rule_set             varchar(40),
    pt_explanation          varchar(2000),
    recorded_at             timestamp with time zone not null,
    recorded_by             varchar(60) not null,
    unique (report_id, number)
);

insert into pathology_findings (id, report_id, number, diagnosis, diagnosis_text, microscopy, histologic_subtype,
        breslow_mm, ulceration, mitotic_rate_per_mm2, microsatellites, lymphovascular_invasion, neurotropism,
        regression, tils, clark_level, differentiation, tumour_depth_mm, beyond_subcutaneous_fat, perineural_invasion,
        nerve_calibre_mm, bcc_subtypes, peripheral_margin_involved, peripheral_margin_mm, deep_margin_involved,
        deep_margin_mm, pt_category, pt_rule_set, pt_explanation, recorded_at, recorded_by)
select gen_random_uuid(), id, 1, diagnosis, diagnosis_text, microscopy, histologic_subtype, breslow_mm, ulceration,
       mitotic_rate_per_mm2, microsatellites, lymphovascular_invasion, neurotropism, regression, tils, clark_level,
       differentiation, tumour_depth_mm, beyond_subcutaneous_fat, perineural_invasion, nerve_calibre_mm, bcc_subtypes,
       peripheral_margin_involved, peripheral_margin_mm, deep_margin_involved, deep_margin_mm, pt_category,
       pt_rule_set, pt_explanation, drafted_at, drafted_by
from pathology_report;

alter table pathology_report
    drop column diagnosis, drop column diagnosis_text, drop column microscopy, drop column histologic_subtype,
    drop column breslow_mm, drop column ulceration, drop column mitotic_rate_per_mm2, drop column microsatellites,
    drop column lymphovascular_invasion, drop column neurotropism, drop column regression, drop column tils,
    drop column clark_level, drop column differentiation, drop column tumour_depth_mm,
    drop column beyond_subcutaneous_fat, drop column perineural_invasion, drop column nerve_calibre_mm,
    drop column bcc_subtypes, drop column peripheral_margin_involved, drop column peripheral_margin_mm,
    drop column deep_margin_involved, drop column deep_margin_mm, drop column pt_category, drop column pt_rule_set,
    drop column pt_explanation;

-- 3. an addendum may carry corrected findings: the version it created and what it changed
alter table pathology_addendum add column findings_number integer, add column changes varchar(2000);
