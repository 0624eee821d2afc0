package org.cutis.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.biopsy.BiopsyOrdering;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.biopsy.BiopsyOrder;
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
import org.springframework.stereotype.Component;

/**
 * Signed cancers the way every cancer comes: a lesion recorded and photographed, a 3 mm punch
 * ordered, collected, sent, received, reported and signed, each step by the demo account whose
 * job it is. The signature's events then stage the cancer and propose it to the tumor board. For
 * the demonstration center ({@link DemoLoop}) and the synthetic center's tumor board
 * ({@link GenerateCommand}).
 */
@Component
class DemoCancers {
	private final LesionRecording lesions;
	private final BiopsyOrdering specimens;
	private final Reporting reports;
	private final PatientDirectory patients;
	private final DemoSteps steps;
	private final Clock clock;

	DemoCancers(LesionRecording lesions, BiopsyOrdering specimens, Reporting reports, PatientDirectory patients,
			DemoSteps steps, Clock clock) {
		this.lesions = lesions;
		this.specimens = specimens;
		this.reports = reports;
		this.patients = patients;
		this.steps = steps;
		this.clock = clock;
	}

	/** A signed cancer for the tumor board: one lesion, a 3 mm punch, the report signed by demo-path. */
	record BoardStory(AnatomicSite site, BodyView view, int x, int y, Laterality side, int sizeMm, Synoptic report) {
	}

	static final List<BoardStory> BOARD_STORIES = List.of(
			new BoardStory(AnatomicSite.SHOULDER, BodyView.BACK, 28, 20, Laterality.LEFT, 9, melanoma("1.5", false)),
			new BoardStory(AnatomicSite.LEG, BodyView.BACK, 58, 82, Laterality.RIGHT, 14, melanoma("3.2", true)),
			new BoardStory(AnatomicSite.BACK, BodyView.BACK, 45, 45, Laterality.MIDLINE, 6, melanoma("0.5", false)),
			new BoardStory(AnatomicSite.CHEEK, BodyView.HEAD, 35, 50, Laterality.LEFT, 45,
					new Synoptic(Diagnosis.CSCC, null, null, "Invasive squamous cell carcinoma.",
							"squamous cell carcinoma", null,
							new Synoptic.Squamous("poorly differentiated", new BigDecimal("4"), false, false, null, null),
							new Synoptic.Margins(false, new BigDecimal("3"), false, new BigDecimal("2"), false), null)));

	private static Synoptic melanoma(String breslow, boolean ulcerated) {
		return new Synoptic(Diagnosis.MELANOMA, null, null, "Invasive melanoma.", "superficial spreading",
				new Synoptic.Melanoma(new BigDecimal(breslow), null, ulcerated, new BigDecimal("2"), false, null, null,
						null, null, null),
				null, new Synoptic.Margins(false, new BigDecimal("2"), false, new BigDecimal("1"), false), null);
	}

	/** The board's cancers come the way every cancer comes: from a signed report of a biopsied lesion. */
	void signed(BoardStory story, UUID patientId, Random random) {
		UUID lesion = steps.as("demo-derm", () -> lesions.record(patientId, new LesionDescription(story.view(),
				BigDecimal.valueOf(story.x()), BigDecimal.valueOf(story.y()), story.site(), story.side(),
				BigDecimal.valueOf(story.sizeMm()), "dark brown", true, true, true, true, true, null,
				story.report().diagnosis(), null, Suspicion.HIGH)));
		var photo = steps.as("demo-derm", () -> lesions.addPhoto(lesion, PhotoKind.DERMOSCOPIC,
				new ByteArrayInputStream(DemoImages.dermoscopic(random, true)), LocalDate.now(clock), "demo dermatoscope",
				"10x"));
		SpecimenSummary s = steps.as("demo-derm", () -> specimens.order(lesion, new BiopsyOrder(BiopsyTechnique.PUNCH,
				new BigDecimal("4"), null, "증가하는 병변 / enlarging", photo, true, SpecimenRole.DIAGNOSTIC)));
		String mrn = patients.find(patientId).orElseThrow().mrn();
		steps.as("demo-nurse", () -> specimens.collect(s.id()));
		steps.as("demo-nurse", () -> specimens.send(s.id()));
		steps.as("demo-path", () -> specimens.receive(s.id(), s.accession(), mrn, story.site()));
		var report = steps.as("demo-path", () -> reports.write(s.id(), story.report()));
		steps.as("demo-path", () -> reports.signAsDemonstration(report));
	}
}
