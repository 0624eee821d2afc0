package org.cutis.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cutis.drug.DrugClass;
import org.cutis.referral.ReferralDrug;
import org.cutis.shared.persistence.InputName;

/** One drug of a referral (table referral_drug), with the catalogue's names and class at intake. */
@Embeddable
public class DrugEntry {
	@InputName("drugs")
	private String code;
	@InputName("drugs")
	private String nameKo;
	@InputName("drugs")
	private String nameEn;
	private String drugClass;
	@Column(name = "free_entry")
	private boolean freeEntry;

	protected DrugEntry() {
	}

	public DrugEntry(ReferralDrug drug) {
		this.code = drug.code();
		this.nameKo = drug.nameKo();
		this.nameEn = drug.nameEn();
		this.drugClass = drug.drugClass() == null ? null : drug.drugClass().code();
		this.freeEntry = drug.freeEntry();
	}

	public ReferralDrug view() {
		return new ReferralDrug(code, nameKo, nameEn, drugClass == null ? null : DrugClass.fromCode(drugClass).orElse(
				DrugClass.OTHER), freeEntry);
	}
}
