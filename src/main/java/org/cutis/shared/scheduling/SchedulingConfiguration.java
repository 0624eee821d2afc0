package org.cutis.shared.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs can be switched off (cutis.scheduling.enabled=false), e.g. in tests that trigger them directly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "cutis.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
