package org.cutis.surveillance.plan.web;

import java.util.UUID;

/**
 * The plan page's visit forms: link an appointment booked by hand to a visit (outside the due
 * window with the reason), and the reason of a visit seen or booked outside its window, afterwards.
 */
final class VisitForms {
	private VisitForms() {
	}

	public static class LinkForm {
		private UUID visitId;
		private UUID appointmentId;
		private String reason;

		public UUID getVisitId() {
			return visitId;
		}

		public void setVisitId(UUID visitId) {
			this.visitId = visitId;
		}

		public UUID getAppointmentId() {
			return appointmentId;
		}

		public void setAppointmentId(UUID appointmentId) {
			this.appointmentId = appointmentId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	public static class ReasonForm {
		private UUID visitId;
		private String reason;

		public UUID getVisitId() {
			return visitId;
		}

		public void setVisitId(UUID visitId) {
			this.visitId = visitId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}
}
