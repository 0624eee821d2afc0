package org.cutis.mohs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.mohs.domain.ReportAddendum;
import org.cutis.mohs.domain.TissueBlock;
import org.cutis.rules.common.Explanation;

/** A Mohs case as the API answers it; the AUC explanation in the language asked for. */
record MohsCaseView(UUID id, UUID patientId, UUID lesionId, UUID cancerId, String lesionLabel, String site,
		String tumor, BigDecimal diameterCm, String patient, boolean recurrent, boolean priorRadiationAtSite,
		Auc auc, String reason, String status, String surgeon, Instant createdAt, int stageCount,
		int frozenSectionMinutes, List<Stage> stages, BigDecimal defectLengthMm, BigDecimal defectWidthMm,
		String closure, String detail, String signedBy, Instant signedAt, String signatureMethod,
		List<Addendum> addenda, long version) {

	record Auc(String value, String area, List<String> explanation, String ruleSet) {
	}

	record Stage(int number, Integer frozenSectionMinutes, boolean allClear, List<Block> blocks, String recordedBy,
			Instant recordedAt) {
	}

	record Block(int number, int fromClock, int toClock, String margin) {
	}

	record Addendum(UUID id, String text, String signedBy, Instant signedAt, String signatureMethod) {
	}

	static MohsCaseView of(MohsCase c, Locale locale) {
		return new MohsCaseView(c.id(), c.patientId(), c.lesionId(), c.cancerId(), c.lesionLabel(), c.site().code(),
				c.tumor(), c.diameterCm(), c.patientCategory(), c.recurrent(), c.priorRadiationAtSite(),
				new Auc(c.aucValue(), c.aucArea(), Explanation.render(c.aucWhy(), locale), c.aucRuleSet()), c.reason(),
				c.status().name().toLowerCase(Locale.ROOT), c.surgeon(), c.createdAt(), c.stages().size(),
				c.frozenSectionMinutesTotal(), c.stages().stream().map(MohsCaseView::stage).toList(), c.defectLengthMm(),
				c.defectWidthMm(), c.closure() == null ? null : c.closure().code(), c.closureDetail(), c.signedBy(),
				c.signedAt(), c.signatureMethod() == null ? null : c.signatureMethod().code(),
				c.addenda().stream().map(MohsCaseView::addendum).toList(), c.version());
	}

	static Stage stage(MohsStage s) {
		return new Stage(s.number(), s.frozenSectionMinutes(), s.allClear(),
				s.blocks().stream().map(MohsCaseView::block).toList(), s.recordedBy(), s.recordedAt());
	}

	private static Block block(TissueBlock b) {
		return new Block(b.number(), b.fromClock(), b.toClock(), b.margin().code());
	}

	private static Addendum addendum(ReportAddendum a) {
		return new Addendum(a.id(), a.text(), a.signedBy(), a.signedAt(), a.signatureMethod().code());
	}
}
