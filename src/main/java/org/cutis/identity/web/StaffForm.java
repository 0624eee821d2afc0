package org.cutis.identity.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cutis.identity.Department;
import org.cutis.identity.Role;

/** A new staff account, from the staff page or the API. */
record StaffForm(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String displayName,
		@NotNull Role role, @NotEmpty Set<Department> departments) {
}
