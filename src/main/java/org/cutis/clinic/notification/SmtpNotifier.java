package org.cutis.clinic.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.cutis.clinic.PatientNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a patient's message by mail: a plain SMTP client (RFC 5321) with STARTTLS and AUTH LOGIN,
 * the body as UTF-8 base64 so Hangul arrives intact. Written on the JDK because no mail library
 * is available to the build offline; one message per connection, which is all a clinic's booking
 * rate needs. A failure is logged and reported as not sent, never thrown into the booking.
 */
class SmtpNotifier implements PatientNotifier {
	private static final Logger log = LoggerFactory.getLogger(SmtpNotifier.class);

	private final NotificationProperties.Smtp smtp;

	SmtpNotifier(NotificationProperties.Smtp smtp) {
		this.smtp = smtp;
	}

	@Override
	public boolean send(PatientMessage message) {
		String digits = message.phone() == null ? "" : message.phone().replaceAll("[^0-9]", "");
		if (digits.isEmpty()) {
			log.warn("patient notification not sent to patient {}: no phone number for the gateway address",
					message.patientId());
			return false;
		}
		String to = smtp.recipient().formatted(digits);
		try {
			deliver(to, message);
			log.info("patient notification mailed to patient {} ({})", message.patientId(), message.language());
			return true;
		}
		catch (IOException | RuntimeException e) {
			log.warn("patient notification to patient {} failed: {}", message.patientId(), e.toString());
			return false;
		}
	}

	private void deliver(String to, PatientMessage message) throws IOException {
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(smtp.host(), smtp.port()), smtp.timeoutMs());
			plain.setSoTimeout(smtp.timeoutMs());
			Session session = new Session(plain);
			session.expect(220);
			session.command("EHLO cutis", 250);
			if (smtp.starttls()) {
				session.command("STARTTLS", 220);
				SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain,
						smtp.host(), smtp.port(), true);
				tls.startHandshake();
				session = new Session(tls);
				session.command("EHLO cutis", 250);
			}
			if (!smtp.username().isBlank()) {
				session.command("AUTH LOGIN", 334);
				session.command(base64(smtp.username()), 334);
				session.command(base64(smtp.password()), 235);
			}
			session.command("MAIL FROM:<" + smtp.from() + ">", 250);
			session.command("RCPT TO:<" + to + ">", 250, 251);
			session.command("DATA", 354);
			session.write(content(to, message));
			session.command(".", 250);
			session.command("QUIT", 221);
		}
	}

	private String content(String to, PatientMessage message) {
		String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(message.body().getBytes(StandardCharsets.UTF_8));
		return "From: <" + smtp.from() + ">\r\n" + "To: <" + to + ">\r\n" + "Subject: =?UTF-8?B?"
				+ base64(message.subject()) + "?=\r\n" + "Date: "
				+ DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n" + "Message-ID: <"
				+ UUID.randomUUID() + "@cutis>\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n" + "Content-Language: " + message.language() + "\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n";
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** One SMTP conversation over a socket: commands and their reply codes. */
	private static final class Session {
		private final BufferedReader in;
		private final OutputStream out;

		Session(Socket socket) throws IOException {
			this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			this.out = socket.getOutputStream();
		}

		void command(String line, int... accepted) throws IOException {
			write(line + "\r\n");
			expect(accepted);
		}

		void write(String text) throws IOException {
			out.write(text.getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		/** Reads a (multi-line) reply and checks its code. */
		void expect(int... accepted) throws IOException {
			String line;
			do {
				line = in.readLine();
				if (line == null || line.length() < 3) {
					throw new IOException("the mail server closed the conversation");
				}
			}
			while (line.length() > 3 && line.charAt(3) == '-');
			int code = Integer.parseInt(line.substring(0, 3));
			for (int ok : accepted) {
				if (code == ok) {
					return;
				}
			}
			throw new IOException("the mail server answered " + line);
		}
	}
}
