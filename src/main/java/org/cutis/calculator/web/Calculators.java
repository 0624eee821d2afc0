package org.cutis.calculator.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Coded;
import org.cutis.rules.cscc.BoneInvasion;
import org.cutis.rules.cscc.Differentiation;
import org.cutis.rules.ctcae.CtcaeFindings;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.rules.mohs.MohsTumor;
import org.cutis.rules.mohs.PatientCategory;
import org.cutis.rules.oncoderm.DrugClass;

import static org.cutis.calculator.web.CalculatorField.choice;
import static org.cutis.calculator.web.CalculatorField.code;
import static org.cutis.calculator.web.CalculatorField.count;
import static org.cutis.calculator.web.CalculatorField.flag;
import static org.cutis.calculator.web.CalculatorField.multi;
import static org.cutis.calculator.web.CalculatorField.nodes;
import static org.cutis.calculator.web.CalculatorField.number;
import static org.cutis.calculator.web.CalculatorField.yesNo;

/**
 * The calculator forms, grouped by family as the page shows them. Field names and codes are the
 * rules contract's; codes come from the rules' own vocabularies wherever those are public, so a
 * form cannot offer a code the engine does not know.
 */
final class Calculators {
	static final List<String> MELANOMA_T = List.of("TX", "T0", "Tis", "T1a", "T1b", "T2a", "T2b", "T3a", "T3b", "T4a",
			"T4b");
	static final List<String> MELANOMA_N = List.of("NX", "N0", "N1a", "N1b", "N1c", "N2a", "N2b", "N2c", "N3a", "N3b",
			"N3c");
	static final List<String> MELANOMA_M = List.of("M0", "M1a", "M1a(0)", "M1a(1)", "M1b", "M1b(0)", "M1b(1)", "M1c",
			"M1c(0)", "M1c(1)", "M1d", "M1d(0)", "M1d(1)");
	static final List<String> CSCC_T = List.of("TX", "Tis", "T1", "T2", "T3", "T4a", "T4b");
	static final List<String> CSCC_N = List.of("NX", "N0", "N1", "N2a", "N2b", "N2c", "N3a", "N3b");
	static final List<String> MELANOMA_STAGES = List.of("0", "IA", "IB", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB",
			"IIIC", "IIID", "IV");
	static final List<String> CLASSIFICATIONS = List.of("clinical", "pathological");

