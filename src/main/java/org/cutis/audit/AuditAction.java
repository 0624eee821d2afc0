package org.cutis.audit;

/**
 * What was done with a record. Views and searches are audited like changes; LIST is a patient
 * shown on a list (a worklist, proposals, a meeting's cases), one line per patient.
 */
public enum AuditAction {
	VIEW, SEARCH, LIST, CREATE, UPDATE, VOID, LOGIN, LOGIN_FAILED, LOGOUT, EXPORT
}
