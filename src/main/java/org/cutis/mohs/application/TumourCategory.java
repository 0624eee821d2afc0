package org.cutis.mohs.application;

import java.util.Arrays;
import java.util.List;

import org.cutis.rules.bcc.BccSubtype;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;

/**
 * The AUC's tumour category as far as the signed pathology says it: a BCC by its subtypes (any
 * aggressive pattern makes it aggressive), SCC in situ, melanoma in situ. Whether an invasive SCC is
 * aggressive, or what a melanoma is, the surgeon says; null then, and the form asks.
 */
final class TumourCategory {
	private TumourCategory() {
	}

	static String of(CancerSummary cancer) {
		var f = cancer.findings();
		if (cancer.kind() == DiagnosisKind.BCC) {
			List<String> subtypes = f == null || f.bccSubtypes() == null ? List.of()
					: Arrays.stream(f.bccSubtypes().toLowerCase().split("[,;]")).map(String::trim).toList();
			boolean aggressive = Arrays.stream(BccSubtype.values())
				.anyMatch(s -> s.isAggressive() && subtypes.contains(s.code()));
			if (aggressive) {
				return "bcc-aggressive";
			}
			if (subtypes.contains("superficial") && !subtypes.contains("nodular")) {
				return "bcc-superficial";
			}
			return subtypes.isEmpty() ? null : "bcc-nodular";
		}
		if (cancer.kind() == DiagnosisKind.CSCC && f != null && f.inSitu()) {
			return "scc-in-situ";
		}
		if (cancer.kind() == DiagnosisKind.MELANOMA && f != null && f.inSitu()) {
			return "melanoma-in-situ";
		}
		return null;
	}
}
