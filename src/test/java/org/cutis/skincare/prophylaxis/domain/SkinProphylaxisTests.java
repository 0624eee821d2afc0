package org.cutis.skincare.prophylaxis.domain;

import java.time.Instant;
import java.util.UUID;

import org.cutis.rules.oncoderm.DrugClass;
import org.cutis.rules.oncoderm.ProphylaxisRegimen;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.skincare.prophylaxis.application.Prophylaxis;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis.Trigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkinProphylaxisTests {
	static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

	static SkinProphylaxis egfr() {
		return SkinProphylaxis.propose(UUID.randomUUID(), Trigger.SYSTEMIC_COURSE, UUID.randomUUID(), "cetuximab",
				ProphylaxisRegimen.of(DrugClass.EGFR_INHIBITOR), NOW);
	}

	@Test
	void anEgfrInhibitorGetsTheRulesRegimenForSixWeeksWithItsSource() {
		SkinProphylaxis p = egfr();
		assertThat(p.items()).containsExactly("moisturiser", "sunscreen", "low-potency-topical-steroid",
				"oral-tetracycline");
		assertThat(p.weeks()).isEqualTo(6);
		assertThat(p.source()).contains("ESMO").contains("MASCC");
		assertThat(p.drugClass()).isEqualTo("egfr-inhibitor");
		assertThat(p.isProposed()).isTrue();
		assertThat(SkinProphylaxis.propose(UUID.randomUUID(), Trigger.REFERRAL, UUID.randomUUID(), "pembrolizumab",
				ProphylaxisRegimen.of(DrugClass.IMMUNE_CHECKPOINT_INHIBITOR), NOW)).isNull();
	}

	@Test
	void acceptedOrDeclinedWithReasonOnceWithWhoAndWhen() {
		SkinProphylaxis accepted = egfr();
		accepted.accept("derm", NOW.plusSeconds(60));
		assertThat(accepted.status()).isEqualTo("accepted");
		assertThat(accepted.decidedBy()).isEqualTo("derm");
		assertThat(accepted.decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThatThrownBy(() -> accepted.decline("changed my mind", "derm", NOW)).isInstanceOf(RefusedTransition.class);

		SkinProphylaxis declined = egfr();
		assertThatThrownBy(() -> declined.decline(" ", "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
		declined.decline("already on doxycycline for rosacea", "derm", NOW);
		assertThat(declined.declineReason()).isEqualTo("already on doxycycline for rosacea");
		assertThatThrownBy(() -> declined.accept("derm", NOW)).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void aRegimenNamesItsDrugsByTheirGenericNames() {
		assertThat(Prophylaxis.drugCodesOf("cetuximab", "Cetuximab")).containsExactly("cetuximab");
		assertThat(Prophylaxis.drugCodesOf("ipilimumab-nivolumab", null)).containsExactly("ipilimumab", "nivolumab");
		assertThat(Prophylaxis.drugCodesOf(null, "Panitumumab + FOLFOX")).containsExactly("panitumumab", "folfox");
	}
}
