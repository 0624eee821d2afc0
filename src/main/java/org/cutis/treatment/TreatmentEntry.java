package org.cutis.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One treatment given, as the treatment summary lists it: what, when, by whom (a login name, shown
 * through StaffNames), and a coded sentence (message key with arguments; words a person typed are
 * passed as {@code shared.TypedText}) with the outcome that matters for follow-up (margins,
 * stages, cycles, dose, complications).
 *
 * @param endedOn null while the treatment goes on
 * @param link    the page of the record, e.g. /mohs-cases/{id}
 */
public record TreatmentEntry(UUID cancerId, TreatmentType type, LocalDate startedOn, LocalDate endedOn,
		String responsible, String department, String messageKey, List<Object> args, String link) {
}
