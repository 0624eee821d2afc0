package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.SignatureMethod;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The board's recommendation as coded data, signed by the chair when it is created. It has no
 * method that changes it: corrections and follow-ups are addenda.
 */
@Entity
@Table(name = "board_recommendation")
public class Recommendation {
	public static final List<String> INTENTS = List.of("curative", "palliative");

	@Id
	private UUID id;
	private UUID caseId;
	private String intent;
	private String dissent;
	private String signedBy;
	private Instant signedAt;
	/** How the chair confirmed the signature ({@link SignatureMethod#code()}); null on recommendations signed before. */
	private String signatureMethod;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_plan_item", joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<PlanItem> items = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_addendum", joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<Addendum> addenda = new ArrayList<>();
	@Version
	private long version;

	protected Recommendation() {
	}

	/** Checks the coded content; a refusal names each field. Signed later, once the chair confirmed it is them. */
	public Recommendation(UUID caseId, String intent, List<PlanItem> items, String dissent) {
		List<FieldProblem> problems = new ArrayList<>();
		if (intent == null || !INTENTS.contains(intent)) {
			problems.add(new FieldProblem("intent", "error.field.oneOf", String.join(", ", INTENTS)));
		}
		if (items == null || items.isEmpty()) {
			problems.add(new FieldProblem("items", "tumorboard.recommendation.itemsRequired"));
		}
		else {
			for (int i = 0; i < items.size(); i++) {
				if (!PlanItem.TYPES.contains(items.get(i).type())) {
					problems.add(new FieldProblem("items[" + i + "].type", "error.field.oneOf", String.join(", ", PlanItem.TYPES)));
				}
				else if (items.get(i).type().equals("systemic-therapy")
						&& !PlanItem.SYSTEMIC_CLASSES.contains(items.get(i).detail())) {
					problems.add(new FieldProblem("items[" + i + "].detail", "error.field.oneOf",
							org.cutis.shared.Message.list(PlanItem.SYSTEMIC_CLASSES.stream()
								.map(code -> (Object) new org.cutis.shared.Message("tumorboard.systemic.choice",
										new org.cutis.shared.Message("tumorboard.systemic." + code), code))
								.toList())));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.intent = intent;
		this.items = new ArrayList<>(items);
		this.dissent = dissent == null || dissent.isBlank() ? null : dissent.trim();
	}

	/** The chair's signature, confirmed by {@code method}; once, when the recommendation is created. */
	public void sign(String chair, SignatureMethod method, Instant now) {
		if (signedBy != null) {
			throw new IllegalStateException("a recommendation is signed once");
		}
		this.signedBy = chair;
		this.signedAt = now;
		this.signatureMethod = method.code();
	}

	public SignatureMethod signatureMethod() {
		return SignatureMethod.fromCode(signatureMethod);
	}

	public void addAddendum(String text, String by, Instant now) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "error.field.required");
		}
		addenda.add(new Addendum(text.trim(), by, now));
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public String intent() {
		return intent;
	}

	public String dissent() {
		return dissent;
	}

	public String signedBy() {
		return signedBy;
	}

	public Instant signedAt() {
		return signedAt;
	}

	public List<PlanItem> items() {
		return List.copyOf(items);
	}

	public List<Addendum> addenda() {
		return List.copyOf(addenda);
	}
}
