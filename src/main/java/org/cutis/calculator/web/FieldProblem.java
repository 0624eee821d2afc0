package org.cutis.calculator.web;

/**
 * A problem shown next to a form field.
 *
 * @param field   the form field, e.g. {@code breslowMm} or {@code nodes[1].sizeCm}
 * @param summary in the user's language, naming the field by its label
 */
public record FieldProblem(String field, String summary) {
}
