package org.cutis.surveillance.plan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutis.identity.Department;
import org.cutis.rules.common.Explanation;
import org.cutis.treatment.TreatmentCompleted.Responsible;
import org.cutis.treatment.TreatmentType;

/**
 * Who follows the patient up: the surgeon when the treatment was surgical, otherwise the physician
 * in charge of the non-surgical treatment. With several, the most definitive treatment decides
 * (the primary's excision before node surgery and reconstruction; systemic therapy before
 * radiotherapy before local treatments) and the reason names the others. Without a named
 * physician the plan has none yet (the department is kept) and cannot be activated.
 */
public final class ResponsibleDoctor {
	/** Surgical treatments in the order that decides between surgeons. */
	static final List<TreatmentType> SURGICAL = List.of(TreatmentType.WIDE_LOCAL_EXCISION, TreatmentType.MOHS_SURGERY,
			TreatmentType.EXCISION, TreatmentType.LYMPH_NODE_DISSECTION, TreatmentType.SLNB,
			TreatmentType.RECONSTRUCTION);
	/** Non-surgical treatments in the order that decides between their physicians. */
	static final List<TreatmentType> NON_SURGICAL = List.of(TreatmentType.SYSTEMIC_THERAPY, TreatmentType.RADIOTHERAPY,
			TreatmentType.CURETTAGE_ELECTRODESICCATION, TreatmentType.CRYOTHERAPY, TreatmentType.TOPICAL_FIELD_THERAPY,
			TreatmentType.CLINICAL_TRIAL_REFERRAL, TreatmentType.OBSERVATION);
	private static final Set<TreatmentType> SURGICAL_SET = EnumSet.copyOf(SURGICAL);

	private ResponsibleDoctor() {
	}

	/** @param reason why this doctor (an explanation with the treatments in words) */
	public record Assignment(String username, Department department, Explanation reason) {
	}

	public static boolean surgical(TreatmentType type) {
		return type != null && SURGICAL_SET.contains(type);
	}

	public static Assignment of(List<Responsible> treated) {
		List<Responsible> named = treated.stream().filter(r -> r.username() != null).toList();
		List<Responsible> surgeons = named.stream().filter(r -> surgical(r.type())).toList();
		if (!surgeons.isEmpty()) {
			return choose(surgeons, named, SURGICAL, "surveillance.responsible.surgeon",
					"surveillance.responsible.surgeonOfSeveral");
		}
		if (!named.isEmpty()) {
			return choose(named, named, NON_SURGICAL, "surveillance.responsible.physician",
					"surveillance.responsible.physicianOfSeveral");
		}
		Department department = treated.stream().map(Responsible::department).filter(d -> d != null).findFirst()
			.orElse(null);
		return new Assignment(null, department, Explanation.of("surveillance.responsible.noneNamed",
				department == null ? Explanation.of("surveillance.responsible.noDepartment") : department(department)));
	}

	private static Assignment choose(List<Responsible> candidates, List<Responsible> everyone, List<TreatmentType> order,
			String single, String several) {
		Responsible chosen = candidates.stream().min(Comparator.comparingInt(r -> rank(order, r.type()))).orElseThrow();
		// one doctor may appear with several treatments: the others are the other doctors
		Map<String, List<Responsible>> others = new LinkedHashMap<>();
		everyone.stream().filter(r -> !r.username().equals(chosen.username()))
			.forEach(r -> others.computeIfAbsent(r.username(), u -> new ArrayList<>()).add(r));
		Explanation what = type(chosen.type());
		if (others.isEmpty()) {
			return new Assignment(chosen.username(), chosen.department(), Explanation.of(single, what));
		}
		List<Explanation> rest = others.values().stream().flatMap(List::stream)
			.map(r -> Explanation.of("surveillance.responsible.other", type(r.type()), department(r.department())))
			.toList();
		return new Assignment(chosen.username(), chosen.department(),
				Explanation.of(several, what, Explanation.list(Explanation.AND, rest)));
	}

	private static int rank(List<TreatmentType> order, TreatmentType type) {
		int i = type == null ? -1 : order.indexOf(type);
		return i < 0 ? order.size() : i;
	}

	static Explanation type(TreatmentType type) {
		return Explanation.of(type == null ? "surveillance.type.unknown" : "surveillance.type." + type.code());
	}

	static Explanation department(Department department) {
		return Explanation.of(department == null ? "surveillance.responsible.noDepartment"
				: "surveillance.department." + department.code());
	}
}
