package org.cutis.drug.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugClass;

/** A drug of the catalogue. Retired, never deleted: adverse events and referrals name it. */
@Entity
@Table(name = "drug")
public class Drug {
	@Id
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
