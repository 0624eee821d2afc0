package org.cutis.biopsy.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditLog;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.biopsy.domain.Specimens;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path log: every specimen not yet communicated, rejected or voided, with its due date and
 * overdue flag from the one {@link PathLogPolicy}. Nothing leaves it any other way.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(PathLogProperties.class)
public class PathLog {
	static final EnumSet<SpecimenStatus> OPEN = EnumSet.of(SpecimenStatus.ORDERED, SpecimenStatus.COLLECTED,
			SpecimenStatus.SENT, SpecimenStatus.RECEIVED, SpecimenStatus.GROSSED, SpecimenStatus.REPORTED,
			SpecimenStatus.SIGNED, SpecimenStatus.REVIEWED);

	private final Specimens specimens;
	private final PathLogPolicy policy;
	private final AuditLog audit;
	private final Clock clock;

	PathLog(Specimens specimens, PathLogProperties properties, AuditLog audit, Clock clock) {
		this.specimens = specimens;
		this.policy = properties.policy();
		this.audit = audit;
		this.clock = clock;
	}

	public PathLogPolicy.Settings settings() {
		return policy.settings();
	}

	/**
	 * What a nurse or clinician sees; every patient on it is audited as listed (one patient's log
	 * is a look at that patient even when nothing is open).
	 */
	@Transactional
	public List<PathLogPolicy.Entry> view(UUID patientId) {
		List<PathLogPolicy.Entry> entries = entries(patientId);
		audit.listed("path-log", null, patientId != null ? List.of(patientId)
				: entries.stream().map(e -> e.specimen().patientId()).toList());
		return entries;
	}

	/** The same list without auditing, for the nightly sweep. */
	public List<PathLogPolicy.Entry> entries(UUID patientId) {
		var open = specimens.findByStatusIn(OPEN)
			.stream()
			.filter(s -> patientId == null || s.patientId().equals(patientId))
			.toList();
		return policy.assess(open, clock);
	}
}
