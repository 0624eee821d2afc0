package org.cutis.oncology.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.persistence.InputName;

/**
 * A regimen of the maintained catalogue, named as the drugs are (proper names, not translated).
 * A retired regimen stays for the courses that named it; new courses no longer offer it.
 */
@Entity
@Table(name = "oncology_regimen")
public class Regimen {
	@Id
	@InputName("name")
	private String code;
	private String name;
	private String category;
	private boolean active;
	private int sortOrder;
	private String addedBy;
	private Instant addedAt;
	@Version
	private long version;

	protected Regimen() {
	}

	/** A regimen an oncologist or administrator adds; its code is made from its name. */
	public static Regimen add(String name, String category, int sortOrder, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty()) {
			problems.add(new FieldProblem("name", "error.field.required"));
		}
		if (RegimenCategory.fromCode(category).isEmpty()) {
			problems.add(new FieldProblem("category", "error.field.oneOf", RegimenCategory.allowed()));
		}
		String code = codeOf(trimmed);
		if (!trimmed.isEmpty() && code.isEmpty()) {
			problems.add(new FieldProblem("name", "oncology.regimen.nameLatin"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Regimen regimen = new Regimen();
		regimen.code = code;
		regimen.name = trimmed;
		regimen.category = RegimenCategory.fromCode(category).orElseThrow().code();
		regimen.active = true;
		regimen.sortOrder = sortOrder;
		regimen.addedBy = by;
		regimen.addedAt = now;
		return regimen;
	}

	/** "Ipilimumab + nivolumab" is ipilimumab-nivolumab. */
	public static String codeOf(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	public void retire() {
		active = false;
	}

	public void restore() {
		active = true;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public RegimenCategory category() {
		return RegimenCategory.fromCode(category).orElseThrow();
	}

	public boolean active() {
		return active;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String addedBy() {
		return addedBy;
	}

	public long version() {
		return version;
	}
}
