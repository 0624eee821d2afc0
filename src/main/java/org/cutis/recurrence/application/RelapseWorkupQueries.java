package org.cutis.recurrence.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.BiopsyOrdering;
import org.cutis.biopsy.BiopsyOrdering.Taken;
import org.cutis.recurrence.domain.RelapseWorkup;
import org.cutis.recurrence.domain.RelapseWorkups;
import org.cutis.recurrence.domain.WorkupLesion;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work-ups as the worklist, the cancer page and the API show them, each lesion with the
 * re-biopsy ordered on it since the work-up opened (its specimen, flagged {@code recurrence}), so
 * the next step is plain: order the re-biopsy, wait for its result, or decide an uncertain one.
 */
@Service
@Transactional(readOnly = true)
public class RelapseWorkupQueries {
	private final RelapseWorkups workups;
	private final BiopsyOrdering biopsies;
	private final AuditLog audit;

	RelapseWorkupQueries(RelapseWorkups workups, BiopsyOrdering biopsies, AuditLog audit) {
		this.workups = workups;
		this.biopsies = biopsies;
		this.audit = audit;
	}

	/** A work-up with each lesion's re-biopsy (null until ordered) and the next step. */
	public record Tracked(RelapseWorkup workup, List<Target> targets) {
		/** {@code order-rebiopsy}, {@code awaiting-result}, {@code decide-uncertain}, or null once closed. */
		public String nextStep() {
			if (!workup.isOpen()) {
				return null;
			}
			if (workup.resultBehaviour() != null) {
				return "decide-uncertain";
			}
			return targets.stream().anyMatch(t -> t.rebiopsy() != null && t.rebiopsy().specimen().status().isOpen())
					? "awaiting-result" : "order-rebiopsy";
		}
	}

	public record Target(WorkupLesion lesion, Taken rebiopsy) {
	}

	/** The open work-ups, oldest first (or all, latest first); every patient listed is audited. */
	@Transactional
	public List<Tracked> worklist(boolean openOnly) {
		List<RelapseWorkup> found = openOnly ? workups.findByStatusOrderByOpenedAtAsc(RelapseWorkup.OPEN)
				: workups.findAllByOrderByOpenedAtDesc();
		audit.listed("relapse-workups", null, found.stream().map(RelapseWorkup::patientId).distinct().toList());
		return found.stream().map(this::tracked).toList();
	}

	@Transactional
	public Tracked view(UUID id) {
		RelapseWorkup w = workups.findById(id).orElseThrow(() -> new NotFound("relapse-workup", id));
		audit.record(AuditAction.VIEW, w.patientId(), "relapse-workup", id, null);
		return tracked(w);
	}

	/** For the cancer page's section (the page audits its own view). */
	public List<Tracked> ofCancer(UUID cancerId) {
		return workups.findByCancerIdOrderByOpenedAtDesc(cancerId).stream().map(this::tracked).toList();
	}

	public Optional<RelapseWorkup> find(UUID id) {
		return workups.findById(id);
	}

	private Tracked tracked(RelapseWorkup w) {
		return new Tracked(w, w.lesions().stream().map(l -> new Target(l, rebiopsy(w, l))).toList());
	}

	/** The latest re-biopsy of the lesion ordered since the work-up opened (the result's specimen once decided). */
	private Taken rebiopsy(RelapseWorkup w, WorkupLesion lesion) {
		List<Taken> taken = biopsies.specimensOf(lesion.lesionId());
		if (w.specimenId() != null) {
			Optional<Taken> result = taken.stream().filter(t -> t.specimen().id().equals(w.specimenId())).findFirst();
			if (result.isPresent()) {
				return result.get();
			}
		}
		return taken.stream()
			.filter(t -> RelapsePath.REBIOPSY.contains(t.specimen().role()))
			.filter(t -> !t.orderedAt().isBefore(w.openedAt()))
			.max(Comparator.comparing(Taken::orderedAt))
			.orElse(null);
	}
}
