package org.cutis.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.cutis.clinical.BiopsyTechnique;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.BiopsyOrdering;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.biopsy.BiopsyOrder;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.StaffEnrolment;
import org.cutis.lesion.BodyView;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.lesion.Suspicion;
import org.cutis.lesion.LesionRecording;
import org.cutis.lesion.LesionDescription;
import org.cutis.lesion.PhotoKind;
import org.cutis.pathology.Reporting;
import org.cutis.pathology.Synoptic;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.AnatomicSite;
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
 * After the demo center's people: lesions with drawn photos and biopsy specimens in every state
 * of the loop, some of them overdue, so the path log and the pathologist's worklist mean
 * something on the first start. Each step is done by the demo account whose job it is; the
 * story of each specimen is then moved back in time as a whole (the services stamp "now").
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "cutis.demo", havingValue = "true")
class DemoLoop implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoLoop.class);

	/** Where a specimen's story stops, how many days ago it happened, and what pathology found. */
	record Story(SpecimenStatus until, int daysAgo, Diagnosis impression, Diagnosis result, AnatomicSite site,
			BodyView view, int x, int y, Laterality side) {
	}

	static final List<Story> STORIES = List.of(
			new Story(SpecimenStatus.ORDERED, 0, Diagnosis.BCC, null, AnatomicSite.CHEST, BodyView.FRONT, 42, 28, Laterality.RIGHT),
			new Story(SpecimenStatus.COLLECTED, 0, Diagnosis.CSCC, null, AnatomicSite.FOREARM, BodyView.FRONT, 20, 50, Laterality.RIGHT),
			new Story(SpecimenStatus.SENT, 6, Diagnosis.MELANOMA, null, AnatomicSite.BACK, BodyView.BACK, 45, 32, Laterality.LEFT),
			new Story(SpecimenStatus.RECEIVED, 0, Diagnosis.BCC, null, AnatomicSite.NOSE, BodyView.HEAD, 50, 52, Laterality.MIDLINE),
			new Story(SpecimenStatus.RECEIVED, 6, Diagnosis.MELANOMA, null, AnatomicSite.THIGH, BodyView.FRONT, 40, 68, Laterality.RIGHT),
			new Story(SpecimenStatus.GROSSED, 1, Diagnosis.ACTINIC_KERATOSIS, null, AnatomicSite.SCALP, BodyView.HEAD, 50, 10, Laterality.MIDLINE),
			new Story(SpecimenStatus.REPORTED, 5, Diagnosis.MELANOMA, Diagnosis.MELANOMA, AnatomicSite.SHOULDER, BodyView.BACK, 30, 22, Laterality.LEFT),
			new Story(SpecimenStatus.SIGNED, 4, Diagnosis.MELANOMA, Diagnosis.MELANOMA, AnatomicSite.BACK, BodyView.BACK, 55, 40, Laterality.RIGHT),
			new Story(SpecimenStatus.SIGNED, 1, Diagnosis.BENIGN_NAEVUS, Diagnosis.BENIGN_NAEVUS, AnatomicSite.ABDOMEN, BodyView.FRONT, 50, 45, Laterality.LEFT),
			new Story(SpecimenStatus.SIGNED, 16, Diagnosis.SEBORRHOEIC_KERATOSIS, Diagnosis.SEBORRHOEIC_KERATOSIS, AnatomicSite.NECK, BodyView.FRONT, 52, 18, Laterality.MIDLINE),
			new Story(SpecimenStatus.REVIEWED, 10, Diagnosis.BCC, Diagnosis.BCC, AnatomicSite.CHEEK, BodyView.HEAD, 35, 55, Laterality.LEFT),
			new Story(SpecimenStatus.REVIEWED, 1, Diagnosis.CSCC, Diagnosis.CSCC, AnatomicSite.HAND, BodyView.HANDS, 30, 40, Laterality.RIGHT),
			new Story(SpecimenStatus.COMMUNICATED, 20, Diagnosis.MELANOMA, Diagnosis.MELANOMA, AnatomicSite.LEG, BodyView.FRONT, 58, 80, Laterality.LEFT),
			new Story(SpecimenStatus.REJECTED, 2, Diagnosis.BOWEN_DISEASE, null, AnatomicSite.LEG, BodyView.FRONT, 42, 82, Laterality.RIGHT),
			new Story(SpecimenStatus.VOIDED, 3, Diagnosis.SEBORRHOEIC_KERATOSIS, null, AnatomicSite.BACK, BodyView.BACK, 50, 60, Laterality.MIDLINE));

	private final LesionRecording lesions;
	private final BiopsyOrdering specimens;
	private final Reporting reports;
	private final PatientDirectory patients;
	private final StaffEnrolment accounts;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final DemoCancers cancers;

	DemoLoop(LesionRecording lesions, BiopsyOrdering specimens, Reporting reports, PatientDirectory patients,
			StaffEnrolment accounts, JdbcTemplate jdbc, Clock clock, DemoCancers cancers) {
		this.cancers = cancers;
		this.lesions = lesions;
		this.specimens = specimens;
		this.reports = reports;
		this.patients = patients;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.queryForObject("select count(*) from lesion", Integer.class) > 0) {
			return;
		}
		List<UUID> demoPatients = jdbc.queryForList("select id from patient order by mrn limit ?", UUID.class,
				STORIES.size() + DemoCancers.BOARD_STORIES.size());
		Random random = new Random(20261126L);
		try {
			for (int i = 0; i < STORIES.size() && i < demoPatients.size(); i++) {
				tell(STORIES.get(i), demoPatients.get(i), random);
			}
			for (int i = 0; i < DemoCancers.BOARD_STORIES.size() && STORIES.size() + i < demoPatients.size(); i++) {
				cancers.signed(DemoCancers.BOARD_STORIES.get(i), demoPatients.get(STORIES.size() + i), random);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo loop loaded: {} lesions with photos and specimens in every state", STORIES.size());
	}

	private void tell(Story story, UUID patientId, Random random) {
		boolean irregular = story.impression() == Diagnosis.MELANOMA;
		UUID lesion = as("demo-derm", () -> lesions.record(patientId, new LesionDescription(story.view(),
				BigDecimal.valueOf(story.x()), BigDecimal.valueOf(story.y()), story.site(), story.side(),
				BigDecimal.valueOf(4 + random.nextInt(9)), irregular ? "dark brown, blue-grey" : "brown", irregular,
				irregular, irregular, false, irregular, irregular ? "atypical network" : null, story.impression(), null,
				irregular ? Suspicion.HIGH : Suspicion.MODERATE)));
		LocalDate taken = LocalDate.now(clock);
		as("demo-derm", () -> lesions.addPhoto(lesion, PhotoKind.CLINICAL,
				new ByteArrayInputStream(DemoImages.clinical(random, irregular)), taken, "demo camera", null));
		var photo = as("demo-derm", () -> lesions.addPhoto(lesion, PhotoKind.DERMOSCOPIC,
				new ByteArrayInputStream(DemoImages.dermoscopic(random, irregular)), taken, "demo dermatoscope", "10x"));
		// a punch narrower than the lesion samples part of it: acknowledged, as the order form asks for a melanoma
		BiopsyOrder order = new BiopsyOrder(BiopsyTechnique.PUNCH, new BigDecimal("3"), null,
				"증가하는 병변, 3개월 / enlarging for three months", photo, true, SpecimenRole.DIAGNOSTIC);
		SpecimenSummary s = as("demo-derm", () -> specimens.order(lesion, order));
		UUID id = s.id();
		String mrn = patients.find(patientId).orElseThrow().mrn();
		SpecimenStatus until = story.until();
		if (until == SpecimenStatus.VOIDED) {
			as("demo-derm", () -> specimens.voidSpecimen(id, "다른 병변에 잘못 처방 / ordered on the wrong lesion"));
		}
		else if (until != SpecimenStatus.ORDERED) {
			as("demo-nurse", () -> specimens.collect(id));
			if (until == SpecimenStatus.REJECTED) {
				as("demo-nurse", () -> specimens.send(id));
				as("demo-path", () -> specimens.reject(id, "라벨 없는 용기 / unlabelled container"));
			}
			else if (until != SpecimenStatus.COLLECTED) {
				as("demo-nurse", () -> specimens.send(id));
				if (until != SpecimenStatus.SENT) {
					as("demo-path", () -> specimens.receive(id, s.accession(), mrn, story.site()));
					pathology(story, id);
				}
			}
		}
		// the whole story moves back together, so the ages between its steps stay as they were. The
		// steps are append-only and the application may not change them: the schema owner's
		// backdate_specimen_steps (V630) does, and only a Cutis started with --demo may call it.
		String shift = story.daysAgo() + " days";
		jdbc.queryForObject("select backdate_specimen_steps(array(select id from specimen where lesion_id = ?), ?::interval)",
				Integer.class, lesion, shift);
		jdbc.update("update pathology_report set drafted_at = drafted_at - ?::interval, signed_at = signed_at - ?::interval"
				+ " where lesion_id = ?", shift, shift, lesion);
		jdbc.update("update pathology_specimen set received_at = received_at - ?::interval where lesion_id = ?", shift,
				lesion);
	}

	private void pathology(Story story, UUID id) {
		SpecimenStatus until = story.until();
		if (until == SpecimenStatus.RECEIVED) {
			return;
		}
		if (until == SpecimenStatus.GROSSED) {
			as("demo-path", () -> specimens.gross(id));
			return;
		}
		var report = as("demo-path", () -> reports.write(id, synoptic(story.result())));
		if (until == SpecimenStatus.REPORTED) {
			return;
		}
		as("demo-path", () -> reports.signAsDemonstration(report));
		if (until == SpecimenStatus.SIGNED) {
			return;
		}
		as("demo-derm", () -> specimens.review(id));
		if (until == SpecimenStatus.COMMUNICATED) {
			as("demo-nurse", () -> specimens.communicate(id, CommunicationMethod.IN_PERSON));
		}
	}

	static Synoptic synoptic(Diagnosis d) {
		boolean melanoma = d == Diagnosis.MELANOMA;
		return new Synoptic(d, null, null,
				melanoma ? "Asymmetric junctional and dermal melanocytic proliferation." : null,
				melanoma ? "superficial spreading" : null,
				melanoma ? new Synoptic.Melanoma(new BigDecimal("0.75"), null, false, BigDecimal.ONE, null, null, null,
						null, null, null) : null,
				new Synoptic.Squamous(d == Diagnosis.CSCC ? "well differentiated" : null,
						d == Diagnosis.CSCC ? new BigDecimal("2.5") : null, null, null, null,
						d == Diagnosis.BCC ? "nodular" : null),
				new Synoptic.Margins(false, new BigDecimal("2"), false, new BigDecimal("1.5"), false), null);
	}

	/** A step that answers nothing, as the demo account whose job it is. */
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
