-- Issue 14, public site: the center's public pages in Korean and English. Every published version is
-- kept (append-only); the page shows its newest version, and restoring an earlier one publishes it
-- again as a new version. The public site reads only these tables: never any patient data.
create table site_page (
    slug      varchar(40) primary key check (slug ~ '^[a-z][a-z0-9-]*$'),
    position  int not null unique
);

create table site_page_version (
    slug           varchar(40)  not null references site_page(slug),
    lang           varchar(2)   not null check (lang in ('ko', 'en')),
    version        int          not null check (version >= 1),
    title          varchar(120) not null check (length(btrim(title)) > 0),
    body           text         not null check (length(body) <= 20000),
    published_by   varchar(64)  not null,
    published_at   timestamptz  not null,
    restored_from  int,
    primary key (slug, lang, version)
);

create function site_page_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'site_page_version is append-only: % refused', tg_op;
end;
$$;
create trigger site_page_version_no_update before update or delete on site_page_version
    for each row execute function site_page_version_is_append_only();

insert into site_page (slug, position) values
    ('home', 1), ('diagnosis', 2), ('treatment', 3), ('melanoma', 4), ('skin-care', 5),
    ('follow-up', 6), ('team', 7), ('appointments', 8), ('directions', 9);

-- The first version of every page: patient education written for this center, reviewed like other
-- content. The editor changes it from the site editor (/site-editor).
insert into site_page_version (slug, lang, version, title, body, published_by, published_at) values
('home', 'ko', 1, '센터 소개', $md$
피부암·항암피부관리 센터는 피부암과 피부암 전 단계의 병변(전암성 병변)이 있는 분, 그리고 암 치료를 받는 동안 피부에 문제가 생긴 분을 진료합니다.

## 여러 진료과가 함께 진료합니다

한 분의 진단과 치료를 여러 분야의 전문의가 함께 논의해 정합니다.

- **피부과**: 피부 진찰과 진단, 피부 조직검사, 모스 미세도식 수술과 피부 수술, 항암 치료 중 피부 관리
- **혈액종양내과**: 항암 약물 치료(표적 치료, 면역 치료 포함)
- **성형외과**: 넓은 절제 후 재건 수술
- **방사선종양학과**: 방사선 치료
- **병리과**: 조직검사와 수술 검체의 현미경 진단

## 한 분 한 분에게 맞춘 치료

정확한 진단을 바탕으로, 암의 종류와 병기, 부위, 건강 상태를 함께 고려해 가장 알맞은 치료를 권합니다. 여러 진료과의 전문의가 모이는 다학제 회의에서 치료 방향을 함께 정하기도 합니다.

## 둘러보기

- [진단](/ko/diagnosis): 임상 진단과 피부 조직검사
- [치료](/ko/treatment): 모스 미세도식 수술, 수술, 항암 치료, 방사선 치료
- [흑색종 진료](/ko/melanoma)
- [항암 치료 중 피부 관리](/ko/skin-care)
- [치료 후 추적 관찰](/ko/follow-up)
- [진료안내·의료진](/ko/team), [예약 안내](/ko/appointments), [오시는 길·연락처](/ko/directions)
$md$, 'system', now()),
('home', 'en', 1, 'About the center', $md$
The Skin Cancer / Chemotherapy Skin Care Center sees people with skin cancer or a precancerous skin lesion, and people with cancer whose skin is affected by their treatment.

## Several departments, one team

Specialists from several fields decide on each person's diagnosis and treatment together:

- **Dermatology**: skin examination and diagnosis, skin biopsy, Mohs micrographic surgery and skin surgery, skin care during cancer treatment
- **Hematology/Oncology**: drug treatment of cancer (including targeted therapy and immunotherapy)
- **Plastic & Reconstructive Surgery**: reconstruction after a wide excision
- **Radiation Oncology**: radiation therapy
- **Pathology**: diagnosis of biopsies and surgical specimens under the microscope

## Treatment that fits the person

Treatment follows from an accurate diagnosis and takes into account the type and stage of the cancer, where it is, and the person's general health. For many patients the plan is agreed at a multidisciplinary meeting of all these specialists.

## Where to go next

- [Diagnosis](/en/diagnosis): clinical diagnosis and skin biopsy
- [Treatment](/en/treatment): Mohs micrographic surgery, surgery, chemotherapy, radiation therapy
- [Melanoma care](/en/melanoma)
- [Skin care during cancer treatment](/en/skin-care)
- [Follow-up after treatment](/en/follow-up)
- [Clinics and doctors](/en/team), [Appointments](/en/appointments), [Contact and directions](/en/directions)
$md$, 'system', now()),

