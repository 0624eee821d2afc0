package org.cutis.drug.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugClass;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.persistence.InputName;

/** A drug of the catalogue. Retired, never deleted: adverse events and referrals name it. */
@Entity
@Table(name = "drug")
public class Drug {
	/** WHO ATC code of a single substance: anatomical group, two digits, two letters, two digits. */
	public static final Pattern ATC = Pattern.compile("^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$");
	/** An English generic name: letters, digits, spaces and hyphens ("Trastuzumab deruxtecan"). */
	static final Pattern NAME_EN = Pattern.compile("^[A-Za-z][A-Za-z0-9 \\-]*$");

	@Id
	@InputName("nameEn")
	private String code;
	private String nameKo;
	private String nameEn;
	private String atc;
	private String drugClass;
	private boolean active;
	private String addedBy;
	private Instant addedAt;
	@Version
	private long version;

	protected Drug() {
	}

	public Drug(String code, String nameKo, String nameEn, String atc, DrugClass drugClass, String by, Instant now) {
		this.code = code;
		this.nameKo = nameKo;
		this.nameEn = nameEn;
		this.atc = atc;
		this.drugClass = drugClass.code();
		this.active = true;
		this.addedBy = by;
		this.addedAt = now;
	}

	/**
	 * A drug an oncologist or administrator adds. The code is the English generic name in lower
	 * case with hyphens for spaces; the ATC code is stored in capitals.
	 */
	public static Drug add(String nameKo, String nameEn, String atc, String drugClass, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String ko = strip(nameKo);
		String en = strip(nameEn);
		String code = strip(atc) == null ? null : strip(atc).toUpperCase(Locale.ROOT);
		if (ko == null) {
			problems.add(new FieldProblem("nameKo", "drug.nameKo.required"));
		}
		if (en == null) {
			problems.add(new FieldProblem("nameEn", "drug.nameEn.required"));
		}
		else if (!NAME_EN.matcher(en).matches()) {
			problems.add(new FieldProblem("nameEn", "drug.nameEn.invalid"));
		}
		if (code == null) {
			problems.add(new FieldProblem("atc", "drug.atc.required"));
		}
		else if (!ATC.matcher(code).matches()) {
			problems.add(new FieldProblem("atc", "drug.atc.invalid", code));
		}
		DrugClass parsed = null;
		if (strip(drugClass) == null) {
			problems.add(new FieldProblem("drugClass", "drug.drugClass.required"));
		}
		else {
			String c = drugClass.strip().toLowerCase(Locale.ROOT).replace('_', '-');
			parsed = DrugClass.fromCode(c).orElse(null);
			if (parsed == null) {
				problems.add(new FieldProblem("drugClass", "drug.drugClass.invalid", DrugClass.allowed()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String name = en.replaceAll("\\s+", " ");
		return new Drug(name.toLowerCase(Locale.ROOT).replace(' ', '-'), ko, name, code, parsed, by, now);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String nameKo() {
		return nameKo;
	}

	public String nameEn() {
		return nameEn;
	}

	public String atc() {
		return atc;
	}

	public CatalogueDrug view() {
		return new CatalogueDrug(code, nameKo, nameEn, atc, DrugClass.fromCode(drugClass).orElse(DrugClass.OTHER), active);
	}

	public String code() {
		return code;
	}

	public boolean active() {
		return active;
	}

	public long version() {
		return version;
	}

	public void retire() {
		active = false;
	}

	public void restore() {
		active = true;
	}
}
