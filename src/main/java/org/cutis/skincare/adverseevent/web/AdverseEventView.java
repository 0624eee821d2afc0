package org.cutis.skincare.adverseevent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.drug.CatalogueDrug;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.ManagementAdvice.Advice;
import org.cutis.skincare.adverseevent.domain.AdverseEventPhoto;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

/**
 * A skin adverse event as the API answers it: the latest proposal with its definition
 * ({@code proposedGrade}, {@code gradeDefinition}), the confirmed grade, the grade history, the
 * attributed drugs, the photos, and the advice of the drug with the strongest attribution
 * ({@code advice}, null where the rule has none) and of each drug ({@code adviceByDrug}).
 */
record AdverseEventView(UUID id, UUID patientId, UUID referralId, String term, String onsetDate, String status,
		String resolvedOn, int proposedGrade, String gradeDefinition, Integer confirmedGrade, int grade,
		String confirmedGradeDefinition, List<String> explanation, List<DrugView> drugs, List<AssessmentView> history,
		List<PhotoView> photos, AdviceView advice, List<AdviceView> adviceByDrug, List<String> redFlags,
		boolean scarWarning, String createdBy, Instant createdAt, boolean voided, String voidReason, long version) {

	static AdverseEventView of(AdverseEventRecord record, Map<String, Map<String, Object>> findings,
			List<String> explanation, Map<AttributedDrug, Advice> byDrug, Advice strongest,
			java.util.function.Function<String, CatalogueDrug> catalogue, Locale locale) {
		SkinAdverseEvent e = record.event();
		CtcaeTerm term = e.term();
		return new AdverseEventView(e.id(), e.patientId(), e.referralId(), e.termName(), e.onsetDate().toString(),
				e.status().code(), e.resolvedOn() == null ? null : e.resolvedOn().toString(), e.proposedGrade(),
				term.definition(e.proposedGrade()), e.confirmedGrade(), e.currentGrade(),
				e.confirmedGrade() == null ? null : term.definition(e.confirmedGrade()), explanation,
				record.drugs().stream().map(d -> DrugView.of(d, catalogue.apply(d.drugCode()))).toList(),
				record.assessments().stream().map(a -> AssessmentView.of(a, term, findings.get(a.id().toString()))).toList(),
				record.photos().stream().map(PhotoView::of).toList(),
				strongest == null ? null : AdviceView.of(strongest),
				byDrug.values().stream().map(AdviceView::of).toList(),
				record.redFlags().stream().map(org.cutis.referral.RedFlag::code).toList(), !record.redFlags().isEmpty(),
				e.createdBy(), e.createdAt(), e.voided(),
				e.voidReason(), e.version());
	}

	/** @param drug the catalogue code, or the name as typed for a free entry */
	record DrugView(String drug, String nameEn, String nameKo, String drugClass, boolean freeEntry, String attribution) {
		static DrugView of(AttributedDrug d, CatalogueDrug catalogued) {
			return new DrugView(d.freeEntry() ? d.drugName() : d.drugCode(),
					catalogued == null ? d.drugName() : catalogued.nameEn(),
					catalogued == null ? null : catalogued.nameKo(),
					catalogued == null ? null : catalogued.drugClass().code(), d.freeEntry(), d.attribution().code());
		}
	}

	record AssessmentView(UUID id, LocalDate date, Map<String, Object> findings, int proposedGrade,
			String proposedDefinition, Integer confirmedGrade, String reason, List<String> redFlags, String assessedBy,
			Instant assessedAt, String confirmedBy, Instant confirmedAt) {
		static AssessmentView of(GradeAssessment a, CtcaeTerm term, Map<String, Object> findings) {
			return new AssessmentView(a.id(), a.assessedOn(), findings, a.proposedGrade(),
					term.definition(a.proposedGrade()), a.confirmedGrade(), a.confirmationReason(),
					a.redFlags().stream().map(org.cutis.referral.RedFlag::code).toList(), a.assessedBy(),
					a.assessedAt(), a.confirmedBy(), a.confirmedAt());
		}
	}

	record PhotoView(UUID id, LocalDate takenOn, String url, String thumbnailUrl) {
		static PhotoView of(AdverseEventPhoto p) {
			String url = "/adverse-events/" + p.adverseEventId() + "/photos/" + p.id();
			return new PhotoView(p.id(), p.takenOn(), url, url + "?thumbnail=true");
		}
	}

	/** The rule's answer for one drug: action code, skin treatment (English), source, verified. */
	record AdviceView(String drug, String drugClass, String action, String skinTreatment, String source,
			boolean verified) {
		static AdviceView of(Advice a) {
			return new AdviceView(a.drug().drugCode(), a.drugClass(), a.action(), a.skinTreatment(), a.source(),
					a.verified());
		}
	}
}
