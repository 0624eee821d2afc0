package org.cutis.demo.generator;

import java.util.List;

import org.cutis.clinical.Behaviour;

/** The specimen row's last two columns, path_awaits and path_since. */
final class PathLogWait {
	private PathLogWait() {
	}

	/**
	 * What the path log's index needs, as the application keeps it (biopsy's Awaiting, V1860): what
	 * the open specimen waits for and when the step that started the wait happened (the generated
	 * story has at most one of each step).
	 */
	static void fill(Object[] row, String status, Behaviour result, List<Object[]> steps) {
		String[] wait = switch (status) {
			case "ORDERED" -> new String[] { "COLLECTION", "ORDERED" };
			case "COLLECTED", "SENT" -> new String[] { "RECEIPT", "COLLECTED" };
			case "RECEIVED", "GROSSED", "REPORTED" -> new String[] { "REPORT", "RECEIVED" };
			case "SIGNED" -> new String[] { result == Behaviour.BENIGN ? "BENIGN_REVIEW" : "MALIGNANT_REVIEW",
					"SIGNED" };
			case "REVIEWED" -> new String[] { "COMMUNICATION", "REVIEWED" };
			default -> null;
		};
		if (wait == null) {
			return;
		}
		row[row.length - 2] = wait[0];
		row[row.length - 1] = steps.stream().filter(s -> s[0].equals(wait[1])).reduce((a, b) -> b)
			.orElse(steps.get(steps.size() - 1))[1];
	}
}
