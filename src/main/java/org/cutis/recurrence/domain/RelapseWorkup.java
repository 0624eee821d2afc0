package org.cutis.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.Behaviour;
import org.cutis.shared.RefusedTransition;

/**
 * The re-biopsy path that relapse suspected at a visit opens for a cancer: the lesions to biopsy
 * (the original or new ones, linked here to the cancer), then the re-biopsy's result. A malignant
 * (or in situ) result confirms the recurrence, a benign one rules it out; an uncertain one leaves the
 * work-up open for the clinician (who may record the recurrence or ask for another biopsy).
 */
@Entity
@Table(name = "relapse_workup")
public class RelapseWorkup {
	public static final String OPEN = "open";
	public static final String CONFIRMED = "confirmed";
	public static final String RULED_OUT = "ruled-out";

	@Id
	private UUID id;
	private UUID patientId;
	private UUID cancerId;
	private UUID visitNoteId;
	private String suspectedBy;
	private LocalDate suspectedOn;
	private String status;
	private Instant openedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "relapse_workup_lesion", joinColumns = @JoinColumn(name = "workup_id"))
	private List<WorkupLesion> lesions = new ArrayList<>();
	private UUID specimenId;
	private UUID reportId;
	private String resultBehaviour;
	private Instant resultAt;
	private Instant closedAt;
	private String closedBy;
	private UUID recurrenceId;
	@Version
	private long version;

	protected RelapseWorkup() {
	}

	public RelapseWorkup(UUID patientId, UUID cancerId, UUID visitNoteId, String suspectedBy, LocalDate suspectedOn,
			List<WorkupLesion> lesions, Instant now) {
		this.id = UUID.randomUUID();
		this.patientId = patientId;
		this.cancerId = cancerId;
		this.visitNoteId = visitNoteId;
		this.suspectedBy = suspectedBy;
		this.suspectedOn = suspectedOn;
		this.lesions = new ArrayList<>(lesions);
		this.status = OPEN;
		this.openedAt = now;
	}

	public boolean isOpen() {
		return OPEN.equals(status);
	}

	/** Whether the re-biopsy of this lesion belongs to this work-up. */
	public boolean covers(UUID lesionId) {
		return lesions.stream().anyMatch(l -> l.lesionId().equals(lesionId));
	}

	public Optional<WorkupLesion> lesion(UUID lesionId) {
		return lesions.stream().filter(l -> l.lesionId().equals(lesionId)).findFirst();
	}

	/** The re-biopsy's signed result; an uncertain one is noted and the work-up stays open. */
	public void resulted(UUID specimenId, UUID reportId, Behaviour behaviour, Instant at) {
		if (!isOpen()) {
			throw new RefusedTransition("recurrence.workup.closed");
		}
		this.specimenId = specimenId;
		this.reportId = reportId;
		this.resultBehaviour = behaviour.code();
		this.resultAt = at;
	}

	public void confirmed(UUID recurrenceId, String by, Instant at) {
		close(CONFIRMED, by, at);
		this.recurrenceId = recurrenceId;
	}

	public void ruledOut(String by, Instant at) {
		close(RULED_OUT, by, at);
	}

	private void close(String to, String by, Instant at) {
		if (!isOpen()) {
			throw new RefusedTransition("recurrence.workup.closed");
		}
		this.status = to;
		this.closedBy = by;
		this.closedAt = at;
	}

	public UUID id() { return id; }
	public UUID patientId() { return patientId; }
	public UUID cancerId() { return cancerId; }
	public UUID visitNoteId() { return visitNoteId; }
	public String suspectedBy() { return suspectedBy; }
	public LocalDate suspectedOn() { return suspectedOn; }
	public String status() { return status; }
	public Instant openedAt() { return openedAt; }
	public List<WorkupLesion> lesions() { return List.copyOf(lesions); }
	public UUID specimenId() { return specimenId; }
	public UUID reportId() { return reportId; }
	public String resultBehaviour() { return resultBehaviour; }
	public Instant resultAt() { return resultAt; }
	public Instant closedAt() { return closedAt; }
	public String closedBy() { return closedBy; }
	public UUID recurrenceId() { return recurrenceId; }
	public long version() { return version; }
}
