package org.cutis.tumorboard.domain;

import java.util.List;

import jakarta.persistence.Embeddable;

/** One coded item of the recommended treatment plan, with its detail (margin, therapy class, dose...). */
@Embeddable
public class PlanItem {
	public static final List<String> TYPES = List.of("wide-local-excision", "mohs-surgery", "slnb",
			"lymph-node-dissection", "reconstruction", "systemic-therapy", "radiotherapy", "observation",
			"clinical-trial-referral");
	public static final List<String> SYSTEMIC_CLASSES = List.of("immunotherapy", "targeted-therapy", "chemotherapy");

	private String type;
	private String detail;

	protected PlanItem() {
	}

	public PlanItem(String type, String detail) {
		this.type = type;
		this.detail = detail == null || detail.isBlank() ? null : detail.trim();
	}

	public String type() {
		return type;
	}

	public String detail() {
		return detail;
	}

	public String line() {
		return detail == null ? type : type + ": " + detail;
	}
}
