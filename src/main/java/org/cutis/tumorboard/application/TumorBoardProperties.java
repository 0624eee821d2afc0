package org.cutis.tumorboard.application;

import java.util.EnumSet;
import java.util.Set;

import org.cutis.identity.Department;
import org.cutis.tumorboard.domain.EligibilityRules;
import org.cutis.tumorboard.domain.Quorum;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.tumorboard.*: the eligibility rules that propose cases and the quorum rule.
 *
 * @param melanomaMinimumStage invasive melanomas from this stage group are proposed (default IB)
 * @param recurrence           every recurrence is proposed
 * @param csccMinimumAjccT     cSCC from this AJCC T (default T3) ...
 * @param csccMinimumBwhT      ... or from this BWH T (default T2b)
 * @param discordant           every discordant clinicopathological correlation is proposed, benign
 *                             results included
 * @param merkel               every Merkel cell carcinoma is proposed
 * @param quorum               departments that must be present for every case; plastic surgery and
 *                             radiation oncology are added for the cases that need them
 */
@ConfigurationProperties("cutis.tumorboard")
public record TumorBoardProperties(@DefaultValue("IB") String melanomaMinimumStage,
		@DefaultValue("true") boolean recurrence, @DefaultValue("T3") String csccMinimumAjccT,
		@DefaultValue("T2b") String csccMinimumBwhT, @DefaultValue("true") boolean discordant,
		@DefaultValue("true") boolean merkel,
		@DefaultValue({ "DERMATOLOGY", "PATHOLOGY", "HEMATOLOGY_ONCOLOGY" }) Set<Department> quorum) {

	public EligibilityRules eligibility() {
		return new EligibilityRules(melanomaMinimumStage, recurrence, csccMinimumAjccT, csccMinimumBwhT, merkel);
	}

	public Quorum quorumRule() {
		return new Quorum(quorum == null ? EnumSet.noneOf(Department.class) : quorum);
	}
}
