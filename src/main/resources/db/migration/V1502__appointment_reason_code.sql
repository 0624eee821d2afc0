-- visit-more (issue 13): the appointment's reason as a code (labels in Korean and English), beside
-- the free text a desk booking may still type. Follow-up bookings stored the fixed Korean words
-- '추적 관찰 방문': those rows now carry the code instead (AppointmentReason maps the same text).
alter table appointment add column reason_code varchar(30)
    check (reason_code in ('follow-up-visit', 'imaging-review', 'skin-check', 'referral', 'procedure', 'skin-care'));
alter table appointment add constraint appointment_one_reason check (reason_code is null or reason is null);
update appointment set reason_code = 'follow-up-visit', reason = null where reason = '추적 관찰 방문';