('diagnosis', 'ko', 1, '진단', $md$
## 임상 진단

피부암 진단의 첫걸음은 경험 많은 피부과 전문의의 진찰입니다. 의사는 병변의 모양, 색, 크기, 경계와 변화 과정을 살피고, 필요하면 피부 확대경(더모스코피)으로 자세히 봅니다. 사진을 남겨 두면 이후 변화를 비교할 수 있습니다.

## 피부 조직검사

진찰로 피부암이 의심되면 **피부 조직검사**로 확진합니다.

- 국소 마취 후 지름 2~4 mm 정도의 작은 피부 조직을 떼어 냅니다.
- 떼어 낸 조직은 병리과에서 현미경으로 관찰합니다.
- 대개 한두 바늘 봉합하며, 상처는 1~2주면 아뭅니다.
- 흑색종이 의심되면 병변 전체를 떼어 내는 절제 생검을 권하기도 합니다.

## 피부과와 병리과가 함께 내리는 진단

피부과 전문의의 임상 소견과 병리과 전문의의 현미경 소견을 함께 맞추어 보고 최종 진단을 내립니다. 치료는 이 진단을 바탕으로 정합니다. 결과는 담당 의사가 외래에서 직접 설명해 드립니다.
$md$, 'system', now()),
('diagnosis', 'en', 1, 'Diagnosis', $md$
## Clinical diagnosis

Diagnosing skin cancer starts with an examination by an experienced dermatologist. The doctor looks at the lesion's shape, colour, size, border and how it has changed, often through a dermatoscope (a skin magnifier). Photographs let later visits compare.

## Skin biopsy

When the examination suggests skin cancer, a **skin biopsy** confirms it.

- Under local anaesthesia a small piece of skin, about 2 to 4 mm across, is taken.
- The pathology department examines it under the microscope.
- One or two stitches usually close the wound, which heals in one to two weeks.
- When melanoma is suspected, the doctor may advise removing the whole lesion (an excisional biopsy).

## Dermatologists and pathologists diagnose together

The final diagnosis brings together the dermatologist's clinical findings and the pathologist's findings under the microscope, and treatment is decided from it. Your doctor explains the result to you in clinic.
$md$, 'system', now()),

('treatment', 'ko', 1, '치료', $md$
피부암의 종류와 병기, 부위, 건강 상태에 따라 다음 치료를 단독으로 또는 함께 시행합니다.

## 모스 미세도식 수술

얼굴처럼 기능과 모양이 중요한 부위의 피부암에 주로 시행합니다. 암을 얇게 한 층씩 떼어 내고, 떼어 낸 조직의 가장자리 전체를 수술 당일 현미경으로 확인합니다. 암이 남아 있는 곳만 한 층 더 떼어 내므로 정상 피부를 최대한 보존하면서 재발을 줄일 수 있습니다.

## 수술

암과 그 둘레의 정상 피부를 일정한 너비(절제연)로 함께 떼어 냅니다. 떼어 낸 조직은 병리과에서 경계에 암이 남지 않았는지 확인합니다. 넓은 부위를 절제한 경우 성형외과에서 피부 이식이나 피판술로 재건합니다.

## 항암 약물 치료

수술이 어렵거나 암이 다른 곳으로 퍼진 경우 혈액종양내과에서 항암 약물 치료를 합니다. 암의 종류에 따라 표적 치료제나 면역 항암제를 사용하기도 합니다.

## 방사선 치료

수술이 어려운 부위나 수술 후 재발 위험이 높은 경우 방사선종양학과에서 방사선 치료를 합니다.

치료 방법은 담당 의사와 충분히 상의한 뒤 정합니다.
$md$, 'system', now()),
('treatment', 'en', 1, 'Treatment', $md$
Depending on the type and stage of the cancer, where it is and your general health, the following treatments are used alone or together.

## Mohs micrographic surgery

Mostly for skin cancers where function and appearance matter most, such as on the face. The cancer is removed one thin layer at a time, and the whole edge of each layer is checked under the microscope the same day. Only where cancer remains is another layer taken, so as much healthy skin as possible is kept and the chance of recurrence is low.

## Surgery

The cancer is removed together with a rim of normal skin around it (the margin). The pathology department checks that no cancer is left at the edges. After a wide excision, plastic surgeons can reconstruct the area with a skin graft or a flap.

## Chemotherapy

When surgery is not possible or the cancer has spread, the hematology/oncology department treats it with medicines; depending on the cancer these may include targeted therapy or immunotherapy.

## Radiation therapy

Radiation oncologists treat cancers in places where surgery is difficult, or after surgery when the risk of recurrence is high.

Your treatment is chosen together with your doctor.
$md$, 'system', now()),

