package org.cutis.biopsy.application;

import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.biopsy.domain.ReportBenchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.pathlog.*: the report benchmark (cap-adasp: 2 working days after receipt; rcpath: the UK
 * 7-calendar-day KPI) and the center's own intervals in calendar days, which no guideline sets:
 * collected to received, a malignant (in situ, uncertain) result signed to reviewed, a benign
 * result signed to reviewed, reviewed to communicated.
 */
@ConfigurationProperties("cutis.pathlog")
public record PathLogProperties(@DefaultValue("cap-adasp") ReportBenchmark reportBenchmark,
		@DefaultValue("2") int receiptDays, @DefaultValue("2") int malignantReviewDays,
		@DefaultValue("14") int benignReviewDays, @DefaultValue("7") int communicationDays) {

	public PathLogPolicy policy() {
		return new PathLogPolicy(new PathLogPolicy.Settings(reportBenchmark, receiptDays, malignantReviewDays,
				benignReviewDays, communicationDays));
	}
}
