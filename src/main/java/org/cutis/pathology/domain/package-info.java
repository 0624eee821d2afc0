/** Exposed to the demonstration loader. Web controllers stay internal. */
@org.springframework.modulith.NamedInterface("domain")
package org.cutis.pathology.domain;
