package org.cutis.biopsy.web;

import org.cutis.biopsy.application.SpecimenEvent;
import org.cutis.identity.Permission;
import org.cutis.shared.InvalidInput;

/**
 * The permission each step of the specimen loop needs. One form (and one API operation) sends
 * every step, so its route is open to any of them and the step named in the body is checked
 * against the access matrix here. Pathologists receive; the ordering side collects, reviews and
 * communicates; clerks and patients see no specimens (results reach a patient through a clinician).
 */
final class SpecimenStepPermissions {
	private SpecimenStepPermissions() {
	}

	static Permission of(SpecimenEvent.Type type) {
		if (type == null) {
			throw new InvalidInput("type", "biopsy.event.invalid");
		}
		return switch (type) {
			case COLLECT, SEND -> Permission.SPECIMEN_COLLECT;
			case RECEIVE, GROSS, REJECT -> Permission.SPECIMEN_RECEIVE;
			// the ordering clinician's review; any dermatologist or surgeon may cover for a colleague
			case REVIEW -> Permission.SPECIMEN_REVIEW;
			case COMMUNICATE -> Permission.SPECIMEN_COMMUNICATE;
			case VOID -> Permission.SPECIMEN_VOID;
		};
	}
}
