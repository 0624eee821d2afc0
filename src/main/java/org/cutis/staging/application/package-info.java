/**
 * Exposed to the demonstration loader and, after the pathology branch merges, to the listener
 * that turns a signed report into {@link org.cutis.staging.application.CancerDiagnosisManagement#recordSignedPathology}.
 */
@org.springframework.modulith.NamedInterface("application")
package org.cutis.staging.application;
