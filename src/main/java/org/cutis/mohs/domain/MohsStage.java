package org.cutis.mohs.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One Mohs stage: the layer taken, its tissue map (numbered blocks by clock position with their
 * margins) and the frozen-section time. Written once; the database refuses changes (append-only).
 */
@Entity
@Table(name = "mohs_stage")
public class MohsStage {
	@Id
	private UUID id;
	@Column(name = "case_id")
	private UUID caseId;
	private int number;
	private Integer frozenSectionMinutes;
	private String blocks;
	private String recordedBy;
	private Instant recordedAt;

	protected MohsStage() {
	}

	MohsStage(UUID caseId, int number, List<TissueBlock> blocks, Integer frozenSectionMinutes, String by, Instant at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.number = number;
		this.blocks = TissueBlock.encode(blocks);
		this.frozenSectionMinutes = frozenSectionMinutes;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public boolean allClear() {
		return blocks().stream().noneMatch(b -> b.margin().positive());
	}

	public List<TissueBlock> positiveBlocks() {
		return blocks().stream().filter(b -> b.margin().positive()).toList();
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public int number() {
		return number;
	}

	public List<TissueBlock> blocks() {
		return TissueBlock.decode(blocks);
	}

	public Integer frozenSectionMinutes() {
		return frozenSectionMinutes;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
