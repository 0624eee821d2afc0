package org.cutis.clinic;

import java.util.Arrays;
import java.util.Map;

/**
 * Why an appointment is booked, as a code with a label in each language ({@code clinic.reason.*}),
 * so the clinic list, the patient header and the patient's message say it in the reader's language.
 * A desk booking may still give its own words instead (kept as typed text, never translated).
 */
public enum AppointmentReason {
	FOLLOW_UP_VISIT("follow-up-visit"), IMAGING_REVIEW("imaging-review"), SKIN_CHECK("skin-check"),
	REFERRAL("referral"), PROCEDURE("procedure"), SKIN_CARE("skin-care");

	/**
	 * Fixed texts that bookings once stored as their reason and that mean a code (surveillance booked
	 * its follow-ups with the Korean words); migration V1502 maps the stored rows the same way.
	 */
	private static final Map<String, AppointmentReason> FIXED_TEXTS = Map.of("추적 관찰 방문", FOLLOW_UP_VISIT);

	private final String code;

	AppointmentReason(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The message key of the label in the reader's language. */
	public String label() {
		return "clinic.reason." + code;
	}

	/** Null for an unknown code. */
	public static AppointmentReason fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(r -> r.code.equals(code.trim())).findFirst().orElse(null);
	}

	/** The code a booking's reason means: a code itself or one of the fixed texts; null for a person's own words. */
	public static AppointmentReason of(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		AppointmentReason coded = fromCode(reason);
		return coded != null ? coded : FIXED_TEXTS.get(reason.trim());
	}
}
