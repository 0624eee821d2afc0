-- drug module (issue 12): the drugs earlier referrals named in free text (kept by V420 as free
-- entries) that the catalogue knows by code, English or Korean generic name become catalogue
-- entries with the catalogue's names and class. Names the catalogue does not know stay free entries.
update referral_drug rd
set code = d.code, name_ko = d.name_ko, name_en = d.name_en, drug_class = d.drug_class, free_entry = false
from drug d
where rd.free_entry and rd.code is null
  and (lower(rd.name_en) = d.code or lower(rd.name_en) = lower(d.name_en) or rd.name_ko = d.name_ko);
