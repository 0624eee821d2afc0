package org.cutis.surveillance.recall.domain;

import java.time.LocalDate;

/**
 * What an earlier computation of the list found for a visit that has not been resolved since: the
 * kind it reached and the first day it was found overdue (null if never).
 */
public record Remembered(RecallKind kind, LocalDate overdueSince) {
}
