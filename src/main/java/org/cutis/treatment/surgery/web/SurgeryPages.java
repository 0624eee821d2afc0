package org.cutis.treatment.surgery.web;

import java.math.BigDecimal;

import org.cutis.treatment.surgery.domain.Excision;

import org.springframework.stereotype.Component;

/** Small helpers of the surgery pages ({@code @surgeryPages} in templates): margins as message keys. */
@Component("surgeryPages")
public class SurgeryPages {

	/** The verdict on an excision's margins. */
	public String verdictKey(Excision e) {
		if (e.status() == Excision.Status.AWAITING_PATHOLOGY) {
			return "surgery.margins.awaiting";
		}
		Boolean clear = e.marginsClear();
		return clear == null ? "surgery.margins.notRecorded" : clear ? "surgery.margins.clear" : "surgery.margins.involved";
	}

	/** One margin: involved, clear, or not recorded. */
	public String marginKey(Boolean involved) {
		return involved == null ? "surgery.margins.notRecorded"
				: involved ? "surgery.margins.involvedShort" : "surgery.margins.clearShort";
	}

	/** " · 9 mm" after a clear margin with its clearance, else nothing. */
	public String clearance(Boolean involved, BigDecimal mm) {
		return Boolean.FALSE.equals(involved) && mm != null ? " · " + mm.stripTrailingZeros().toPlainString() + " mm" : "";
	}
}
