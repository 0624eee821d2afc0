package org.cutis.rules.mohs;

/** The rating with the AUC area it was read in. */
public record MohsAssessment(MohsRating rating, MohsArea area) {
}