('melanoma', 'ko', 1, '흑색종 진료', $md$
흑색종은 피부의 색소 세포에서 생기는 암으로, 일찍 발견해 치료할수록 결과가 좋습니다.

## 이런 점을 살펴보세요

- 모양이 비대칭이거나 경계가 불규칙한 점
- 여러 가지 색이 섞인 점
- 지름이 6 mm보다 크거나 점점 커지는 점
- 모양, 색, 크기가 변하거나 피가 나는 점
- 손발바닥이나 손발톱에 새로 생긴 검은 점이나 세로 줄

이런 변화가 보이면 피부과 진료를 받으세요.

## 진단과 병기 확인

피부 조직검사로 흑색종을 진단하고, 병리 결과(종양 두께, 궤양 여부 등)와 필요한 영상 검사로 다른 장기로 퍼졌는지 확인해 병기를 정합니다. 병기에 따라 감시 림프절 생검을 권할 수 있습니다.

## 다학제 치료

수술적 절제를 중심으로, 병기에 따라 항암 약물 치료(면역 항암제, 표적 치료제)와 방사선 치료를 함께 계획합니다. 피부과, 성형외과, 혈액종양내과, 방사선종양학과, 병리과 전문의가 다학제 회의에서 치료 방향을 함께 정합니다.
$md$, 'system', now()),
('melanoma', 'en', 1, 'Melanoma care', $md$
Melanoma is a cancer of the skin's pigment cells. The earlier it is found and treated, the better the outcome.

## What to look out for

- A mole that is asymmetric or has an irregular border
- A mole with several colours
- A mole larger than 6 mm across, or growing
- A mole that changes in shape, colour or size, or bleeds
- A new dark spot on a palm or sole, or a new dark streak in a nail

If you notice such a change, see a dermatologist.

## Diagnosis and stage

A skin biopsy diagnoses melanoma. The pathology findings (tumour thickness, ulceration and others) and, where needed, imaging tests show whether it has spread, which gives the stage. Depending on the stage, a sentinel lymph node biopsy may be advised.

## Multidisciplinary treatment

Surgical removal is the main treatment; depending on the stage, drug treatment (immunotherapy, targeted therapy) and radiation therapy are planned with it. Dermatologists, plastic surgeons, oncologists, radiation oncologists and pathologists agree on the plan together at a multidisciplinary meeting.
$md$, 'system', now()),

