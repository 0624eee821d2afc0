package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.Message;

/**
 * A work-up result put into words: one line in English for the case summary and the packet,
 * and a message for the pages, in the reader's language with sites and answers translated.
 * Only for an order that has its result.
 */
final class WorkupResultWording {
	private WorkupResultWording() {
	}

	static String line(WorkupOrder order) {
		return switch (order.kind().family()) {
			case SLNB -> (order.basin() == null ? "" : order.basin().code() + ": ") + order.nodesPositive() + "/"
					+ order.nodesExamined() + " positive"
					+ (order.largestDepositMm() == null ? ""
							: ", largest deposit " + plain(order.largestDepositMm()) + " mm")
					+ (Boolean.TRUE.equals(order.ene()) ? ", ENE" : "");
			case LDH -> plain(order.ldhValue()) + " " + order.ldhUnit() + " (ULN " + plain(order.ldhUpperLimit()) + ")"
					+ (order.ldhElevated() ? " elevated" : " normal");
			case IMAGING -> String.join(", ",
					order.imaging().stream().map(f -> f.site() + ": " + f.metastasis()).toList());
		};
	}

	static Message message(WorkupOrder order) {
		return switch (order.kind().family()) {
			case SLNB -> {
				List<Object> parts = new ArrayList<>();
				if (order.basin() != null) {
					parts.add(new Message("staging.basin." + order.basin().code()));
				}
				parts.add(new Message("staging.workup.result.nodes", String.valueOf(order.nodesPositive()),
						String.valueOf(order.nodesExamined())));
				if (order.largestDepositMm() != null) {
					parts.add(new Message("staging.workup.result.deposit", plain(order.largestDepositMm())));
				}
				if (Boolean.TRUE.equals(order.ene())) {
					parts.add(new Message("staging.workup.result.ene"));
				}
				yield new Message("staging.workup.result.line", Message.list(parts));
			}
			case LDH -> new Message(
					order.ldhElevated() ? "staging.workup.result.ldhElevated" : "staging.workup.result.ldhNormal",
					plain(order.ldhValue()), order.ldhUnit(), plain(order.ldhUpperLimit()));
			case IMAGING -> new Message("staging.workup.result.line", Message.list(order.imaging().stream()
				.map(f -> (Object) new Message("staging.workup.result.imaging", new Message("staging.msite." + f.site()),
						new Message("staging.metastasis." + f.metastasis())))
				.toList()));
		};
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
