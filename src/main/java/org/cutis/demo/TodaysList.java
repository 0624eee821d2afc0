package org.cutis.demo;

import java.util.List;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;

/**
 * Today's clinic list of a demo doctor, in slot order: the first patients were seen, one did not
 * come, one has arrived and waits, the rest are expected. Reasons as the clerk types them.
 */
final class TodaysList {
	static final int PER_DOCTOR = 6;

	record Visit(AppointmentKind kind, String reason, AppointmentStatus status) {
	}

	private static final List<AppointmentStatus> STATUSES = List.of(AppointmentStatus.SEEN, AppointmentStatus.SEEN,
			AppointmentStatus.NO_SHOW, AppointmentStatus.ARRIVED, AppointmentStatus.BOOKED, AppointmentStatus.BOOKED);

	private TodaysList() {
	}

	static Visit visit(String doctor, int slot) {
		AppointmentStatus status = STATUSES.get(slot % STATUSES.size());
		return switch (doctor) {
			case "demo-surg" -> slot % 2 == 0
					? new Visit(AppointmentKind.FOLLOW_UP, "절제 부위 봉합사 제거 및 상처 확인", status)
					: new Visit(AppointmentKind.PROCEDURE, "광범위 절제 전 수술 상담", status);
			case "demo-onc" -> slot % 2 == 0
					? new Visit(AppointmentKind.FOLLOW_UP, "면역항암제 투여 전 진료", status)
					: new Visit(AppointmentKind.FOLLOW_UP, "보조요법 부작용 확인", status);
			default -> switch (slot % 3) {
				case 0 -> new Visit(AppointmentKind.FOLLOW_UP, "정기 피부 검진", status);
				case 1 -> new Visit(AppointmentKind.NEW_REFERRAL, "의뢰된 색소 병변 진료", status);
				default -> new Visit(AppointmentKind.SKIN_CARE, "항암 치료 중 피부 발진", status);
			};
		};
	}
}
