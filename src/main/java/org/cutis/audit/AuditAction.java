package org.cutis.audit;

/** What was done with a record. Views and searches are audited like changes. */
public enum AuditAction {
	VIEW, SEARCH, CREATE, UPDATE, VOID, LOGIN, LOGIN_FAILED, LOGOUT, EXPORT
}
