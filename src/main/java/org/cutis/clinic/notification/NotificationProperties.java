package org.cutis.clinic.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.notifications.*: how messages reach patients.
 *
 * @param channel {@code log} (default) or {@code smtp}
 * @param smtp    the mail server, when the channel is smtp
 */
@ConfigurationProperties("cutis.notifications")
public record NotificationProperties(@DefaultValue("log") String channel, @DefaultValue Smtp smtp) {

	/**
	 * @param host      the mail server
	 * @param port      25 or 587 (submission)
	 * @param from      the sender address, e.g. clinic@cutis.example
	 * @param username  for AUTH LOGIN when the server needs it (empty: no authentication)
	 * @param password  its password
	 * @param starttls  upgrade the connection with STARTTLS before authenticating
	 * @param recipient the address pattern: {@code %s} is replaced by the patient's phone number in
	 *                  digits (a mail-to-SMS gateway, e.g. {@code %s@sms.example.com}); the patient
	 *                  record holds no e-mail address
	 * @param timeoutMs connect and read timeout
	 */
	public record Smtp(@DefaultValue("localhost") String host, @DefaultValue("25") int port,
			@DefaultValue("cutis@localhost") String from, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("false") boolean starttls,
			@DefaultValue("%s@localhost") String recipient, @DefaultValue("10000") int timeoutMs) {
	}
}
