package org.cutis.clinic.visit.domain;

/**
 * One node basin as examined: palpable or not, and what was felt (size, consistency, tenderness).
 */
public record LymphNodeFinding(LymphNodeRegion region, boolean palpable, String detail) {
}