('skin-care', 'ko', 1, '항암 치료 중 피부 관리', $md$
항암 약물 치료나 방사선 치료를 받는 동안 피부, 손발톱, 모발에 변화가 생길 수 있습니다. 여드름 모양 발진, 손발 피부 반응(손발 증후군), 피부 건조와 가려움, 손발톱 주위 염증, 방사선 피부염 등이 흔합니다.

## 센터에서 하는 일

피부과 전문의가 피부 증상의 정도를 평가하고 치료합니다. 담당 종양내과 의사와 의견을 나누어, 가능한 한 암 치료를 계속 받을 수 있도록 돕습니다. 일부 약제는 증상이 생기기 전에 예방 관리를 시작하기도 합니다.

## 집에서 할 수 있는 관리

- 순한 세정제로 씻고, 보습제를 하루 두 번 이상 충분히 바르세요.
- 외출할 때는 자외선 차단제를 바르고 모자 등으로 햇빛을 가리세요.
- 뜨거운 물과 꽉 끼는 신발, 손발에 반복되는 마찰을 피하세요.
- 손발톱은 너무 짧지 않게 일자로 자르세요.

## 바로 연락하세요

물집, 피부가 벗겨짐, 고름이나 열이 나는 경우, 통증 때문에 일상생활이 어려운 경우에는 다음 진료를 기다리지 말고 담당 의료진에게 연락하세요.
$md$, 'system', now()),
('skin-care', 'en', 1, 'Skin care during cancer treatment', $md$
Cancer medicines and radiation therapy can change the skin, nails and hair. Common problems are an acne-like rash, hand-foot skin reactions (hand-foot syndrome), dry and itchy skin, inflammation around the nails, and radiation dermatitis.

## What the center does

A dermatologist assesses how severe the skin problem is and treats it, in touch with your oncologist, so that you can keep receiving your cancer treatment where possible. For some medicines, preventive skin care starts before any symptom appears.

## What you can do at home

- Wash with a mild cleanser and apply a moisturiser generously at least twice a day.
- Use sunscreen outdoors and shade your skin with a hat or clothing.
- Avoid hot water, tight shoes and repeated friction on the hands and feet.
- Cut your nails straight across and not too short.

## Contact us at once

If you have blisters, peeling skin, pus or fever, or pain that stops your daily activities, do not wait for your next visit: contact your care team.
$md$, 'system', now()),

('follow-up', 'ko', 1, '치료 후 추적 관찰', $md$
치료가 끝난 뒤에도 센터에서 정기 검진을 받을 수 있습니다.

- 수술을 받은 분은 수술한 의사에게, 수술 외 치료를 받은 분은 치료를 맡았던 의사에게 정기 검진을 받습니다.
- 검진 간격은 암의 종류와 병기, 상태에 따라 다릅니다. 의사가 안내한 날짜에 내원하세요.
- 검진에서는 수술 부위와 림프절, 전신 피부를 살피고, 필요하면 영상 검사를 합니다.
- 재발이 의심되면 피부 조직검사를 다시 할 수 있습니다.

## 스스로 하는 피부 점검

한 달에 한 번 밝은 곳에서 거울을 이용해 온몸의 피부를 살펴보세요. 새로 생긴 덩이나 점, 낫지 않는 상처, 수술 부위 주변의 변화가 있으면 다음 검진을 기다리지 말고 연락하세요. 자외선 차단도 꾸준히 해 주세요.
$md$, 'system', now()),
('follow-up', 'en', 1, 'Follow-up after treatment', $md$
After your treatment ends you can keep seeing the center for regular checkups.

- If you had surgery, your surgeon sees you; after other treatment, the doctor who treated you.
- How often you come depends on the type and stage of the cancer and how you are. Please come on the dates your doctor gives you.
- At each checkup the doctor examines the treated area, the lymph nodes and your whole skin, and orders imaging when needed.
- If a recurrence is suspected, a skin biopsy can be done again.

## Checking your own skin

Once a month, look over your whole skin in good light with a mirror. If you find a new lump or spot, a sore that does not heal, or a change around the scar, contact us without waiting for your next checkup. Keep protecting your skin from the sun.
$md$, 'system', now()),

