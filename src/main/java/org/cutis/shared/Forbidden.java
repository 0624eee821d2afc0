package org.cutis.shared;

/** The user is logged in but their role does not allow this action on this record. */
public class Forbidden extends RuntimeException {
	public Forbidden(String message) {
		super(message);
	}
}
