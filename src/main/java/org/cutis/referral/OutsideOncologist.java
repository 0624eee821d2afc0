package org.cutis.referral;

/** A treating oncologist who works at another hospital: no account here, so name and hospital. */
public record OutsideOncologist(String name, String hospital) {
	public OutsideOncologist {
		name = name == null || name.isBlank() ? null : name.strip();
		hospital = hospital == null || hospital.isBlank() ? null : hospital.strip();
	}

	public boolean isEmpty() {
		return name == null && hospital == null;
	}
}
