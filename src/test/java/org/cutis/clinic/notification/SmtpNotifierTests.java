package org.cutis.clinic.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cutis.clinic.PatientNotifier.PatientMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP channel against a tiny SMTP server on the loopback address, started by the test: the
 * conversation, the gateway address from the phone number, the Korean text intact.
 */
class SmtpNotifierTests {

	/** Accepts one message, recording the commands and the DATA; {@code failAt} answers that command with 550. */
	static List<String> serveOnce(ServerSocket server, String failAt) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Socket client = server.accept()) {
			client.setSoTimeout(5000);
			BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = client.getOutputStream();
			reply(out, "220 test ESMTP");
			boolean data = false;
			String line;
			while ((line = in.readLine()) != null) {
				lines.add(line);
				if (data) {
					if (line.equals(".")) {
						data = false;
						reply(out, "250 queued");
					}
					continue;
				}
				if (failAt != null && line.startsWith(failAt)) {
					reply(out, "550 no such user");
					continue;
				}
				if (line.startsWith("EHLO")) {
					out.write("250-test\r\n250 8BITMIME\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				else if (line.equals("DATA")) {
					data = true;
					reply(out, "354 go ahead");
				}
				else if (line.equals("QUIT")) {
					reply(out, "221 bye");
					break;
				}
				else {
					reply(out, "250 ok");
				}
			}
		}
		return lines;
	}

	static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	static NotificationProperties.Smtp smtp(int port) {
		return new NotificationProperties.Smtp("127.0.0.1", port, "clinic@cutis.test", "", "", false,
				"%s@sms.cutis.test", 5000);
	}

	@Test
	void aBookingIsMailedToTheGatewayAddressWithTheKoreanTextIntact() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
				try {
					return serveOnce(server, null);
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
			boolean sent = new SmtpNotifier(smtp(server.getLocalPort())).send(new PatientMessage(UUID.randomUUID(),
					"010-1111-2222", "ko", "진료 예약 안내", "진료가 예약되었습니다.\n일시: 2026-12-01 09:30"));
			List<String> lines = received.get(10, TimeUnit.SECONDS);
			assertThat(sent).isTrue();
			assertThat(lines).contains("MAIL FROM:<clinic@cutis.test>", "RCPT TO:<01011112222@sms.cutis.test>", "QUIT");
			assertThat(lines).anyMatch(l -> l.equals("Subject: =?UTF-8?B?"
					+ Base64.getEncoder().encodeToString("진료 예약 안내".getBytes(StandardCharsets.UTF_8)) + "?="));
			int blank = lines.indexOf("");
			String body = String.join("", lines.subList(blank + 1, lines.lastIndexOf(".")));
			assertThat(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8))
				.isEqualTo("진료가 예약되었습니다.\n일시: 2026-12-01 09:30");
		}
	}

	@Test
	void aRefusingServerOrNoPhoneIsReportedNotSentAndNeverThrown() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
				try {
					return serveOnce(server, "RCPT");
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
			SmtpNotifier notifier = new SmtpNotifier(smtp(server.getLocalPort()));
			assertThat(notifier.send(new PatientMessage(UUID.randomUUID(), "010-1111-2222", "en", "Appointment",
					"Your appointment is booked."))).isFalse();
			server.close();
			received.handle((lines, e) -> lines).get(10, TimeUnit.SECONDS);
			assertThat(notifier.send(new PatientMessage(UUID.randomUUID(), null, "ko", "s", "b"))).isFalse();
			// nobody listening any more
			assertThat(notifier.send(new PatientMessage(UUID.randomUUID(), "010", "ko", "s", "b"))).isFalse();
		}
		assertThat(new LoggingNotifier().send(new PatientMessage(UUID.randomUUID(), null, "ko", "제목", "본문"))).isTrue();
	}
}
