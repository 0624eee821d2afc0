package org.cutis.skincare.oncologyadvice.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.skincare.*: how long an urgent recommendation to oncology may wait unanswered before it is
 * escalated to the oncology department, and how often that is checked.
 */
@ConfigurationProperties("cutis.skincare")
public record AdviceProperties(@DefaultValue("PT24H") Duration escalationAfter,
		@DefaultValue("0 */10 * * * *") String escalationCron) {
}
