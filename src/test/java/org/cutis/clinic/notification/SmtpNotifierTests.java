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
	/** The booking message says what the visit is for in the patient's language; a typed reason as typed. */
	@Test
	void theBookingMessageCarriesTheReasonInThePatientsLanguage() {
		org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasenames("messages/clinic");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		org.cutis.patient.PatientDirectory patients = org.mockito.Mockito.mock(org.cutis.patient.PatientDirectory.class);
		org.cutis.clinic.Appointments appointments = org.mockito.Mockito.mock(org.cutis.clinic.Appointments.class);
		org.cutis.identity.StaffNames staffNames = org.mockito.Mockito.mock(org.cutis.identity.StaffNames.class);
		org.mockito.Mockito.when(staffNames.label(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
			.thenReturn("김의사 (피부과)");
		java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneId.of("Asia/Seoul"));
		AppointmentNotifications notifications = new AppointmentNotifications(message -> true, patients, appointments,
				staffNames, messages, clock);
		UUID appointment = UUID.randomUUID();
		java.time.Instant start = java.time.Instant.parse("2026-12-02T00:00:00Z");
		org.cutis.clinic.AppointmentChanged booked = new org.cutis.clinic.AppointmentChanged(appointment, UUID.randomUUID(),
				"derm", org.cutis.clinic.AppointmentKind.FOLLOW_UP, org.cutis.clinic.AppointmentStatus.BOOKED, start, null, start);
		org.cutis.patient.PatientSummary korean = new org.cutis.patient.PatientSummary(booked.patientId(), "M1", "홍길동", null,
				null, java.time.LocalDate.of(1960, 1, 1), "ko", false, null);
		org.cutis.patient.PatientSummary english = new org.cutis.patient.PatientSummary(booked.patientId(), "M1", null, "Hong",
				null, java.time.LocalDate.of(1960, 1, 1), "en", false, null);

		org.mockito.Mockito.when(appointments.find(appointment)).thenReturn(java.util.Optional.of(new org.cutis.clinic.AppointmentSummary(
				appointment, booked.patientId(), "derm", UUID.randomUUID(), start, "본관 3층", org.cutis.clinic.AppointmentKind.FOLLOW_UP,
				org.cutis.clinic.AppointmentStatus.BOOKED, null, org.cutis.clinic.AppointmentReason.IMAGING_REVIEW, 0)));
		assertThat(notifications.message(booked, korean).body()).contains("내원 사유: 영상 검사 결과 확인");
		assertThat(notifications.message(booked, english).body()).contains("Reason: Imaging review");

		org.mockito.Mockito.when(appointments.find(appointment)).thenReturn(java.util.Optional.of(new org.cutis.clinic.AppointmentSummary(
				appointment, booked.patientId(), "derm", UUID.randomUUID(), start, "본관 3층", org.cutis.clinic.AppointmentKind.FOLLOW_UP,
				org.cutis.clinic.AppointmentStatus.BOOKED, "흉터 가려움 상담", null, 0)));
		assertThat(notifications.message(booked, english).body()).contains("Reason: 흉터 가려움 상담");
	}
}
