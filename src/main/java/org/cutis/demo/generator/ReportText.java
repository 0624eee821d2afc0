package org.cutis.demo.generator;

import java.math.BigDecimal;
import java.util.Random;

import org.cutis.clinical.Diagnosis;

/**
 * The pathologist's words and synoptic values of a generated report: the diagnosis as written,
 * Korean microscopy (the words a clinician searches for: 흑색종, 기저세포암, 궤양, 절제연), and
 * the values the report form asks for each kind of tumour.
 */
record ReportText(String diagnosisText, String microscopy, String subtype, BigDecimal breslowMm, Boolean ulceration,
		BigDecimal mitoses, String differentiation, BigDecimal depthMm, String bccSubtypes, Boolean peripheralInvolved,
		BigDecimal peripheralMm, BigDecimal deepMm) {

	static ReportText of(Random random, Diagnosis diagnosis) {
		boolean involved = random.nextInt(10) == 0;
		BigDecimal peripheral = involved ? null : SyntheticCenter.tenths(0.5 + random.nextInt(60) / 10.0);
		BigDecimal deep = SyntheticCenter.tenths(0.3 + random.nextInt(40) / 10.0);
		String margins = involved ? " 측면 절제연에 종양 침범이 있음." : " 절제연은 종양으로부터 " + peripheral + " mm 떨어져 있음.";
		return switch (diagnosis) {
			case MELANOMA -> {
				BigDecimal breslow = BigDecimal.valueOf(2 + random.nextInt(60), 1);
				boolean ulcer = random.nextInt(4) == 0;
				int mitoses = random.nextInt(8);
				boolean acral = random.nextInt(10) < 6;
				yield new ReportText(acral ? "악성 흑색종, 말단 흑자형 (acral lentiginous melanoma)" : "악성 흑색종, 표재 확산형",
						"표피와 진피에 비정형 멜라닌세포가 증식하며 파제트양 확산이 관찰됨. Breslow 두께 " + breslow + " mm, 궤양 "
								+ (ulcer ? "있음" : "없음") + ", 유사분열 " + mitoses + "/mm²." + margins,
						acral ? "acral lentiginous" : "superficial spreading", breslow, ulcer, BigDecimal.valueOf(mitoses), null,
						null, null, involved, peripheral, deep);
			}
			case MELANOMA_IN_SITU -> new ReportText("상피내 흑색종", "표피 기저층을 따라 비정형 멜라닌세포가 연속적으로 증식하며 진피 침윤은 없음."
					+ margins, "lentigo maligna", null, null, null, null, null, null, involved, peripheral, deep);
			case BCC -> {
				boolean infiltrative = random.nextInt(5) == 0;
				yield new ReportText(infiltrative ? "기저세포암, 침윤형" : "기저세포암, 결절형",
						"진피 내 기저양 세포의 종양 덩어리와 주변부 울타리 배열, 종양과 기질 사이의 틈새가 관찰됨." + margins,
						infiltrative ? "infiltrative" : "nodular", null, null, null, null, null,
						infiltrative ? "infiltrative" : "nodular", involved, peripheral, deep);
			}
			case CSCC -> {
				String grade = random.nextInt(4) == 0 ? "moderately differentiated" : "well differentiated";
				BigDecimal depth = SyntheticCenter.tenths(1 + random.nextInt(60) / 10.0);
				yield new ReportText("편평세포암, " + (grade.startsWith("well") ? "고분화" : "중분화"),
						"각질 진주를 형성하는 비정형 편평상피세포가 진피로 침윤함. 침윤 깊이 " + depth + " mm, 신경 주위 침범 없음." + margins,
						null, null, null, null, grade, depth, null, involved, peripheral, deep);
			}
			case BOWEN_DISEASE -> new ReportText("보웬병 (상피내 편평세포암)", "표피 전층에 비정형 각질형성세포가 있으며 기저막은 보존됨." + margins,
					null, null, null, null, null, null, null, involved, peripheral, deep);
			case ACTINIC_KERATOSIS -> new ReportText("광선각화증", "표피 하부의 비정형 각질형성세포와 착각화증, 일광 탄력섬유증이 관찰됨.",
					null, null, null, null, null, null, null, null, null, null);
			case BENIGN_NAEVUS -> new ReportText("복합 모반, 양성", "표피 진피 경계부와 진피에 성숙을 보이는 모반세포 둥지가 있으며 비정형성은 없음.",
					null, null, null, null, null, null, null, null, null, null);
			case SEBORRHOEIC_KERATOSIS -> new ReportText("지루각화증", "기저양 세포의 외장성 증식과 각질 가성낭종이 관찰됨.", null, null,
					null, null, null, null, null, null, null, null);
			case EXTRAMAMMARY_PAGET -> new ReportText("유방외 파제트병", "표피 내에 풍부한 담명 세포질을 가진 파제트 세포가 흩어져 있음."
					+ margins, null, null, null, null, null, null, null, involved, peripheral, deep);
			case MERKEL_CELL_CARCINOMA -> new ReportText("메르켈세포암", "진피에 작은 청색 원형 세포가 미만성으로 침윤하며 CK20 핵주위 점상 양성."
					+ margins, null, null, null, null, null, null, null, involved, peripheral, deep);
			case DFSP -> new ReportText("융기성 피부섬유육종", "진피와 피하지방에 방추형 세포가 바퀴살 모양으로 배열하며 CD34 양성."
					+ margins, null, null, null, null, null, null, null, involved, peripheral, deep);
			default -> new ReportText("양성 병변", "특이 소견 없음.", null, null, null, null, null, null, null, null, null, null);
		};
	}
}
