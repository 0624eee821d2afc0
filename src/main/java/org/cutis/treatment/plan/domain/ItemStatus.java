package org.cutis.treatment.plan.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Where a plan item stands. Planned items start or finish; started items finish or are
 * stopped; done and cancelled are final (a treatment given again is a new item).
 */
public enum ItemStatus {
	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	/** @return null for a code that is not a status */
	public static ItemStatus fromCode(String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(values()).filter(s -> s.code().equals(code.trim().toLowerCase())).findFirst().orElse(null);
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(ItemStatus::code).toList();
	}

	public boolean isFinal() {
		return this == DONE || this == CANCELLED;
	}

	public boolean isOpen() {
		return !isFinal();
	}

	/** The statuses an item may move to from this one, the usual next step first. */
	public List<ItemStatus> next() {
		return switch (this) {
			case PLANNED -> List.of(IN_PROGRESS, DONE, CANCELLED);
			case IN_PROGRESS -> List.of(DONE, CANCELLED);
			case DONE, CANCELLED -> List.of();
		};
	}
}
