package org.cutis.clinic.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinic.VisitAssessment;
import org.cutis.identity.SignatureMethod;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;
import org.hibernate.annotations.ColumnTransformer;

import tools.jackson.core.type.TypeReference;

/**
 * The note of one visit (one per appointment): a draft the doctor saves as often as needed, then
 * signed once with the signer's password or PIN; after that it never changes (the database refuses
 * too) and is corrected by signed {@link VisitNoteAddendum addenda}. Never deleted.
 */
@Entity
@Table(name = "visit_note")
public class VisitNote {
	public enum Status {
		DRAFT, SIGNED
	}

	public static final int MAX_TEXT = 4000;
	public static final int MAX_CHANGE = 1000;

	@Id
	private UUID id;
	private UUID appointmentId;
	private UUID patientId;
	private String clinician;
	private LocalDate visitDate;
	private String status;
	@InputName("intervalHistory")
	private String intervalHistory;
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String lesionReviews = "[]";
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String lymphNodes = "[]";
	@InputName("resultsReviewed")
	private String resultsReviewed;
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String reviewedResults = "[]";
	private String assessment;
	private UUID cancerId;
	private UUID adverseEventId;
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String suspectedLesions = "[]";
	@InputName("plan")
	private String plan;
	private String createdBy;
	private Instant createdAt;
	private String updatedBy;
	private Instant updatedAt;
	private String signedBy;
	private Instant signedAt;
	private String signatureMethod;
	@Version
	private long version;

	protected VisitNote() {
	}

	public VisitNote(UUID appointmentId, UUID patientId, String clinician, LocalDate visitDate, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.appointmentId = appointmentId;
		this.patientId = patientId;
		this.clinician = clinician;
		this.visitDate = visitDate;
		this.status = "draft";
		this.createdBy = by;
		this.createdAt = now;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * Replaces the draft's content. The shape is checked here (each problem naming its field); that
	 * the lesions, cancer and adverse event are the patient's is the caller's check.
	 */
	public void write(VisitNoteContent content, String by, Instant now) {
		checkDraft();
		check(content);
		this.intervalHistory = content.intervalHistory();
		this.lesionReviews = NoteJson.write(content.lesionReviews());
		this.lymphNodes = NoteJson.write(content.lymphNodes());
		this.resultsReviewed = content.resultsReviewed();
		this.reviewedResults = NoteJson.write(content.reviewedResults());
		this.assessment = content.assessment() == null ? null : content.assessment().code();
		this.cancerId = content.cancerId();
		this.adverseEventId = content.adverseEventId();
		this.suspectedLesions = NoteJson.write(content.suspectedLesionIds());
		this.plan = content.plan();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * What must be there before the note is signed: the assessment, the plan, and every lesion of the
	 * patient that is not voided reviewed (the full skin examination). Checked before the signer is
	 * asked for the password, so a refusal never costs a guess.
	 *
	 * @param openLesions the patient's lesions that are not voided, id to label
	 */
	public void checkSignable(java.util.Map<UUID, String> openLesions) {
		checkDraft();
		List<FieldProblem> problems = VisitNoteShape.problemsBeforeSigning(content(), openLesions);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public void sign(String by, SignatureMethod method, Instant now) {
		checkDraft();
		if (assessment == null) {
			throw new InvalidInput("assessment", "error.field.required");
		}
		this.status = "signed";
		this.signedBy = by;
		this.signedAt = now;
		this.signatureMethod = method.code();
	}

	/** A signed correction or addition; only a signed note is amended (a draft is still written). */
	public VisitNoteAddendum amend(String text, String by, SignatureMethod method, Instant now) {
		checkAmendable(text);
		return new VisitNoteAddendum(id, text.trim(), by, method, now);
	}

	public void checkAmendable(String text) {
		if (!isSigned()) {
			throw new RefusedTransition("visit.addendum.unsigned");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "error.field.required");
		}
		if (text.trim().length() > MAX_TEXT) {
			throw new InvalidInput("text", "error.field.tooLong", MAX_TEXT);
		}
	}

	private void checkDraft() {
		if (isSigned()) {
			throw new RefusedTransition("visit.note.signed");
		}
	}

	private static void check(VisitNoteContent c) {
		List<FieldProblem> problems = VisitNoteShape.problemsOf(c);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public boolean isSigned() {
		return "signed".equals(status);
	}

	public VisitNoteContent content() {
		return new VisitNoteContent(intervalHistory, lesionReviews(), lymphNodes(), resultsReviewed, reviewedResults(),
				assessment(), cancerId, adverseEventId, suspectedLesionIds(), plan);
	}

	public List<LesionReview> lesionReviews() {
		return NoteJson.read(lesionReviews, new TypeReference<List<LesionReview>>() {
		});
	}

	public List<LymphNodeFinding> lymphNodes() {
		return NoteJson.read(lymphNodes, new TypeReference<List<LymphNodeFinding>>() {
		});
	}

	public List<UUID> suspectedLesionIds() {
		return NoteJson.read(suspectedLesions, new TypeReference<List<UUID>>() {
		});
	}

	/** The results reviewed at the visit, by reference (signed pathology reports, work-up results). */
	public List<ReviewedResult> reviewedResults() {
		return NoteJson.read(reviewedResults, new TypeReference<List<ReviewedResult>>() {
		});
	}

	public UUID id() {
		return id;
	}

	public UUID appointmentId() {
		return appointmentId;
	}

	public UUID patientId() {
		return patientId;
	}

	public String clinician() {
		return clinician;
	}

	public LocalDate visitDate() {
		return visitDate;
	}

	public Status status() {
		return isSigned() ? Status.SIGNED : Status.DRAFT;
	}

	public String intervalHistory() {
		return intervalHistory;
	}

	public String resultsReviewed() {
		return resultsReviewed;
	}

	public VisitAssessment assessment() {
		return VisitAssessment.fromCode(assessment);
	}

	public UUID cancerId() {
		return cancerId;
	}

	public UUID adverseEventId() {
		return adverseEventId;
	}

	public String plan() {
		return plan;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String signedBy() {
		return signedBy;
	}

	public Instant signedAt() {
		return signedAt;
	}

	public SignatureMethod signatureMethod() {
		return signatureMethod == null ? null : SignatureMethod.fromCode(signatureMethod);
	}

	public long version() {
		return version;
	}
}
