/** Exposed to the demonstration loader. Web controllers stay internal. */
@org.springframework.modulith.NamedInterface("application")
package org.cutis.tumorboard.application;
