package org.cutis.calculator.web;

/**
 * A problem shown next to a form field.
 *
 * @param field   the form field, e.g. {@code breslowMm} or {@code nodes[1].sizeCm}
 * @param summary in the user's language, naming the field
 * @param detail  the rules engine's own message (English), or null when the form found the problem
 */
public record FieldProblem(String field, String summary, String detail) {
}