	/** Families in page order; each names its template under {@code templates/calculator/}. */
	static final List<Family> FAMILIES = List.of(
			new Family("melanoma", List.of(
					new Calculator("melanoma.t", "melanoma", List.of(yesNo("primaryFound", "true"), flag("inSitu"),
							number("breslowMm"), flag("ulceration"))),
					new Calculator("melanoma.n", "melanoma", List.of(count("occultNodes"), count("clinicalNodes"),
							flag("matted"), flag("itm"))),
					new Calculator("melanoma.m", "melanoma", List.of(multi("sites", "metastaticSite", codes(MetastaticSite.class)),
							choice("ldh", "ldh", List.of("normal", "elevated", "unknown")))),
					new Calculator("melanoma.stage", "melanoma", List.of(
							choice("classification", "classification", CLASSIFICATIONS), code("t", MELANOMA_T),
							code("n", MELANOMA_N), code("m", MELANOMA_M))))),
			new Family("margins", List.of(
					new Calculator("melanoma.margin", "margins", List.of(flag("inSitu"), number("breslowMm"))),
					new Calculator("melanoma.slnb", "margins", List.of(code("t", MELANOMA_T), flag("itm"),
							flag("microstagingUncertain"))),
					new Calculator("melanoma.imaging", "margins", List.of(code("stage", MELANOMA_STAGES))))),
			new Family("cscc", List.of(
					new Calculator("cscc.t", "cscc", List.of(flag("inSitu"), number("diameterCm"), number("depthMm"),
							flag("beyondSubcutaneousFat"), flag("perineuralInvasion"),
							choice("bone", "bone", codes(BoneInvasion.class)))),
					new Calculator("cscc.n", "cscc", List.of(choice("classification", "classification", CLASSIFICATIONS),
							nodes())),
					new Calculator("cscc.stage", "cscc", List.of(code("t", CSCC_T), code("n", CSCC_N),
							code("m", List.of("M0", "M1")))),
					new Calculator("cscc.bwh", "cscc", List.of(number("diameterCm"),
							choice("differentiation", "differentiation", codes(Differentiation.class)),
							flag("perineuralNerveAtLeast01mm"), flag("beyondSubcutaneousFat"), flag("boneInvasion"))))),
			new Family("bcc", List.of(
					new Calculator("bcc.risk", "bcc", List.of(choice("site", "site", codes(AnatomicSite.class)),
							number("diameterCm"), choice("borders", "borders", List.of("well-defined", "poorly-defined")),
							choice("subtype", "subtype", codes(BccSubtype.class)), flag("recurrent"),
							flag("priorRadiotherapy"), flag("perineuralInvasion"))))),
			new Family("mohs", List.of(
					new Calculator("mohs.auc", "mohs", List.of(choice("tumor", "tumor", codes(MohsTumor.class)),
							flag("recurrent"), choice("site", "site", codes(AnatomicSite.class)), number("diameterCm"),
							choice("patient", "patient", codes(PatientCategory.class)), flag("priorRadiationAtSite"))))),
			new Family("ctcae", List.of(
					new Calculator("ctcae.grade", "ctcae", List.of(
							code("term", Arrays.stream(CtcaeTerm.values()).map(CtcaeTerm::termName).toList()),
							number("bsaPercent"), choice("symptoms", "symptoms", codes(CtcaeFindings.Symptoms.class)),
							flag("pain"), choice("adlLimit", "adlLimit", codes(CtcaeFindings.AdlLimit.class)),
							flag("psychosocialImpact"), choice("treatment", "treatment", codes(CtcaeFindings.Treatment.class)),
							choice("superinfection", "superinfection", codes(CtcaeFindings.Superinfection.class)),
							choice("extent", "ctcaeExtent", codes(CtcaeFindings.Extent.class)).labelled("ctcaeExtent"),
							number("hairLossPercent"), flag("wigNeeded"),
							choice("desquamation", "desquamation", codes(CtcaeFindings.Desquamation.class)),
							flag("bleedingMinorTrauma"), flag("mucosalErosions"), flag("blistering"), flag("skinSloughing"),
							flag("lifeThreatening"), flag("fatal"))))),
			new Family("oncoderm", List.of(
					new Calculator("oncoderm.advice", "oncoderm", List.of(
							choice("drugClass", "drugClass", codes(DrugClass.class)),
							code("term", Arrays.stream(CtcaeTerm.values()).map(CtcaeTerm::termName).toList()),
							count("grade"))))),
			new Family("followup", List.of(
					new Calculator("followup.schedule", "followup", List.of(
							choice("diagnosis", "diagnosis", List.of("melanoma", "bcc", "cscc")),
							code("stage", MELANOMA_STAGES),
							choice("extent", "csccExtent", List.of("local", "regional")).labelled("csccExtent"),
							choice("guideline", "guideline", List.of("NCCN", "CCA", "SIGN")).startingWith("NCCN"))))));

	private Calculators() {
	}

	static Optional<Calculator> byRule(String rule) {
		return FAMILIES.stream().flatMap(f -> f.calculators().stream()).filter(c -> c.rule().equals(rule)).findFirst();
	}

	static List<Calculator> all() {
		return FAMILIES.stream().flatMap(f -> f.calculators().stream()).toList();
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map((Function<E, String>) Coded::code).toList();
	}

	/** A group of calculators under one heading, e.g. melanoma TNM and stage. */
	public record Family(String name, List<Calculator> calculators) {
		public String titleKey() {
			return "rules.family." + name;
		}
	}
}
