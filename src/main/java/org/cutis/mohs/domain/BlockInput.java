package org.cutis.mohs.domain;

/** A block as the surgeon marked it, before it is checked (any part may be missing). */
public record BlockInput(Integer number, Integer fromClock, Integer toClock, String margin) {
}
