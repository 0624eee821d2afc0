package org.cutis.biopsy;

/** The states of a specimen, in the order of the closed loop; the last three end it. */
public enum SpecimenStatus {
	ORDERED, COLLECTED, SENT, RECEIVED, GROSSED, REPORTED, SIGNED, REVIEWED, COMMUNICATED, REJECTED, VOIDED;

	public String code() {
		return name().toLowerCase();
	}

	/** Still in the path log: not yet communicated, rejected (replaced) or voided. */
	public boolean isOpen() {
		return this != COMMUNICATED && this != REJECTED && this != VOIDED;
	}
}
