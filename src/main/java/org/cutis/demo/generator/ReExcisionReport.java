package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.util.Random;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;

/**
 * What the pathologist reports of a re-excision specimen: usually the biopsy's scar without
 * residual tumour and with clear margins (a diagnosis of "other", benign, in the report's words);
 * sometimes residual tumour of the cancer's own diagnosis, its values as the report form asks them
 * (a melanoma's residual thickness, a cSCC's depth), now and then reaching a lateral margin. Only
 * residual tumour can involve a margin. The facts follow from these values as pathology derives
 * them ({@link GeneratedCancers#facts}); the stage from those, by staging's calculator.
 *
 * @param stated the behaviour the pathologist states, for a diagnosis of "other" only
 */
record ReExcisionReport(Diagnosis diagnosis, Behaviour stated, ReportText text, boolean residual) {
	/** Residual tumour in one re-excision in this many: melanoma's wide excisions, the others' excisions. */
	static final int RESIDUAL_MELANOMA = 8;
	static final int RESIDUAL_OTHERS = 4;
	/** Of the residual tumours, one in this many reaches a lateral margin. */
	static final int INVOLVED = 5;

	/** The report's behaviour: the diagnosis's own, or the one stated for "other". */
	Behaviour behaviour() {
		return stated != null ? stated : diagnosis.behaviour();
	}

	static ReExcisionReport of(Random random, Diagnosis cancer, ReportText biopsy) {
		boolean residual = random.nextInt(cancer.isMelanomaPrimary() ? RESIDUAL_MELANOMA : RESIDUAL_OTHERS) == 0;
		if (!residual) {
			return new ReExcisionReport(Diagnosis.OTHER, Behaviour.BENIGN, new ReportText("흉터, 잔존 종양 없음",
					"이전 생검 부위에 진피 섬유화와 육아 조직으로 이루어진 흉터가 있으며 잔존 종양은 없음. 절제연은 종양 음성.", null, null, null,
					null, null, null, null, false, null, null), false);
		}
		boolean involved = random.nextInt(INVOLVED) == 0;
		BigDecimal peripheral = involved ? null : SyntheticCenter.tenths(1 + random.nextInt(80) / 10.0);
		BigDecimal deep = SyntheticCenter.tenths(1 + random.nextInt(50) / 10.0);
		String margins = involved ? " 측면 절제연에 잔존 종양 침범이 있음."
				: " 잔존 종양은 측면 절제연으로부터 " + peripheral + " mm 떨어져 있음.";
		String scar = "이전 생검 부위 흉터 주변에 ";
		ReportText text = switch (cancer) {
			case MELANOMA -> {
				// the residual deposit is measured as found: mostly thinner than the biopsy's, now and then deeper
				int biopsyTenths = biopsy.breslowMm() == null ? 5 : biopsy.breslowMm().movePointRight(1).intValue();
				BigDecimal breslow = BigDecimal.valueOf(1 + random.nextInt(biopsyTenths + 5), 1);
				BigDecimal mitoses = BigDecimal.valueOf(random.nextInt(3));
				yield new ReportText("잔존 악성 흑색종", scar + "잔존 흑색종 세포가 진피로 침윤함. Breslow 두께 " + breslow + " mm, 궤양 없음, 유사분열 "
						+ mitoses + "/mm²." + margins, biopsy.subtype(), breslow, false, mitoses, null, null, null, involved,
						peripheral, deep);
			}
			case MELANOMA_IN_SITU -> new ReportText("잔존 상피내 흑색종", scar + "표피 기저층을 따라 비정형 멜라닌세포가 남아 있으며 진피 침윤은 없음."
					+ margins, biopsy.subtype(), null, null, null, null, null, null, involved, peripheral, deep);
			case BCC -> new ReportText("잔존 기저세포암", scar + "기저양 세포의 종양 덩어리가 남아 있음." + margins, biopsy.subtype(), null,
					null, null, null, null, biopsy.bccSubtypes(), involved, peripheral, deep);
			case CSCC -> {
				int biopsyTenths = biopsy.depthMm() == null ? 10 : biopsy.depthMm().movePointRight(1).intValue();
				BigDecimal depth = BigDecimal.valueOf(1 + random.nextInt(Math.max(1, biopsyTenths)), 1);
				yield new ReportText("잔존 편평세포암", scar + "비정형 편평상피세포가 진피로 침윤함. 침윤 깊이 " + depth + " mm, 신경 주위 침범 없음."
						+ margins, null, null, null, null, biopsy.differentiation(), depth, null, involved, peripheral, deep);
			}
			default -> new ReportText("잔존 " + biopsy.diagnosisText(), scar + "잔존 종양이 있음." + margins, biopsy.subtype(), null, null,
					null, null, null, null, involved, peripheral, deep);
		};
		return new ReExcisionReport(cancer, null, text, true);
	}
}
