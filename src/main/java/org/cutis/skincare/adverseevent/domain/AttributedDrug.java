package org.cutis.skincare.adverseevent.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.shared.persistence.InputName;

/**
 * A drug an adverse event is attributed to, with the clinician's causality. A catalogue drug by
 * its code (the class the advice reads comes from the catalogue), or a drug the catalogue lacks,
 * as typed and marked as a free entry (no class, so no advice for it).
 */
@Entity
@Table(name = "skin_adverse_event_drug")
public class AttributedDrug {
	@Id
	private UUID id;
	private UUID adverseEventId;
	/** The order the clinician listed the drugs in (the first of equally attributed drugs advises). */
	private int position;
	@InputName("drug")
	private String drugCode;
	@InputName("drug")
	private String drugName;
	private boolean freeEntry;
	private String attribution;
	private String recordedBy;
	private Instant recordedAt;

	protected AttributedDrug() {
	}

	/** @param catalogueCode null for a free entry */
	public AttributedDrug(UUID adverseEventId, int position, String catalogueCode, String name, Attribution attribution, String by,
			Instant now) {
		this.id = UUID.randomUUID();
		this.adverseEventId = adverseEventId;
		this.position = position;
		this.drugCode = catalogueCode;
		this.drugName = name;
		this.freeEntry = catalogueCode == null;
		this.attribution = attribution.code();
		this.recordedBy = by;
		this.recordedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID adverseEventId() {
		return adverseEventId;
	}

	/** The catalogue code, null for a free entry. */
	public String drugCode() {
		return drugCode;
	}

	public String drugName() {
		return drugName;
	}

	public boolean freeEntry() {
		return freeEntry;
	}

	public Attribution attribution() {
		return Attribution.fromCode(attribution).orElseThrow();
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
