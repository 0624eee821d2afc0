package org.cutis.staging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.Message;

/**
 * A cancer as other modules (the tumor board) see it: the diagnosis, its pathology values, the
 * current stage with explanation and rule version, and the work-up results so far.
 *
 * @param stage       the stage decisions go by (override, else computed)
 * @param stagingLine e.g. "pT2a cN0 cM0 · clinical IB · pathological IIIA"
 * @param explanation why the rules staged it so, in English (the API renders it in the language asked for)
 * @param why         the same sentences as codes, for pages and the packet in the reader's language
 * @param workup      one line per work-up order with its state and result (English, for the API and the packet)
 * @param workupLines the same lines as messages, for pages in the reader's language
 */
public record CancerSummary(UUID id, UUID patientId, DiagnosisKind kind, String lesionLabel, LocalDate diagnosisDate,
		String histologicSubtype, PathologyFindings findings, String stage, String stagingLine, @JsonIgnore List<Explanation> stagingParts, String overrideReason,
		List<String> explanation, @JsonIgnore List<Explanation> why, String ruleVersion, Instant amendedAt, List<String> workup,
		@JsonIgnore List<Message> workupLines) {

	/** The staging line in the reader's language ("pT2a cN0 cM0 · 임상 IB"), or null without a staging. */
	public String stagingLine(java.util.Locale locale) {
		return stagingLine == null ? null : String.join(" · ", Explanation.render(stagingParts, locale));
	}

	/** The same summary whose {@code explanation} (the API's field) is in the given language. */
	public CancerSummary withExplanationIn(java.util.Locale locale) {
		return new CancerSummary(id, patientId, kind, lesionLabel, diagnosisDate, histologicSubtype, findings, stage,
				stagingLine, stagingParts, overrideReason, explanation(locale), why, ruleVersion, amendedAt, workup,
				workupLines);
	}

	/** The explanation in the reader's language (a stored English sentence is shown as recorded). */
	public List<String> explanation(java.util.Locale locale) {
		return Explanation.render(why, locale);
	}
}
