package org.cutis.lesion.domain;

import org.cutis.lesion.PhotoKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A clinical or dermoscopic photo of a lesion. The image itself is in the file store under its
 * content hash, re-encoded so no EXIF (and no GPS location) survives; this row is its reference.
 */
@Entity
@Table(name = "lesion_photo")
public class LesionPhoto {
	@Id
	private UUID id;
	private UUID lesionId;
	@Enumerated(EnumType.STRING)
	private PhotoKind kind;
	private String sha256;
	@Column(name = "thumbnail_sha256")
	private String thumbnailSha256;
	private String contentType;
	private long sizeBytes;
	private int width;
	private int height;
	private LocalDate takenOn;
	private String device;
	private String magnification;
	private Instant uploadedAt;
	private String uploadedBy;
	private Instant voidedAt;
	private String voidedBy;
	@InputName("reason")
	private String voidReason;
	@Version
	private long version;

	protected LesionPhoto() {
	}

	public LesionPhoto(UUID lesionId, PhotoKind kind, ProcessedImage image, LocalDate takenOn, String device,
			String magnification, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.lesionId = lesionId;
		this.kind = kind;
		this.sha256 = image.sha256();
		this.thumbnailSha256 = image.thumbnailSha256();
		this.contentType = image.contentType();
		this.sizeBytes = image.sizeBytes();
		this.width = image.width();
		this.height = image.height();
		this.takenOn = takenOn;
		this.device = device == null || device.isBlank() ? null : device.trim();
		this.magnification = magnification == null || magnification.isBlank() ? null : magnification.trim();
		this.uploadedAt = now;
		this.uploadedBy = by;
	}

	public void voidRecord(String why, String by, Instant now) {
		if (voidedAt != null) {
			throw new RefusedTransition("lesion.photo.voided");
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		this.voidReason = why.trim();
		this.voidedAt = now;
		this.voidedBy = by;
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	public UUID id() { return id; }
	public UUID lesionId() { return lesionId; }
	public PhotoKind kind() { return kind; }
	public String sha256() { return sha256; }
	public String thumbnailSha256() { return thumbnailSha256; }
	public String contentType() { return contentType; }
	public long sizeBytes() { return sizeBytes; }
	public int width() { return width; }
	public int height() { return height; }
	public LocalDate takenOn() { return takenOn; }
	public String device() { return device; }
	public String magnification() { return magnification; }
	public Instant uploadedAt() { return uploadedAt; }
	public String uploadedBy() { return uploadedBy; }
	public long version() { return version; }
}
