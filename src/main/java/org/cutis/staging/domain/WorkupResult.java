package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/** A work-up result as entered, validated before it touches an order. Exactly one part is set. */
public sealed interface WorkupResult {

	WorkupKind.Family family();

	/**
	 * Nodal pathology (sentinel node biopsy or dissection) of one basin: nodes examined and positive,
	 * largest deposit, extranodal extension, and for cSCC the involved nodes with side and size.
	 */
	record Slnb(Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, boolean ene,
			NodalBasin basin, List<RegionalNode> nodes) implements WorkupResult {
		public Slnb(Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, boolean ene) {
			this(nodesExamined, nodesPositive, largestDepositMm, ene, null, List.of());
		}

		public Slnb {
			nodes = nodes == null ? List.of() : List.copyOf(nodes);
			List<FieldProblem> problems = new ArrayList<>();
			nodeProblems("slnb.nodes", nodes, problems);
			if (nodesExamined == null) {
				problems.add(new FieldProblem("slnb.nodesExamined", "error.field.required"));
			}
			else if (nodesExamined < 1 || nodesExamined > 99) {
				problems.add(new FieldProblem("slnb.nodesExamined", "staging.findings.range", 1, 99));
			}
			if (nodesPositive == null) {
				problems.add(new FieldProblem("slnb.nodesPositive", "error.field.required"));
			}
			else if (nodesPositive < 0) {
				problems.add(new FieldProblem("slnb.nodesPositive", "staging.findings.negative"));
			}
			else if (nodesExamined != null && nodesPositive > nodesExamined) {
				problems.add(new FieldProblem("slnb.nodesPositive", "staging.workup.positiveExceedsExamined",
						nodesPositive, nodesExamined));
			}
			if (largestDepositMm != null && largestDepositMm.signum() < 0) {
				problems.add(new FieldProblem("slnb.largestDepositMm", "staging.findings.negative"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}

		@Override
		public WorkupKind.Family family() {
			return WorkupKind.Family.SLNB;
		}
	}

	/** Imaging findings per organ, and for cSCC the involved regional nodes seen with side and size. */
	record Imaging(List<ImagingFinding> findings, List<RegionalNode> nodes) implements WorkupResult {
		public Imaging(List<ImagingFinding> findings) {
			this(findings, List.of());
		}

		public Imaging {
			nodes = nodes == null ? List.of() : List.copyOf(nodes);
			List<FieldProblem> problems = new ArrayList<>();
			nodeProblems("imaging.nodes", nodes, problems);
			if (findings == null || findings.isEmpty()) {
				problems.add(new FieldProblem("imaging.findings", "error.field.required"));
			}
			else {
				for (int i = 0; i < findings.size(); i++) {
					ImagingFinding f = findings.get(i);
					if (f.site() == null || !ImagingFinding.SITES.contains(f.site())) {
						problems.add(new FieldProblem("imaging.findings[" + i + "].site", "error.field.oneOf",
								String.join(", ", new java.util.TreeSet<>(ImagingFinding.SITES))));
					}
					if (f.metastasis() == null || !ImagingFinding.ANSWERS.contains(f.metastasis())) {
						problems.add(new FieldProblem("imaging.findings[" + i + "].metastasis", "error.field.oneOf",
								"yes, no, indeterminate"));
					}
				}
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			findings = List.copyOf(findings);
		}

		@Override
		public WorkupKind.Family family() {
			return WorkupKind.Family.IMAGING;
		}
	}

	/** Side ipsilateral or contralateral, size 0–30 cm: the AJCC 8th head-and-neck N inputs. */
	private static void nodeProblems(String field, List<RegionalNode> nodes, List<FieldProblem> problems) {
		for (int i = 0; i < nodes.size(); i++) {
			RegionalNode n = nodes.get(i);
			if (n.side() == null || !(n.side().equals("ipsilateral") || n.side().equals("contralateral"))) {
				problems.add(new FieldProblem(field + "[" + i + "].side", "error.field.oneOf", "ipsilateral, contralateral"));
			}
			if (n.sizeCm() == null || n.sizeCm().signum() <= 0 || n.sizeCm().compareTo(new BigDecimal("30")) > 0) {
				problems.add(new FieldProblem(field + "[" + i + "].sizeCm", "staging.findings.range", 0, 30));
			}
		}
	}

	/** Serum LDH with the lab's unit and upper limit of normal: without them the value cannot be read. */
	record Ldh(BigDecimal value, String unit, BigDecimal upperLimitOfNormal) implements WorkupResult {
		public Ldh {
			List<FieldProblem> problems = new ArrayList<>();
			if (value == null) {
				problems.add(new FieldProblem("ldh.value", "error.field.required"));
			}
			else if (value.signum() < 0) {
				problems.add(new FieldProblem("ldh.value", "staging.findings.negative"));
			}
			if (unit == null || unit.isBlank()) {
				problems.add(new FieldProblem("ldh.unit", "staging.workup.ldhUnitRequired"));
			}
			if (upperLimitOfNormal == null || upperLimitOfNormal.signum() <= 0) {
				problems.add(new FieldProblem("ldh.upperLimitOfNormal", "staging.workup.ldhUlnRequired"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			unit = unit.trim();
		}

		public boolean elevated() {
			return value.compareTo(upperLimitOfNormal) > 0;
		}

		@Override
		public WorkupKind.Family family() {
			return WorkupKind.Family.LDH;
		}
	}
}
