package org.cutis.lesion.domain;

import org.cutis.lesion.LesionDescription;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.lesion.BodyView;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.Suspicion;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.persistence.AnatomicSiteConverter;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/** A lesion of a patient, from the first visit on. Its number (L3) never changes; voided, never deleted. */
@Entity
@Table(name = "lesion")
public class Lesion {
	@Id
	private UUID id;
	private UUID patientId;
	private int number;
	@Convert(converter = AnatomicSiteConverter.class)
	private AnatomicSite site;
	@Enumerated(EnumType.STRING)
	private Laterality laterality;
	@Enumerated(EnumType.STRING)
	@Column(name = "body_view")
	private BodyView view;
	@Column(name = "map_x")
	private BigDecimal x;
	@Column(name = "map_y")
	private BigDecimal y;
	private BigDecimal sizeMm;
	private String colour;
	private boolean asymmetry;
	private boolean borderIrregular;
	private boolean colourVariegated;
	@Column(name = "diameter_over_6mm")
	private boolean diameterOver6mm;
	private boolean evolving;
	private String dermoscopyPattern;
	@Enumerated(EnumType.STRING)
	private Diagnosis impression;
	private String differential;
	@Enumerated(EnumType.STRING)
	private Suspicion suspicion;
	private Instant recordedAt;
	private String recordedBy;
	private Instant voidedAt;
	private String voidedBy;
	@InputName("reason")
	private String voidReason;
	@Version
	private long version;

	protected Lesion() {
	}

	public Lesion(UUID patientId, int number, LesionDescription d, String by, Instant now) {
		d.validate();
		this.id = UUID.randomUUID();
		this.patientId = patientId;
		this.number = number;
		this.site = d.site();
		this.laterality = d.laterality();
		this.view = d.view();
		this.x = d.x();
		this.y = d.y();
		this.sizeMm = d.sizeMm();
		this.colour = d.colour();
		this.asymmetry = d.asymmetry();
		this.borderIrregular = d.borderIrregular();
		this.colourVariegated = d.colourVariegated();
		this.diameterOver6mm = d.diameterOver6mm();
		this.evolving = d.evolving();
		this.dermoscopyPattern = d.dermoscopyPattern();
		this.impression = d.impression();
		this.differential = d.differential();
		this.suspicion = d.suspicion();
		this.recordedAt = now;
		this.recordedBy = by;
	}

	public void voidRecord(String why, String by, Instant now) {
		if (voidedAt != null) {
			throw new RefusedTransition("lesion.voided");
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		this.voidReason = why.trim();
		this.voidedAt = now;
		this.voidedBy = by;
	}

	public void requireActive() {
		if (voidedAt != null) {
			throw new RefusedTransition("lesion.voided");
		}
	}

	public LesionSummary summary() {
		return new LesionSummary(id, patientId, label(), site, laterality, impression, differential, suspicion,
				isVoided(), sizeMm);
	}

	/** The identifier clinicians say and write: L followed by the per-patient number. */
	public String label() {
		return "L" + number;
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	public boolean isPigmentedFeatureFlagged() {
		return asymmetry || borderIrregular || colourVariegated || diameterOver6mm || evolving;
	}

	public UUID id() { return id; }
	public UUID patientId() { return patientId; }
	public int number() { return number; }
	public AnatomicSite site() { return site; }
	public Laterality laterality() { return laterality; }
	public BodyView view() { return view; }
	public BigDecimal x() { return x; }
	public BigDecimal y() { return y; }
	public BigDecimal sizeMm() { return sizeMm; }
	public String colour() { return colour; }
	public boolean asymmetry() { return asymmetry; }
	public boolean borderIrregular() { return borderIrregular; }
	public boolean colourVariegated() { return colourVariegated; }
	public boolean diameterOver6mm() { return diameterOver6mm; }
	public boolean evolving() { return evolving; }
	public String dermoscopyPattern() { return dermoscopyPattern; }
	public Diagnosis impression() { return impression; }
	public String differential() { return differential; }
	public Suspicion suspicion() { return suspicion; }
	public Instant recordedAt() { return recordedAt; }
	public String recordedBy() { return recordedBy; }
	public Instant voidedAt() { return voidedAt; }
	public String voidReason() { return voidReason; }
	public long version() { return version; }
}
