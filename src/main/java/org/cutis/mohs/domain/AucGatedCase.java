package org.cutis.mohs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.persistence.AnatomicSiteConverter;

/**
 * A Mohs case as the appropriate use criteria let it open: whose lesion and cancer, the scenario
 * that was rated (site, tumour, diameter, patient, recurrence, prior radiation), the rating with
 * its area, explanation and rule set, and the reason documented where the rating asked for one.
 * Kept exactly as it was at opening, whatever the rules say later. {@link MohsCase} adds the
 * stages, the closure and the report; the columns are the case's own ({@code mohs_case}).
 */
@MappedSuperclass
public abstract class AucGatedCase {
	@Id
	private UUID id;
	private UUID patientId;
	private UUID lesionId;
	private UUID cancerId;
	private String lesionLabel;
	@Convert(converter = AnatomicSiteConverter.class)
	private AnatomicSite site;
	private String tumor;
	private BigDecimal diameterCm;
	private String patientCategory;
	private boolean recurrent;
	private boolean priorRadiationAtSite;
	private String aucValue;
	private String aucArea;
	private String aucExplanation;
	private String aucRuleSet;
	private String reason;
	private String surgeon;
	private Instant createdAt;

	protected AucGatedCase() {
	}

	/**
	 * Behind the AUC gate: an inappropriate or not-rated case needs a documented reason; the
	 * rating, its explanation and the reason are kept as they were.
	 */
	AucGatedCase(UUID patientId, UUID lesionId, UUID cancerId, String lesionLabel, AucScenario scenario,
			AucRating rating, String reason, String surgeon, Instant now) {
		String documented = reason == null || reason.isBlank() ? null : reason.trim();
		if (rating.needsReason() && documented == null) {
			throw new InvalidInput("reason", "mohs.auc.reasonRequired",
					new Message("mohs.auc.value." + rating.value()));
		}
		this.id = UUID.randomUUID();
		this.patientId = patientId;
		this.lesionId = lesionId;
		this.cancerId = cancerId;
		this.lesionLabel = lesionLabel;
		this.site = scenario.site();
		this.tumor = scenario.tumor().trim().toLowerCase();
		this.diameterCm = scenario.diameterCm();
		this.patientCategory = scenario.patient() == null || scenario.patient().isBlank() ? "healthy"
				: scenario.patient().trim().toLowerCase();
		this.recurrent = scenario.recurrent();
		this.priorRadiationAtSite = scenario.priorRadiationAtSite();
		this.aucValue = rating.value();
		this.aucArea = rating.area();
		this.aucExplanation = Explanation.encode(rating.why());
		this.aucRuleSet = rating.ruleSet();
		this.reason = documented;
		this.surgeon = surgeon;
		this.createdAt = now;
	}

	public List<Explanation> aucWhy() {
		return aucExplanation == null || aucExplanation.isEmpty() ? List.of()
				: Explanation.decode(java.util.Arrays.asList(aucExplanation.split("\n")));
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID lesionId() {
		return lesionId;
	}

	public UUID cancerId() {
		return cancerId;
	}

	public String lesionLabel() {
		return lesionLabel;
	}

	public AnatomicSite site() {
		return site;
	}

	public String tumor() {
		return tumor;
	}

	public BigDecimal diameterCm() {
		return diameterCm;
	}

	public String patientCategory() {
		return patientCategory;
	}

	public boolean recurrent() {
		return recurrent;
	}

	public boolean priorRadiationAtSite() {
		return priorRadiationAtSite;
	}

	public String aucValue() {
		return aucValue;
	}

	public String aucArea() {
		return aucArea;
	}

	public String aucRuleSet() {
		return aucRuleSet;
	}

	public String reason() {
		return reason;
	}

	public String surgeon() {
		return surgeon;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
