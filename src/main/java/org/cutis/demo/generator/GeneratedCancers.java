package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.staging.StagingAtDiagnosis;

/**
 * The cancers the signed malignant and in-situ reports open, as staging does when the signature's
 * event arrives: the cancer, its first piece of evidence (the report's typed facts, as pathology
 * publishes them) and its first staging record, computed by {@link StagingAtDiagnosis} (the
 * application's own calculator over the rules, no work-up yet) and accepted by the clinician a few
 * days later. Each then goes to {@link GeneratedTreatments}.
 */
final class GeneratedCancers {
	/** Who opens and stages a cancer: the signature's event is handled after commit, outside any login. */
	static final String SYSTEM = "system";

	/**
	 * A signed report whose diagnosis opens a cancer, with the lesion it is of (the clinician's
	 * impression and the photo of its biopsy order, which a re-excision's requisition carries again).
	 */
	record SignedReport(UUID patientId, UUID lesionId, int number, AnatomicSite site, String laterality,
			BigDecimal sizeMm, UUID specimenId, UUID reportId, Diagnosis diagnosis, ReportText text, Instant signed,
			String doctor, Diagnosis impression, UUID photoId) {
	}

	private final Random random;
	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final GeneratedTreatments treatments;
	private final CopyRows cancer = new CopyRows("cancer_diagnosis", "id, patient_id, lesion_id, lesion_label, kind,"
			+ " diagnosis, diagnosis_date, histologic_subtype, site, laterality, clinical_diameter_mm, recurrent,"
			+ " prior_radiotherapy, immunosuppressed, discordant, recorded_at, recorded_by, amended_at, version");
	/** Evidence rows wait for their specimen's accession number (index {@link #ACCESSION}). */
	private final List<Object[]> evidence = new ArrayList<>();
	static final int ACCESSION = 5;
	static final String EVIDENCE_COLUMNS = "id, cancer_id, report_id, specimen_id, findings_version,"
			+ " accession, role, diagnosis, behaviour, histologic_subtype, signed_on, in_situ, breslow_mm,"
			+ " breslow_not_assessable, ulceration, mitotic_rate_per_mm2, microsatellites, residual, differentiation,"
			+ " depth_mm, beyond_subcutaneous_fat, perineural_invasion, nerve_calibre_mm, bcc_subtypes,"
			+ " peripheral_margin_involved, peripheral_margin_mm, deep_margin_involved, deep_margin_mm,"
			+ " deep_margin_transected, recorded_at";
	/** staging_record's columns as the generator writes them (a restaging's also names its changes). */
	static final String STAGING_COLUMNS = "id, cancer_id, sequence, occasion, status,"
			+ " clinical_t, clinical_n, clinical_m, clinical_stage, pathological_t, pathological_n, pathological_m,"
			+ " pathological_stage, bwh_t, bcc_risk, slnb_advice, imaging_advice, microstaging_uncertain, explanation,"
			+ " rule_version, source, computed_at, computed_by, reviewed_at, reviewed_by, override_carried, version";
	private final CopyRows staging = new CopyRows("staging_record", STAGING_COLUMNS);

	GeneratedCancers(Random random, Instant now, ZoneId zone, Totals totals, GeneratedTreatments treatments) {
		this.random = random;
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.treatments = treatments;
	}

	void signed(SignedReport r) {
		TumourFacts facts = facts(r.diagnosis(), r.diagnosis().behaviour(), SpecimenRole.DIAGNOSTIC, r.text());
		if (!facts.opensCancer()) {
			return;
		}
		// each cancer's story draws from its own stream, one draw of the center's: how far it got by now (which
		// decides how many draws it takes) then never shifts the patients after it, so the same seed is the same center
		Random story = new Random(random.nextLong());
		// the event is handled moments after the signature commits
		Instant opened = r.signed().plus(Duration.ofSeconds(1 + story.nextInt(5)));
		StagingAtDiagnosis.SignedReport first = new StagingAtDiagnosis.SignedReport(r.patientId(), r.lesionId(),
				"L" + r.number(), r.site(), Laterality.valueOf(r.laterality()), r.sizeMm(), r.reportId(), r.specimenId(),
				null, LocalDate.ofInstant(r.signed(), zone), facts);
		StagingAtDiagnosis.Opened c = StagingAtDiagnosis.open(first, SYSTEM, opened, totals.ids.next());
		evidence.add(evidenceRow(totals.ids.next(), c.cancerId(), r.reportId(), r.specimenId(), facts, c.diagnosisDate(),
				opened));
		// the clinician accepts the computed stage at the result visit, a few days after the signature
		Instant accepted = opened.plus(Duration.ofHours(20 + story.nextInt(72)));
		boolean reviewed = accepted.isBefore(now);
		staging.add(totals.ids.next()).add(c.cancerId()).add(1).add("DIAGNOSIS").add(reviewed ? "ACCEPTED" : "COMPUTED")
			.add(c.clinicalT()).add(c.clinicalN()).add(c.clinicalM()).add(c.clinicalStage()).add(c.pathologicalT())
			.add(c.pathologicalN()).add(c.pathologicalM()).add(c.pathologicalStage()).add(c.bwhT()).add(c.bccRisk())
			.add(c.slnbAdvice()).add(c.imagingAdvice()).add(c.microstagingUncertain()).add(c.explanation())
			.add(c.ruleVersion()).add(c.source()).add(opened).add(SYSTEM).add(reviewed ? accepted : null)
			.add(reviewed ? r.doctor() : null).add(false).add(reviewed ? 1 : 0);
		staging.end();
		totals.cancers++;
		// the cancer row last: its excision's report may have added evidence since (amended, perhaps settled anew)
		GeneratedRestaging.Restaged later = treatments.diagnosed(new GeneratedTreatments.Diagnosed(c, r, opened, story,
				first));
		StagingAtDiagnosis.Opened current = later == null ? c : later.current();
		cancer.add(c.cancerId()).add(r.patientId()).add(r.lesionId()).add("L" + r.number()).add(current.kind().name())
			.add(current.diagnosis().name()).add(current.diagnosisDate()).add(current.histologicSubtype())
			.add(r.site().code())
			.add(r.laterality()).add(r.sizeMm()).add(false).add(false).add(false).add(false).add(opened).add(SYSTEM)
			.add(later == null ? null : later.at()).add(later == null ? 0 : 1);
		cancer.end();
	}

