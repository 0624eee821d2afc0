package org.cutis.recurrence;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The recurrence module's events as they are published, for the tests to see (whatever the thread). */
@Component
public class RecurrenceEventLog {
	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(RelapseWorkupStarted event) {
		events.add(event);
	}

	@EventListener
	void on(RecurrenceConfirmed event) {
		events.add(event);
	}

	@EventListener
	void on(RecurrenceRuledOut event) {
		events.add(event);
	}

	/** The events of this type about this cancer, oldest first. */
	public <T> List<T> of(Class<T> type, UUID cancerId) {
		return events.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter(e -> cancerId.equals(cancerOf(e)))
			.toList();
	}

	private static UUID cancerOf(Object event) {
		if (event instanceof RelapseWorkupStarted e) {
			return e.cancerId();
		}
		if (event instanceof RecurrenceConfirmed e) {
			return e.cancerId();
		}
		return event instanceof RecurrenceRuledOut e ? e.cancerId() : null;
	}
}
