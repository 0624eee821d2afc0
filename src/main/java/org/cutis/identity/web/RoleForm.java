package org.cutis.identity.web;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.cutis.identity.Department;
import org.cutis.identity.Role;

record RoleForm(@NotNull Role role, @NotEmpty Set<Department> departments) {
}
