package org.cutis.mohs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.SignatureMethod;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;

/**
 * A Mohs micrographic surgery case of one cancer's lesion: opened behind the AUC gate, then its
 * stages in order (the next only where the previous one left tumour), the final defect and its
 * closure, and the operative report signed once and amended only by signed addenda. Never deleted.
 * What the gate let open is {@link AucGatedCase}'s; this is the surgery and its report.
 */
@Entity
@Table(name = "mohs_case")
public class MohsCase extends AucGatedCase {
	public enum Status {
		/** Stages are being taken. */
		OPEN,
		/** Defect and closure recorded; the operative report waits for its signature. */
		CLOSED,
		/** The operative report is signed: nothing changes any more but addenda. */
		SIGNED
	}

	public static final int MAX_BLOCKS = StageBlocks.MAX_BLOCKS;
	public static final int MAX_STAGES = 12;

	@Enumerated(EnumType.STRING)
	private Status status;
	private BigDecimal defectLengthMm;
	private BigDecimal defectWidthMm;
	private String closure;
	private String closureDetail;
	private String closedBy;
	private Instant closedAt;
	private String signedBy;
	private Instant signedAt;
	private String signatureMethod;
	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
	@JoinColumn(name = "case_id", insertable = false, updatable = false)
	@OrderBy("number")
	private List<MohsStage> stages = new ArrayList<>();
	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
	@JoinColumn(name = "case_id", insertable = false, updatable = false)
	@OrderBy("signedAt")
	private Set<ReportAddendum> addenda = new HashSet<>();
	@Version
	private long version;

	protected MohsCase() {
	}

	/**
	 * Opens a case behind the AUC gate: an inappropriate or not-rated case needs a documented
	 * reason; the rating, its explanation and the reason are kept as they were.
	 */
	public MohsCase(UUID patientId, UUID lesionId, UUID cancerId, String lesionLabel, AucScenario scenario,
			AucRating rating, String reason, String surgeon, Instant now) {
		super(patientId, lesionId, cancerId, lesionLabel, scenario, rating, reason, surgeon, now);
		this.status = Status.OPEN;
	}

	/**
	 * The next stage. Refused on a closed case and after a stage whose blocks were all clear; a
	 * later stage takes tissue only where the previous one was positive (each block lies on a
	 * positive block's arc). Each block names its number, its clock positions (1-12) and margin.
	 */
	public MohsStage takeStage(List<BlockInput> input, Integer frozenSectionMinutes, String by, Instant now) {
		if (status != Status.OPEN) {
			throw new RefusedTransition("mohs.stage.closed");
		}
		MohsStage previous = stages.isEmpty() ? null : stages.get(stages.size() - 1);
		if (previous != null && previous.allClear()) {
			throw new RefusedTransition("mohs.stage.afterClear", previous.number());
		}
		if (stages.size() >= MAX_STAGES) {
			throw new RefusedTransition("mohs.stage.tooMany", MAX_STAGES);
		}
		List<TissueBlock> blocks = StageBlocks.checked(input, frozenSectionMinutes);
		if (previous != null) {
			List<TissueBlock> positive = previous.positiveBlocks();
			List<FieldProblem> outside = new ArrayList<>();
			for (int i = 0; i < blocks.size(); i++) {
				TissueBlock b = blocks.get(i);
				if (positive.stream().noneMatch(b::overlaps)) {
					outside.add(new FieldProblem("blocks[" + i + "].fromClock", "mohs.block.notOnPositive", b.number(),
							previous.number()));
				}
			}
			if (!outside.isEmpty()) {
				throw new InvalidInput(outside);
			}
		}
		MohsStage stage = new MohsStage(id(), stages.size() + 1, blocks, frozenSectionMinutes, by, now);
		stages.add(stage);
		return stage;
	}

	/**
	 * The final defect and its closure, once the last stage is clear. A flap or graft names its
	 * type; other closures may carry a note. Returns whether plastic surgery must reconstruct it.
	 */
	public boolean close(BigDecimal lengthMm, BigDecimal widthMm, String closureCode, String detail, String by,
			Instant now) {
		if (status != Status.OPEN) {
			throw new RefusedTransition("mohs.closure.twice");
		}
		if (stages.isEmpty()) {
			throw new RefusedTransition("mohs.closure.noStage");
		}
		if (!stages.get(stages.size() - 1).allClear()) {
			throw new RefusedTransition("mohs.closure.notClear", stages.get(stages.size() - 1).number());
		}
		ClosureRecord.Checked checked = ClosureRecord.check(lengthMm, widthMm, closureCode, detail);
		Closure kind = checked.kind();
		String note = checked.note();
		this.defectLengthMm = lengthMm;
		this.defectWidthMm = widthMm;
		this.closure = kind.code();
		this.closureDetail = note;
		this.closedBy = by;
		this.closedAt = now;
		this.status = Status.CLOSED;
		return kind == Closure.PLASTIC_SURGERY_REFERRAL;
	}

	/** The operative report's signature, confirmed by {@code method}: once, after the closure. */
	public void sign(String by, SignatureMethod method, Instant now) {
		checkSignable();
		this.signedBy = by;
		this.signedAt = now;
		this.signatureMethod = method.code();
		this.status = Status.SIGNED;
	}

	/** A signed correction or note; only a signed report is amended (before that it is still written). */
	public ReportAddendum amend(String text, String by, SignatureMethod method, Instant now) {
		checkAmendable(text);
		ReportAddendum addendum = new ReportAddendum(id(), text.trim(), by, method, now);
		addenda.add(addendum);
		return addendum;
	}

	/** Checked before the signer is asked for the password, so a refusal never costs a guess. */
	public void checkSignable() {
		if (status == Status.OPEN) {
			throw new RefusedTransition("mohs.report.notClosed");
		}
		if (status == Status.SIGNED) {
			throw new RefusedTransition("mohs.report.signedOnce");
		}
	}

	public void checkAmendable(String text) {
		if (status != Status.SIGNED) {
			throw new RefusedTransition("mohs.addendum.unsigned");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "error.field.required");
		}
	}

	public int frozenSectionMinutesTotal() {
		return stages.stream().mapToInt(s -> s.frozenSectionMinutes() == null ? 0 : s.frozenSectionMinutes()).sum();
	}

	public Status status() {
		return status;
	}

	public BigDecimal defectLengthMm() {
		return defectLengthMm;
	}

	public BigDecimal defectWidthMm() {
		return defectWidthMm;
	}

	public Closure closure() {
		return Closure.fromCode(closure);
	}

	public String closureDetail() {
		return closureDetail;
	}

	public String closedBy() {
		return closedBy;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String signedBy() {
		return signedBy;
	}

	public Instant signedAt() {
		return signedAt;
	}

	public SignatureMethod signatureMethod() {
		return SignatureMethod.fromCode(signatureMethod);
	}

	public List<MohsStage> stages() {
		return List.copyOf(stages);
	}

	public List<ReportAddendum> addenda() {
		return addenda.stream().sorted(java.util.Comparator.comparing(ReportAddendum::signedAt)).toList();
	}

	public long version() {
		return version;
	}
}
