/** Domain model: internal; other modules use the module's root package. */
package org.cutis.biopsy.domain;
