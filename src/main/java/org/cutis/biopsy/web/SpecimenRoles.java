package org.cutis.biopsy.web;

import org.cutis.biopsy.application.SpecimenEvent;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what with a specimen. Clerks and patients do not see specimens (results must
 * reach a patient through a clinician); pathologists do not order biopsies.
 */
final class SpecimenRoles {
	static final String SEE = "!hasAnyRole('CLERK','PATIENT')";
	static final String ORDER = "hasAnyRole('DERMATOLOGIST','SURGEON')";

	private SpecimenRoles() {
	}

	static void check(SpecimenEvent.Type type) {
		if (type == null) {
			throw new InvalidInput("type", "biopsy.event.invalid");
		}
		String[] allowed = switch (type) {
			case COLLECT, SEND -> new String[] { "DERMATOLOGIST", "SURGEON", "NURSE" };
			case RECEIVE, GROSS, REJECT -> new String[] { "PATHOLOGIST" };
			// the ordering clinician's review; any dermatologist or surgeon may cover for a colleague
			case REVIEW -> new String[] { "DERMATOLOGIST", "SURGEON" };
			case COMMUNICATE -> new String[] { "DERMATOLOGIST", "SURGEON", "NURSE" };
			case VOID -> new String[] { "DERMATOLOGIST", "SURGEON", "ADMIN" };
		};
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		for (String role : allowed) {
			if (auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role))) {
				return;
			}
		}
		throw new Forbidden("role may not " + type.code() + " a specimen");
	}
}