	/**
	 * The report's typed facts for a specimen of this role, as pathology's Findings.facts builds them:
	 * {@code behaviour} the diagnosis's own, or the one stated for "other"; a melanoma in a re-excision
	 * is residual tumour.
	 */
	static TumourFacts facts(Diagnosis diagnosis, Behaviour behaviour, SpecimenRole role, ReportText t) {
		TumourFacts.MelanomaPrimary melanoma = null;
		if (diagnosis.isMelanomaPrimary()) {
			boolean inSitu = diagnosis == Diagnosis.MELANOMA_IN_SITU;
			melanoma = new TumourFacts.MelanomaPrimary(inSitu,
					inSitu || t.breslowMm() == null ? null : new BreslowThickness(t.breslowMm()), null, t.ulceration(),
					t.mitoses(), null, role == SpecimenRole.RE_EXCISION ? Boolean.TRUE : null);
		}
		TumourFacts.KeratinocyteFeatures squamous = null;
		if (diagnosis == Diagnosis.CSCC || diagnosis == Diagnosis.BCC || diagnosis == Diagnosis.BOWEN_DISEASE) {
			squamous = new TumourFacts.KeratinocyteFeatures(grade(t.differentiation()), t.depthMm(), null, null, null,
					subtypes(t.bccSubtypes()));
		}
		return new TumourFacts(diagnosis, behaviour, role, t.subtype(), melanoma, squamous,
				// the generated findings write the deep margin as not involved and not transected
				new TumourFacts.Margins(t.peripheralInvolved(), t.peripheralMm(), false, t.deepMm(), false),
				null);
	}

	/** The grade the report's wording names (the generator writes "well" or "moderately differentiated"). */
	private static Differentiation grade(String wording) {
		if (wording == null) {
			return null;
		}
		return wording.contains("poor") ? Differentiation.POOR
				: wording.contains("moderate") ? Differentiation.MODERATE
						: wording.contains("well") ? Differentiation.WELL : null;
	}

	private static List<BccSubtype> subtypes(String listed) {
		if (listed == null) {
			return List.of();
		}
		return Arrays.stream(listed.split(","))
			.flatMap(named -> Arrays.stream(BccSubtype.values()).filter(s -> s.code().equalsIgnoreCase(named.trim())))
			.toList();
	}

	/**
	 * cancer_evidence as the Evidence entity stores a report's facts, column by column; the accession
	 * (index {@link #ACCESSION}) is filled in once the chunk has it.
	 */
	static Object[] evidenceRow(UUID id, UUID cancerId, UUID reportId, UUID specimenId, TumourFacts f,
			LocalDate signedOn, Instant at) {
		TumourFacts.MelanomaPrimary m = f.melanoma();
		TumourFacts.KeratinocyteFeatures k = f.squamous();
		TumourFacts.Margins g = f.margins();
		return new Object[] { id, cancerId, reportId, specimenId, 1, null, f.role().name(),
				f.diagnosis().name(), f.behaviour().name(), f.subtype(), signedOn, m != null && m.inSitu(),
				m == null || m.breslow() == null ? null : m.breslow().measuredMm(), null, m == null ? null : m.ulceration(),
				m == null ? null : m.mitoticRatePerMm2(), null, m == null ? null : m.residual(),
				k == null || k.differentiation() == null ? null : k.differentiation().name(), k == null ? null : k.depthMm(),
				null, null, null,
				k == null || k.bccSubtypes().isEmpty() ? null
						: String.join(",", k.bccSubtypes().stream().map(BccSubtype::code).toList()),
				g.peripheralInvolved(), g.peripheralMm(), g.deepInvolved(), g.deepMm(), g.deepTransected(), at };
	}

	/** The accession numbers, once the chunk took them from the sequence. */
	void accessions(Map<UUID, String> bySpecimen) {
		for (Object[] row : evidence) {
			row[ACCESSION] = bySpecimen.get((UUID) row[3]);
		}
		treatments.accessions(bySpecimen);
	}

	void copy(Connection connection) throws SQLException {
		cancer.copy(connection);
		CopyRows.rows(new CopyRows("cancer_evidence", EVIDENCE_COLUMNS), evidence).copy(connection);
		evidence.clear();
		staging.copy(connection);
		treatments.copy(connection);
	}
}
