package org.cutis.clinic.visit.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinic.visit.domain.ReviewedResult;
import org.cutis.clinic.visit.domain.ReviewedResult.Kind;
import org.cutis.identity.Permission;
import org.cutis.lesion.LesionDirectory;
import org.cutis.pathology.PathologyDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.Message;
import org.cutis.staging.WorkupResults;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results Cutis knows for a patient that a doctor may review at a visit: the signed pathology
 * reports (pathology's directory) and the resulted work-up orders (staging's: imaging, SLNB, LDH).
 * The note form offers those since the previous visit; a note refers to them by id, resolved here to
 * their kind (an id that is not one of the patient's results is a field error).
 */
@Component
@Transactional(readOnly = true)
public class ReviewableResults {
	private final PathologyDirectory pathology;
	private final WorkupResults workup;
	private final LesionDirectory lesions;
	private final Clock clock;

	ReviewableResults(PathologyDirectory pathology, WorkupResults workup, LesionDirectory lesions, Clock clock) {
		this.pathology = pathology;
		this.workup = workup;
		this.lesions = lesions;
		this.clock = clock;
	}

	/**
	 * One result as the note shows it.
	 *
	 * @param title a message in the reader's language (what the result is)
	 * @param link  the page of the result in Cutis
	 */
	public record Result(ReviewedResult reference, LocalDate date, Message title, String link) {
		public UUID id() {
			return reference.id();
		}

		/** What the reader needs to open the link (pages show it only then). */
		public Permission linkPermission() {
			return reference.kind() == Kind.PATHOLOGY_REPORT ? Permission.REPORT_READ : Permission.CANCER_READ;
		}
	}

	/** Every result of the patient, oldest first. */
	public List<Result> of(UUID patientId) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		lesions.lesionsOf(patientId).forEach(l -> labels.put(l.id(), l.label()));
		List<Result> all = new ArrayList<>();
		pathology.signedReportsOf(patientId)
			.forEach(r -> all.add(new Result(new ReviewedResult(Kind.PATHOLOGY_REPORT, r.id()), day(r.signedAt()),
					r.diagnosis() == null
							? new Message("visit.result.pathology", labels.getOrDefault(r.lesionId(), "-"))
							: new Message("visit.result.pathologyDiagnosis", labels.getOrDefault(r.lesionId(), "-"),
									new Message("lesion.impression." + r.diagnosis().code())),
					"/specimens/" + r.specimenId() + "/report")));
		workup.of(patientId)
			.forEach(w -> all.add(new Result(new ReviewedResult(Kind.WORKUP_RESULT, w.id()), day(w.resultAt()),
					new Message("visit.result.workup", new Message("staging.workup.kind." + w.kind()),
							w.result() == null ? "" : w.result()),
					"/cancers/" + w.cancerId() + "#order-" + w.kind())));
		all.sort(Comparator.comparing(Result::date));
		return all;
	}

	/**
	 * What the form offers: the results dated on or after the previous visit (all when there was
	 * none), and those the note already refers to.
	 */
	public List<Result> offered(UUID patientId, LocalDate previousVisit, List<ReviewedResult> already) {
		List<UUID> chosen = already.stream().map(ReviewedResult::id).toList();
		return of(patientId).stream()
			.filter(r -> previousVisit == null || !r.date().isBefore(previousVisit) || chosen.contains(r.id()))
			.toList();
	}

	/** The results referred to, as the note shows them (in the note's order; unknown ones left out). */
	public List<Result> shown(UUID patientId, List<ReviewedResult> references) {
		Map<UUID, Result> byId = new LinkedHashMap<>();
		of(patientId).forEach(r -> byId.put(r.id(), r));
		return references.stream().map(r -> byId.get(r.id())).filter(java.util.Objects::nonNull).toList();
	}

	/** The references typed: each id must be one of the patient's results (else a field error naming it). */
	public List<ReviewedResult> resolve(UUID patientId, List<ReviewedResult> given) {
		if (given.isEmpty()) {
			return given;
		}
		Map<UUID, Result> byId = new LinkedHashMap<>();
		of(patientId).forEach(r -> byId.put(r.id(), r));
		List<FieldProblem> problems = new ArrayList<>();
		List<ReviewedResult> resolved = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			ReviewedResult r = given.get(i);
			Result known = r == null || r.id() == null ? null : byId.get(r.id());
			if (known == null) {
				problems.add(new FieldProblem("resultsReviewed[" + i + "]", "visit.results.notPatients"));
			}
			else {
				resolved.add(known.reference());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return resolved;
	}

	private LocalDate day(Instant at) {
		return at.atZone(clock.getZone()).toLocalDate();
	}
}
