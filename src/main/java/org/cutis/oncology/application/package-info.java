/** Loads a course, calls one domain method, saves, audits and publishes TreatmentRecorded. */
package org.cutis.oncology.application;
