package org.cutis.surveillance.plan.application;

import org.cutis.rules.common.Explanation;
import org.cutis.shared.Message;

/** A rule's explanation as a message that Spring translates where it is shown (field errors). */
final class Problems {
	private Problems() {
	}

	static Message message(Explanation e) {
		return new Message(e.code(), e.args().stream().map(Problems::arg).toArray());
	}

	private static Object arg(Object arg) {
		if (arg instanceof Explanation e) {
			return message(e);
		}
		if (arg instanceof java.util.List<?> list) {
			return Message.list(list.stream().map(Problems::arg).toList());
		}
		return arg;
	}
}
