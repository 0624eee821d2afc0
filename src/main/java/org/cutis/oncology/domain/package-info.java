/** The courses and the regimen catalogue, guarding their own transitions. */
package org.cutis.oncology.domain;
