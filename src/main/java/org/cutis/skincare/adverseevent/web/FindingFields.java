package org.cutis.skincare.adverseevent.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.common.Coded;
import org.cutis.rules.ctcae.CtcaeFindings;
import org.cutis.rules.ctcae.CtcaeTerm;

/**
 * The findings a form asks for a term: only the criteria the term's grades read (and life-threatening
 * or fatal where the term defines grade 4 or 5), labelled with the rules' own field and option texts.
 */
public final class FindingFields {
	public enum Kind { NUMBER, CHOICE, FLAG }

	public record Field(String name, Kind kind, String labelKey, String optionPrefix, List<String> options) {
		public String optionKey(String code) {
			return optionPrefix + code;
		}

		public boolean number() {
			return kind == Kind.NUMBER;
		}

		public boolean choice() {
			return kind == Kind.CHOICE;
		}

		public boolean flag() {
			return kind == Kind.FLAG;
		}
	}

	/** Every finding in the order a form shows them: extent and symptoms, skin findings, impact. */
	private static final List<Field> ALL = List.of(
			number("bsaPercent"), choice("extent", "ctcaeExtent", CtcaeFindings.Extent.class),
			choice("symptoms", "symptoms", CtcaeFindings.Symptoms.class), flag("pain"), number("hairLossPercent"),
			choice("desquamation", "desquamation", CtcaeFindings.Desquamation.class), flag("blistering"),
			flag("mucosalErosions"), flag("skinSloughing"), flag("bleedingMinorTrauma"),
			choice("adlLimit", "adlLimit", CtcaeFindings.AdlLimit.class), flag("psychosocialImpact"), flag("wigNeeded"),
			choice("treatment", "treatment", CtcaeFindings.Treatment.class),
			choice("superinfection", "superinfection", CtcaeFindings.Superinfection.class), flag("lifeThreatening"),
			flag("fatal"));

	private FindingFields() {
	}

	static List<Field> of(CtcaeTerm term) {
		List<Field> fields = new ArrayList<>();
		for (Field f : ALL) {
			boolean read = term.criteria().contains(f.name())
					|| f.name().equals("lifeThreatening") && term.defines(4)
					|| f.name().equals("fatal") && term.defines(5);
			if (read) {
				fields.add(f);
			}
		}
		return fields;
	}

	/**
	 * The form's values as ctcae.grade inputs: numbers as decimals (text that is no number is
	 * passed on for the rule to refuse by name), choices as codes, ticked boxes as true.
	 */
	static Map<String, Object> read(CtcaeTerm term, Map<String, String> form) {
		Map<String, Object> findings = new LinkedHashMap<>();
		for (Field f : of(term)) {
			String value = form.get(f.name());
			if (value == null || value.isBlank()) {
				continue;
			}
			switch (f.kind()) {
				case NUMBER -> {
					try {
						findings.put(f.name(), new BigDecimal(value.strip()));
					} catch (NumberFormatException e) {
						findings.put(f.name(), value.strip());
					}
				}
				case CHOICE -> findings.put(f.name(), value.strip());
				case FLAG -> {
					if (value.equals("true")) {
						findings.put(f.name(), Boolean.TRUE);
					}
				}
			}
		}
		return findings;
	}

	private static Field number(String name) {
		return new Field(name, Kind.NUMBER, "rules.field." + name, null, List.of());
	}

	private static Field flag(String name) {
		return new Field(name, Kind.FLAG, "rules.field." + name, null, List.of());
	}

	private static <E extends Enum<E> & Coded> Field choice(String name, String labelAndOptions, Class<E> type) {
		return new Field(name, Kind.CHOICE, "rules.field." + labelAndOptions, "rules.option." + labelAndOptions + ".",
				Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
	}
}
