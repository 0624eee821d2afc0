package org.cutis.skincare.adverseevent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A photo of an adverse event, processed by the lesion photo pipeline and stored by its hashes. */
@Entity
@Table(name = "skin_adverse_event_photo")
public class AdverseEventPhoto {
	@Id
	private UUID id;
	private UUID adverseEventId;
	private String sha256;
	private String thumbnailSha256;
	private String contentType;
	private long sizeBytes;
	private int width;
	private int height;
	private LocalDate takenOn;
	private Instant uploadedAt;
	private String uploadedBy;
	private Instant voidedAt;
	private String voidedBy;
	private String voidReason;
	@Version
	private long version;

	protected AdverseEventPhoto() {
	}

	public AdverseEventPhoto(UUID adverseEventId, String sha256, String thumbnailSha256, String contentType,
			long sizeBytes, int width, int height, LocalDate takenOn, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.adverseEventId = adverseEventId;
		this.sha256 = sha256;
		this.thumbnailSha256 = thumbnailSha256;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.takenOn = takenOn;
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID adverseEventId() {
		return adverseEventId;
	}

	public String sha256() {
		return sha256;
	}

	public String thumbnailSha256() {
		return thumbnailSha256;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public LocalDate takenOn() {
		return takenOn;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public String uploadedBy() {
		return uploadedBy;
	}

	public boolean voided() {
		return voidedAt != null;
	}
}
