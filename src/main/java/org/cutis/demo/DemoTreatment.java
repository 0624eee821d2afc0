package org.cutis.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.StaffEnrolment;
import org.cutis.mohs.MohsRecords;
import org.cutis.mohs.MohsRecords.Block;
import org.cutis.oncology.CourseRecords;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentRecords;
import org.cutis.tumorboard.BoardDiscussions;
import org.cutis.tumorboard.BoardDiscussions.Item;
import org.cutis.tumorboard.BoardDiscussions.Present;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * After the lesions and signed cancers of {@link DemoLoop}: their treatment, as each department
 * records it. The two board melanomas are discussed today and their plans made from the signed
 * recommendations: the thinner one excised with 1 cm, the ulcerated one excised with 2 cm and
 * started on adjuvant nivolumab; the nodular BCC of the cheek goes through a Mohs case of two
 * stages closed by a rotation flap, its operative report signed; the poorly differentiated cSCC of
 * the cheek gets definitive radiotherapy. Staging opens the cancers after the reports' signatures
 * commit, so this waits for them. Every typed word is Korean.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "cutis.demo", havingValue = "true")
class DemoTreatment implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoTreatment.class);
	/** How long staging may take to open the demo's cancers on a busy first start. */
	private static final Duration CANCERS_WAIT = Duration.ofMinutes(2);
	/** DemoLoop's nodular BCC of the cheek, reviewed ten days ago. */
	static final int MOHS_STORY = 10;
	static final int THIN_MELANOMA = 0;
	static final int ULCERATED_MELANOMA = 1;
	static final int CHEEK_SCC = 3;

	private final BoardDiscussions board;
	private final TreatmentRecords treatment;
	private final MohsRecords mohs;
	private final CourseRecords courses;
	private final CancerDirectory cancers;
	private final StaffEnrolment accounts;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DemoTreatment(BoardDiscussions board, TreatmentRecords treatment, MohsRecords mohs, CourseRecords courses,
			CancerDirectory cancers, StaffEnrolment accounts, JdbcTemplate jdbc, Clock clock) {
		this.board = board;
		this.treatment = treatment;
		this.mohs = mohs;
		this.courses = courses;
		this.cancers = cancers;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.queryForObject("select count(*) from treatment_plan", Integer.class) > 0
				|| jdbc.queryForObject("select count(*) from mohs_case", Integer.class) > 0) {
			return;
		}
		List<UUID> patients = jdbc.queryForList("select id from patient order by mrn limit ?", UUID.class,
				DemoLoop.STORIES.size() + DemoCancers.BOARD_STORIES.size());
		if (patients.size() < DemoLoop.STORIES.size() + DemoCancers.BOARD_STORIES.size()) {
			return;
		}
		try {
			Optional<Lesioned> thin = cancerOf(patients.get(DemoLoop.STORIES.size() + THIN_MELANOMA));
			Optional<Lesioned> ulcerated = cancerOf(patients.get(DemoLoop.STORIES.size() + ULCERATED_MELANOMA));
			Optional<Lesioned> bcc = cancerOf(patients.get(MOHS_STORY));
			Optional<Lesioned> scc = cancerOf(patients.get(DemoLoop.STORIES.size() + CHEEK_SCC));
			LocalDate today = LocalDate.now(clock);
			thin.ifPresent(c -> {
				UUID caseId = discussed(c.cancerId(), "광범위 절제 범위와 감시림프절 생검 여부",
						List.of(new Item("wide-local-excision", "1 cm")));
				as("demo-derm", () -> treatment.planFromBoard(caseId));
				as("demo-derm", () -> treatment.wideExcision(c.cancerId(), "demo-derm", today, BigDecimal.ONE, "cm"));
			});
			ulcerated.ifPresent(c -> {
				UUID caseId = discussed(c.cancerId(), "궤양이 있는 3.2 mm 흑색종의 절제 범위와 보조요법",
						List.of(new Item("wide-local-excision", "2 cm"), new Item("systemic-therapy", "immunotherapy")));
				as("demo-derm", () -> treatment.planFromBoard(caseId));
				as("demo-derm", () -> treatment.wideExcision(c.cancerId(), "demo-derm", today, new BigDecimal("2"), "cm"));
				UUID course = as("demo-onc", () -> courses.startSystemic(c.cancerId(), "nivolumab", "adjuvant", 1,
						new BigDecimal("168"), new BigDecimal("64.5"), today));
				as("demo-onc", () -> courses.cycle(course, 1, today));
			});
			bcc.ifPresent(c -> as("demo-derm", () -> {
				UUID id = mohs.open(c.lesionId(), c.cancerId(), "healthy", false, false);
				// stage 1: tumour at the peripheral margin between 2 and 4 o'clock; stage 2 takes only that sector
				mohs.stage(id, List.of(new Block(1, 12, 2, "clear"), new Block(2, 2, 4, "peripheral"),
						new Block(3, 4, 8, "clear"), new Block(4, 8, 12, "clear")), 35);
				mohs.stage(id, List.of(new Block(1, 2, 4, "clear")), 25);
				mohs.close(id, new BigDecimal("18"), new BigDecimal("14"), "flap", "rotation");
				mohs.sign(id, DemoCenter.PASSWORD);
			}));
			scc.ifPresent(c -> as("demo-rad", () -> courses.radiotherapy(c.cancerId(), "왼쪽 뺨", "definitive",
					"electrons", new BigDecimal("60"), 30, new BigDecimal("2"), today, null)));
			log.info("Demo treatment loaded: plans from the board, excisions, a Mohs case, oncology courses");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The cancer discussed today by the full board, chaired by demo-onc, and its recommendation signed. */
	private UUID discussed(UUID cancerId, String question, List<Item> items) {
		return as("demo-onc", () -> board.discussToday("피부암 다학제 위원회 (당일 논의)", "본관 3층 회의실", cancerId, question,
				List.of(new Present(Department.DERMATOLOGY, "demo-derm"),
						new Present(Department.HEMATOLOGY_ONCOLOGY, "demo-onc"),
						new Present(Department.PATHOLOGY, "demo-path"),
						new Present(Department.PLASTIC_SURGERY, "demo-surg"),
						new Present(Department.RADIATION_ONCOLOGY, "demo-rad")),
				"demo-onc", DemoCenter.PASSWORD, "curative", items));
	}

	record Lesioned(UUID lesionId, UUID cancerId) {
	}

	/** The patient's demo lesion and the cancer staging opened for it (awaited: it is opened after commit). */
	private Optional<Lesioned> cancerOf(UUID patientId) {
		List<UUID> lesions = jdbc.queryForList("select id from lesion where patient_id = ?", UUID.class, patientId);
		if (lesions.isEmpty()) {
			return Optional.empty();
		}
		UUID lesion = lesions.get(0);
		Instant until = clock.instant().plus(CANCERS_WAIT);
		while (clock.instant().isBefore(until)) {
			Optional<CancerSummary> cancer = cancers.findByLesion(lesion);
			if (cancer.isPresent()) {
				return Optional.of(new Lesioned(lesion, cancer.get().id()));
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		log.warn("Demo treatment: no cancer opened for lesion {} within {}", lesion, CANCERS_WAIT);
		return Optional.empty();
	}

	private void as(String username, Runnable step) {
		as(username, () -> {
			step.run();
			return null;
		});
	}

	/** Runs one step as the demo account whose job it is, so who-did-what reads like a clinic. */
	private <T> T as(String username, Supplier<T> step) {
		CutisPrincipal principal = accounts.principalOf(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		return step.get();
	}
}
