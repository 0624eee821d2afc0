package org.cutis.identity;

import java.util.Set;

/** A member of staff as other modules may see them: no password, no lockout state. */
public record StaffMember(String username, String displayName, Role role, Set<Department> departments) {
}
