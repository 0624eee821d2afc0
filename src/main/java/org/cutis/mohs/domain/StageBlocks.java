package org.cutis.mohs.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The blocks of one stage's map as the surgeon marked them, checked: each numbered once (1 to
 * {@link #MAX_BLOCKS}), its arc between clock positions 1-12, its margin named. Every problem names
 * its field ("blocks[2].margin").
 */
final class StageBlocks {
	static final int MAX_BLOCKS = 24;

	private StageBlocks() {
	}

	static List<TissueBlock> checked(List<BlockInput> input, Integer frozenSectionMinutes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (frozenSectionMinutes != null && (frozenSectionMinutes < 1 || frozenSectionMinutes > 600)) {
			problems.add(new FieldProblem("frozenSectionMinutes", "mohs.stage.minutesRange"));
		}
		if (input == null || input.isEmpty()) {
			problems.add(new FieldProblem("blocks", "mohs.stage.blocksRequired"));
			throw new InvalidInput(problems);
		}
		if (input.size() > MAX_BLOCKS) {
			problems.add(new FieldProblem("blocks", "mohs.stage.tooManyBlocks", MAX_BLOCKS));
			throw new InvalidInput(problems);
		}
		List<TissueBlock> blocks = new ArrayList<>();
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			BlockInput b = input.get(i);
			String at = "blocks[" + i + "].";
			if (b == null) {
				problems.add(new FieldProblem("blocks[" + i + "]", "error.field.required"));
				continue;
			}
			if (b.number() == null || b.number() < 1 || b.number() > MAX_BLOCKS) {
				problems.add(new FieldProblem(at + "number", "mohs.block.numberRange", MAX_BLOCKS));
			}
			else if (!numbers.add(b.number())) {
				problems.add(new FieldProblem(at + "number", "mohs.block.numberTwice", b.number()));
			}
			clock(b.fromClock(), at + "fromClock", problems);
			clock(b.toClock(), at + "toClock", problems);
			Margin margin = Margin.fromCode(b.margin());
			if (b.margin() == null || b.margin().isBlank()) {
				problems.add(new FieldProblem(at + "margin", "mohs.block.marginRequired", Margin.allowed()));
			}
			else if (margin == null) {
				problems.add(new FieldProblem(at + "margin", "error.field.oneOf", Margin.allowed()));
			}
			if (problems.isEmpty()) {
				blocks.add(new TissueBlock(b.number(), b.fromClock(), b.toClock(), margin));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return blocks;
	}

	private static void clock(Integer value, String field, List<FieldProblem> problems) {
		if (value == null || value < 1 || value > 12) {
			problems.add(new FieldProblem(field, "mohs.block.clockRange"));
		}
	}

}
