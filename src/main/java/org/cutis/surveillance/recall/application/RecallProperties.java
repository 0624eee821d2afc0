package org.cutis.surveillance.recall.application;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.recall.*: how far ahead a visit's window may open to count as due (lead, ISO period, P30D),
 * when the nightly job runs (cron, the center's time zone) and how many items a page of the list
 * holds by default (page-size).
 */
@ConfigurationProperties("cutis.recall")
public record RecallProperties(@DefaultValue("P30D") Period lead, @DefaultValue("0 30 1 * * *") String cron,
		@DefaultValue("50") int pageSize) {
}