('team', 'ko', 1, '진료안내·의료진', $md$
## 진료 시간

- 평일 오전 9시~12시, 오후 1시 30분~5시 30분
- 토요일, 일요일, 공휴일은 휴진합니다.
- 진료과와 의사에 따라 진료 요일이 다릅니다. 예약할 때 확인해 주세요.

## 의료진

| 진료과 | 의료진 | 진료 분야 |
|---|---|---|
| 피부과 | 김지현 | 피부암 진단, 모스 미세도식 수술 |
| 피부과 | 박서준 | 피부암 진단, 항암 치료 중 피부 관리 |
| 성형외과 | 정하은 | 피부암 절제와 재건 |
| 혈액종양내과 | 최민호 | 흑색종과 진행성 피부암의 약물 치료 |
| 방사선종양학과 | 강도윤 | 피부암 방사선 치료 |
| 병리과 | 이수민 | 피부 병리 진단 |
| 간호 | 윤예진 | 전담 간호사, 진료와 검진 일정 안내 |
$md$, 'system', now()),
('team', 'en', 1, 'Clinics and doctors', $md$
## Clinic hours

- Weekdays 9:00 to 12:00 and 13:30 to 17:30
- Closed on Saturdays, Sundays and public holidays.
- Each department and doctor holds clinics on certain days; please ask when you book.

## Our team

| Department | Name | Areas |
|---|---|---|
| Dermatology | KIM Jihyun | Skin cancer diagnosis, Mohs micrographic surgery |
| Dermatology | PARK Seojun | Skin cancer diagnosis, skin care during cancer treatment |
| Plastic & Reconstructive Surgery | JUNG Haeun | Skin cancer excision and reconstruction |
| Hematology/Oncology | CHOI Minho | Drug treatment of melanoma and advanced skin cancer |
| Radiation Oncology | KANG Doyoon | Radiation therapy of skin cancer |
| Pathology | LEE Sumin | Dermatopathology |
| Nursing | YOON Yejin | Nurse coordinator: clinic and checkup schedules |
$md$, 'system', now()),

('appointments', 'ko', 1, '예약 안내', $md$
## 처음 오시는 분

- 전화 또는 병원 방문으로 예약할 수 있습니다.
- 다른 병원에서 피부암을 진단받았거나 의심 소견을 들은 경우 **진료의뢰서**와 조직검사 결과지, 검사 영상 자료를 가져오세요.
- 흑색종이 의심되는 경우에는 빠른 진료를 위해 의뢰서에 그 내용을 적어 달라고 요청하세요.
- 항암 치료 중 피부 문제로 오시는 분은 사용 중인 항암제 이름과 담당 종양내과 정보를 알려 주세요.

## 다시 오시는 분

다음 진료 예약은 진료를 마친 뒤 외래에서 하거나 전화로 할 수 있습니다. 예약을 바꾸거나 취소하려면 미리 연락해 주세요.

## 진료 당일

신분증과 건강보험 정보를 준비하고, 예약 시간 30분 전까지 도착해 접수해 주세요.
$md$, 'system', now()),
('appointments', 'en', 1, 'Appointments', $md$
## Your first visit

- Book by telephone or in person at the hospital.
- If another hospital diagnosed or suspected skin cancer, bring the **referral letter**, the biopsy report and your imaging.
- If melanoma is suspected, ask your doctor to say so in the referral so that you are seen quickly.
- If you come for a skin problem during cancer treatment, tell us the names of your cancer medicines and your oncologist.

## Returning patients

Book your next visit at the clinic after your appointment or by telephone. To change or cancel an appointment, please let us know in advance.

## On the day

Bring your identity card and health insurance details, and arrive 30 minutes before your appointment to register.
$md$, 'system', now()),

('directions', 'ko', 1, '오시는 길·연락처', $md$
## 진료 장소

- 피부과 외래: 본관 3층
- 성형외과 외래: 본관 4층
- 혈액종양내과 외래: 암센터 2층
- 방사선종양학과: 암센터 지하 1층

## 연락처

예약과 진료 문의는 병원 대표 전화로 하시고 안내에 따라 피부암센터를 선택하세요. 전화번호와 주소는 병원 누리집 첫 화면에서 확인할 수 있습니다.

## 오시는 길

대중교통 이용을 권합니다. 병원 주차장은 혼잡할 수 있습니다. 휠체어나 이동 도움이 필요하시면 정문 안내 데스크에 말씀해 주세요.
$md$, 'system', now()),
('directions', 'en', 1, 'Contact and directions', $md$
## Where the clinics are

- Dermatology clinic: Main building, 3rd floor
- Plastic & Reconstructive Surgery clinic: Main building, 4th floor
- Hematology/Oncology clinic: Cancer center, 2nd floor
- Radiation Oncology: Cancer center, basement level 1

## Contact

For appointments and questions, call the hospital's main number and choose the skin cancer center. The telephone number and address are on the hospital website's front page.

## Getting here

Public transport is the easiest way; the hospital car park can be full. If you need a wheelchair or help getting around, ask at the information desk at the main entrance.
$md$, 'system', now());
