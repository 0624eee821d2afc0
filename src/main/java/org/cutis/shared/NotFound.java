package org.cutis.shared;

/** A record that does not exist, or that the current user may not know exists. */
public class NotFound extends RuntimeException {
	private final String recordType;

	public NotFound(String recordType, Object id) {
		super(recordType + " " + id + " not found");
		this.recordType = recordType;
	}

	public String recordType() {
		return recordType;
	}
}
