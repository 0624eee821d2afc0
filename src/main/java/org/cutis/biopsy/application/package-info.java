/** Application services: internal; other modules use the facades in the module's root package. */
package org.cutis.biopsy.application;
