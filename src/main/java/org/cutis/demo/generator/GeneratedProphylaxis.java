package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.cutis.rules.oncoderm.DrugClass;
import org.cutis.rules.oncoderm.ProphylaxisItem;
import org.cutis.rules.oncoderm.ProphylaxisRegimen;

/**
 * The pre-emptive skin regimen the skin-care module proposes when a drug-reaction referral naming
 * an EGFR inhibitor is accepted (its listener on the referral's decision), from the rules' regimen
 * for the drug class; the dermatologist accepted most at the first visit and declined a few.
 */
final class GeneratedProphylaxis {
	/** The catalogue class the module proposes a regimen for (Prophylaxis.PROPOSED_FOR). */
	static final String EGFR_INHIBITOR = "egfr-inhibitor";
	private static final ProphylaxisRegimen REGIMEN = ProphylaxisRegimen.of(DrugClass.EGFR_INHIBITOR);

	private final GeneratedIds ids;
	private final Random random;
	private final CopyRows proposal = new CopyRows("skin_prophylaxis", "id, patient_id, trigger_kind, trigger_id,"
			+ " drug_code, drug_class, items, weeks, source, verified, status, proposed_at, decided_by, decided_at,"
			+ " decline_reason, version");

	GeneratedProphylaxis(Random random, GeneratedIds ids) {
		this.ids = ids;
		this.random = random;
	}

	/** The proposal for an accepted referral's EGFR inhibitor, decided at the visit {@code seen} when that has passed. */
	void accepted(UUID patientId, UUID referralId, String drugCode, Instant decided, Instant seen, Instant now) {
		boolean decidedYet = seen.isBefore(now);
		boolean declined = decidedYet && random.nextInt(8) == 0;
		String derm = SyntheticCenter.DOCTORS[random.nextInt(2)];
		proposal.add(ids.next()).add(patientId).add("referral").add(referralId).add(drugCode)
			.add(REGIMEN.drugClass().code())
			.add(String.join(",", REGIMEN.items().stream().map(ProphylaxisItem::code).toList())).add(REGIMEN.weeks())
			.add(REGIMEN.source().citation()).add(REGIMEN.verified())
			.add(!decidedYet ? "proposed" : declined ? "declined" : "accepted")
			.add(decided.plus(Duration.ofSeconds(1 + random.nextInt(30)))).add(decidedYet ? derm : null)
			.add(decidedYet ? seen : null).add(declined ? "이미 다른 병원에서 예방적 독시사이클린 복용 중" : null)
			.add(decidedYet ? 1 : 0);
		proposal.end();
	}

	void copy(Connection connection) throws SQLException {
		proposal.copy(connection);
	}
}
