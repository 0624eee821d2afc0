package org.cutis.demo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The bare SQL of each measured operation (issue 15's floor): what the page or answer shows, read
 * with the indexes the schema has, in as few statements as the data allows, and the audit lines a
 * look at patients must write (into a temporary table of the floor's own connection, so the bench
 * never adds to the real audit log). Worklists read one page of 50, as a paged worklist must.
 * Registration inserts the patient and rolls back, leaving no row behind.
 */
final class Floors {
	static final String SEARCH_COLUMNS = "d.key, d.type, d.record_id, d.patient_id, d.title, d.link, d.body";
	static final String PATIENT_COLUMNS = "p.mrn, p.name_hangul, p.name_latin, p.sex, p.birth_date";
	static final int PAGE = 50;
	static final String AUDIT_TABLE = "create temp table if not exists floor_audit (at timestamptz, username text,"
			+ " action text, patient_id uuid, record_type text)";

	/** Tables whose rows are a patient's chart events, each found by its patient. */
	static final List<String> CHART_TABLES = List.of("lesion", "specimen", "pathology_report", "referral",
			"cancer_diagnosis", "workup_order", "visit_note", "appointment", "surveillance_plan", "surveillance_visit",
			"skin_adverse_event", "skin_prophylaxis", "oncology_recommendation", "treatment_plan", "surgery_procedure",
			"surgery_excision", "mohs_case", "systemic_course", "radiotherapy_course", "recurrence");

	/** One statement and its parameters for a sample. */
	record Step(String sql, Function<String, Object[]> parameters) {
		static Step of(String sql) {
			return new Step(sql, sample -> new Object[0]);
		}

		static Step byId(String sql) {
			return new Step(sql, sample -> new Object[] { UUID.fromString(sample) });
		}
	}

	/** The statements of one request, in one transaction, rolled back instead of committed where it writes. */
	record Floor(List<Step> steps, boolean rollback) {
	}

	static final Map<String, Floor> FLOORS = Map.ofEntries(
			Map.entry("search name prefix", search("select " + SEARCH_COLUMNS + " from patient p join search_document d"
					+ " on d.type = 'patient' and d.record_id = p.id"
					+ " where p.name_hangul >= ? and p.name_hangul < ? and p.voided_at is null"
					+ " order by p.name_hangul, p.id limit 21",
					sample -> new Object[] { sample, prefixEnd(sample) })),
			Map.entry("search MRN", search("select " + SEARCH_COLUMNS + " from patient p join search_document d"
					+ " on d.patient_id = p.id where p.mrn = ? and not d.voided limit 21", sample -> new Object[] { sample })),
			Map.entry("search accession", search("select " + SEARCH_COLUMNS + " from specimen s join search_document d"
					+ " on d.type = 'specimen' and d.record_id = s.id where s.accession = ?", sample -> new Object[] { sample })),
			Map.entry("search report word", search("select " + SEARCH_COLUMNS + " from search_document d"
					+ " where d.body like ? limit 21", sample -> new Object[] { "%" + literal(sample) + "%" })),
			Map.entry("chart (500 events)", new Floor(chart(), false)),
			Map.entry("pathologist worklist", worklist("select ps.*, exists (select 1 from pathology_report r"
					+ " where r.specimen_id = ps.specimen_id) as drafted from pathology_specimen ps"
					+ " where ps.withdrawn_at is null and ps.signed_at is null order by ps.received_at, ps.specimen_id",
					"received_at", "select count(*) from pathology_specimen where withdrawn_at is null and signed_at is null")),
			// one wait's first rows from the path log's partial index (V1860), as the page reads each wait
			Map.entry("path log", worklist("select s.*, l.number as lesion_number, l.site as lesion_site,"
					+ " s.path_since as since from specimen s left join lesion l on l.id = s.lesion_id"
					+ " where s.path_awaits = 'REPORT' order by s.path_since, s.id", "since")),
			// the worklist's own order (V1870): red flag and urgency as priority_rank, then the oldest first
			Map.entry("triage worklist", worklist("select r.* from referral r where r.status = 'RECEIVED'"
					+ " order by r.priority_rank, r.received_at, r.id", "priority_rank, page.received_at, page.id")),
			// the kept list's own order (V1891), with the visits the page shows and the count beside its pager
			Map.entry("recall list", worklist("select ri.*, v.kind as visit_kind, v.status as visit_status"
					+ " from recall_item ri join surveillance_visit v on v.id = ri.visit_id where ri.resolved_at is null"
					+ " order by ri.urgency desc, ri.due_to, ri.due_from, ri.visit_id",
					"urgency desc, page.due_to, page.due_from, page.visit_id",
					"select count(*) from recall_item where resolved_at is null")),
			Map.entry("tumor board meeting", new Floor(meeting(false), false)),
			Map.entry("tumor board packet PDF", new Floor(meeting(true), false)),
			Map.entry("registration", new Floor(registration(), true)));

	private Floors() {
	}

	private static Floor search(String sql, Function<String, Object[]> parameters) {
		return new Floor(List.of(new Step(sql, parameters)), false);
	}

	/** The first page of a worklist with its patients, and one audit line per listed patient, in one statement. */
	/** A worklist page with the count of the whole list the page shows beside its pager. */
	static Floor worklist(String ordered, String orderColumn, String count) {
		Floor page = worklist(ordered, orderColumn);
		List<Step> steps = new ArrayList<>(page.steps());
		steps.add(Step.of(count));
		return new Floor(steps, false);
	}

	static Floor worklist(String ordered, String orderColumn) {
		String sql = "with page as (" + ordered + " limit " + PAGE + "),"
				+ " audit as (insert into floor_audit (at, username, action, patient_id)"
				+ " select now(), 'bench', 'LIST', patient_id from page)"
				+ " select page.*, " + PATIENT_COLUMNS + " from page join patient p on p.id = page.patient_id"
				+ " order by page." + orderColumn;
		return new Floor(List.of(Step.of(sql)), false);
	}

	static List<Step> chart() {
		List<Step> steps = new ArrayList<>();
		steps.add(Step.byId("select * from patient where id = ?"));
		steps.add(Step.byId("select * from patient_revision where patient_id = ? order by version desc"));
		for (String table : CHART_TABLES) {
			steps.add(Step.byId("select * from " + table + " where patient_id = ?"));
		}
		for (String table : List.of("staging_record", "cancer_evidence")) {
			steps.add(Step.byId("select x.* from " + table + " x join cancer_diagnosis c on c.id = x.cancer_id"
					+ " where c.patient_id = ?"));
		}
		steps.add(Step.byId("select ss.* from specimen_step ss join specimen s on s.id = ss.specimen_id"
				+ " where s.patient_id = ?"));
		steps.add(Step.byId("insert into floor_audit (at, username, action, patient_id) values (now(), 'bench', 'VIEW', ?)"));
		return steps;
	}

	static List<Step> meeting(boolean packet) {
		String cases = " join board_case bc on bc.%s where bc.meeting_id = ?";
		List<Step> steps = new ArrayList<>(List.of(Step.byId("select * from board_meeting where id = ?"),
				Step.byId("select bc.*, " + PATIENT_COLUMNS + ", c.kind, c.diagnosis, c.site, c.laterality, c.diagnosis_date"
						+ " from board_case bc join patient p on p.id = bc.patient_id"
						+ " left join cancer_diagnosis c on c.id = bc.cancer_id where bc.meeting_id = ?"),
				Step.byId("select st.* from staging_record st" + cases.formatted("cancer_id = st.cancer_id")),
				Step.byId("select e.* from cancer_evidence e" + cases.formatted("cancer_id = e.cancer_id")),
				Step.byId("select a.* from board_case_attendee a" + cases.formatted("id = a.case_id")),
				Step.byId("select r.*, i.* from board_recommendation r left join board_plan_item i on i.recommendation_id = r.id"
						+ cases.formatted("id = r.case_id"))));
		if (packet) {
			steps.add(Step.byId("select pr.* from pathology_report pr join cancer_diagnosis c on c.latest_report_id = pr.id"
					+ cases.formatted("cancer_id = c.id")));
			steps.add(Step.byId("select w.* from workup_order w" + cases.formatted("cancer_id = w.cancer_id")));
		}
		steps.add(Step.byId("insert into floor_audit (at, username, action, patient_id)"
				+ " select now(), 'bench', 'VIEW', patient_id from board_case where meeting_id = ?"));
		return steps;
	}

	/** The duplicate check on the birth date, the new patient, its audit line; the transaction is rolled back. */
	static List<Step> registration() {
		return List.of(new Step("select id, " + PATIENT_COLUMNS.replace("p.", "") + ", phone from patient"
				+ " where birth_date = ? and voided_at is null and name_hangul = ? limit 20",
				sample -> new Object[] { LocalDate.parse(sample), "김민준" }),
				new Step("insert into patient (id, mrn, name_hangul, sex, birth_date, phone, registered_at, registered_by)"
						+ " values (?, ?, '김민준', 'FEMALE', ?, '010-5555-0101', now(), 'bench')",
						sample -> new Object[] { UUID.randomUUID(),
								"B" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L)),
								LocalDate.parse(sample) }),
				Step.of("insert into floor_audit (at, username, action, record_type) values (now(), 'bench', 'CREATE', 'patient')"));
	}

	/** The first string after every string that begins with {@code prefix} (the last character raised by one). */
	static String prefixEnd(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
	}

	/** A word for LIKE, its wildcard characters taken literally. */
	static String literal(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
