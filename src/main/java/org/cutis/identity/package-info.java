/**
 * Who may do what: staff and patient-portal accounts, their role and departments, login,
 * lockout, API tokens and the security rules of every page and API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit" })
package org.cutis.identity;
