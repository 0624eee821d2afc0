package org.cutis.clinic.notification;

import org.cutis.clinic.PatientNotifier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the channel by cutis.notifications.channel; an unknown channel stops the start with a clear message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotifierConfiguration {

	@Bean
	PatientNotifier patientNotifier(NotificationProperties properties) {
		return switch (properties.channel().trim().toLowerCase()) {
			case "log" -> new LoggingNotifier();
			case "smtp" -> new SmtpNotifier(properties.smtp());
			default -> throw new IllegalStateException(
					"cutis.notifications.channel must be log or smtp, not '" + properties.channel() + "'");
		};
	}
}
