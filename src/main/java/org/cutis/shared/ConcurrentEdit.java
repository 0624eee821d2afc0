package org.cutis.shared;

import java.util.Map;

/**
 * Someone else saved the record after this user opened it. The second save is refused rather
 * than silently overwriting; {@code changes} lists what the other user changed (field to new value).
 */
public class ConcurrentEdit extends RuntimeException {
	private final String recordType;
	private final Map<String, String> changes;

	public ConcurrentEdit(String recordType, Map<String, String> changes) {
		super(recordType + " was changed by someone else");
		this.recordType = recordType;
		this.changes = Map.copyOf(changes);
	}

	public String recordType() {
		return recordType;
	}

	public Map<String, String> changes() {
		return changes;
	}
}
