package org.cutis.staging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.rules.common.Explanation;
import org.cutis.shared.Message;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.application.CancerDiagnosisManagement;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.application.CancerDiagnosisManagement.CancerRecord;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.domain.StageComputation;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.domain.StagingRecords;

import org.cutis.rules.common.Explanation;
import org.springframework.stereotype.Component;
import org.cutis.rules.common.Explanation;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: a cancer with its current stage. Does not audit; callers audit their own views. */
@Component
@Transactional(readOnly = true)
public class CancerDirectory {
	private final CancerDiagnoses cancers;
	private final StagingRecords records;
	private final WorkupLines workup;

	CancerDirectory(CancerDiagnoses cancers, StagingRecords records, WorkupLines workup) {
		this.cancers = cancers;
		this.records = records;
		this.workup = workup;
	}

	public Optional<CancerSummary> find(UUID cancerId) {
		return cancers.findById(cancerId).map(cancer -> {
			CancerRecord record = new CancerRecord(cancer, records.findByCancerIdOrderBySequenceDesc(cancerId));
			Optional<StagingRecord> current = record.current();
			return new CancerSummary(cancer.id(), cancer.patientId(), cancer.kind(), cancer.lesionLabel(),
					cancer.diagnosisDate(), cancer.histologicSubtype(), cancer.findings(),
					current.map(StagingRecord::effectiveStage).orElse(null),
					current.map(r -> stagingLine(r.computation())).orElse(null),
					current.map(r -> stagingParts(r.computation())).orElse(List.of()),
					current.map(StagingRecord::overrideReason).orElse(null),
					current.map(r -> Explanation.english(r.why())).orElse(List.of()),
					current.map(StagingRecord::why).orElse(List.of()),
					current.map(r -> r.computation().ruleVersion()).orElse(null), cancer.amendedAt(),
					workup.linesOf(cancerId), workup.messagesOf(cancerId));
		});
	}

	/** The clinical findings recorded on the cancer (recurrence, prior radiotherapy, immunosuppression). */
	public Optional<ClinicalRiskFactors> clinicalRiskFactors(UUID cancerId) {
		return cancers.findById(cancerId).map(c -> c.clinicalFindings())
			.map(f -> new ClinicalRiskFactors(f.recurrent(), f.priorRadiotherapy(), f.immunosuppressed()));
	}

	/** The lesion the cancer arose in (its primary), for the re-biopsy at relapse. */
	public Optional<UUID> lesionOf(UUID cancerId) {
		return cancers.findById(cancerId).map(c -> c.lesionId());
	}

	/** The cancer that arose in a lesion, if its pathology opened one. */
	public Optional<CancerSummary> findByLesion(UUID lesionId) {
		return cancers.findByLesionId(lesionId).flatMap(c -> find(c.id()));
	}

	public List<CancerSummary> cancersOf(UUID patientId) {
		return cancers.findByPatientIdOrderByDiagnosisDateDesc(patientId)
			.stream()
			.map(c -> find(c.id()).orElseThrow())
			.toList();
	}

	/** The staging line in parts, each a message, for pages and the packet in the reader's language. */
	static List<Explanation> stagingParts(StageComputation c) {
		List<Explanation> parts = new java.util.ArrayList<>();
		StringBuilder tnm = new StringBuilder();
		append(tnm, c.pathologicalT() != null ? c.pathologicalT() : c.clinicalT());
		append(tnm, c.pathologicalN() != null && !c.pathologicalN().equals("pNX") ? c.pathologicalN() : c.clinicalN());
		append(tnm, c.pathologicalM() != null ? c.pathologicalM() : c.clinicalM());
		if (!tnm.isEmpty()) {
			parts.add(Explanation.of("staging.line.tnm", tnm.toString().trim()));
		}
		if (c.clinicalStage() != null) {
			parts.add(Explanation.of("staging.line.clinical", c.clinicalStage()));
		}
		if (c.pathologicalStage() != null) {
			parts.add(Explanation.of(c.clinicalStage() == null && c.bwhT() != null ? "staging.line.ajcc" : "staging.line.pathological",
					c.pathologicalStage()));
		}
		if (c.bwhT() != null) {
			parts.add(Explanation.of("staging.line.bwh", c.bwhT()));
		}
		if (c.bccRisk() != null) {
			parts.add(Explanation.of("staging.line.risk." + c.bccRisk()));
		}
		return parts;
	}

	static String stagingLine(StageComputation c) {
		StringBuilder line = new StringBuilder();
		append(line, c.pathologicalT() != null ? c.pathologicalT() : c.clinicalT());
		append(line, c.pathologicalN() != null && !c.pathologicalN().equals("pNX") ? c.pathologicalN() : c.clinicalN());
		append(line, c.pathologicalM() != null ? c.pathologicalM() : c.clinicalM());
		if (c.clinicalStage() != null) {
			line.append(" · clinical ").append(c.clinicalStage());
		}
		if (c.pathologicalStage() != null) {
			line.append(c.clinicalStage() == null && c.bwhT() != null ? " · AJCC " : " · pathological ")
				.append(c.pathologicalStage());
		}
		if (c.bwhT() != null) {
			line.append(" · BWH ").append(c.bwhT());
		}
		if (c.bccRisk() != null) {
			line.append(" · NCCN risk ").append(c.bccRisk());
		}
		return line.toString().trim();
	}

	private static void append(StringBuilder line, String code) {
		if (code != null) {
			line.append(line.isEmpty() ? "" : " ").append(code);
		}
	}

	/** The work-up orders of a cancer as lines for the case summary (implemented in the application layer). */
	public interface WorkupLines {
		List<String> linesOf(UUID cancerId);

		/** The same lines as messages, translated where they are shown. */
		List<Message> messagesOf(UUID cancerId);
	}
}
