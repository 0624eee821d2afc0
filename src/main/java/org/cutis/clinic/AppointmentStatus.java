package org.cutis.clinic;

import java.util.Arrays;

/**
 * Where an appointment stands on the day. {@code BOOKED} is "expected" until the nurse marks the
 * patient {@code ARRIVED} (waiting to be seen); {@code SEEN} when the doctor opened the visit note;
 * {@code NO_SHOW} when the nurse marks the patient not come; {@code CANCELLED} with a reason.
 */
public enum AppointmentStatus {
	BOOKED("booked"), ARRIVED("arrived"), SEEN("seen"), NO_SHOW("no-show"), CANCELLED("cancelled");

	private final String code;

	AppointmentStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Still to happen: booked or arrived. */
	public boolean open() {
		return this == BOOKED || this == ARRIVED;
	}

	public static AppointmentStatus fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(s -> s.code.equals(code.trim())).findFirst().orElse(null);
	}
}
