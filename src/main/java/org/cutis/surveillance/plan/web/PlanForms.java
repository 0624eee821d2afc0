package org.cutis.surveillance.plan.web;

import java.util.ArrayList;
import java.util.List;

/** The forms of the plan page: activation, reassignment, leaving surveillance, proposal by hand. */
final class PlanForms {
	private PlanForms() {
	}

	public static class ActivationForm {
		private String guideline;
		private String stage;
		private List<Integer> intervals = new ArrayList<>();
		private List<Integer> imagingIntervals = new ArrayList<>();
		private Long version;

		public String getGuideline() {
			return guideline;
		}

		public void setGuideline(String guideline) {
			this.guideline = guideline;
		}

		public String getStage() {
			return stage;
		}

		public void setStage(String stage) {
			this.stage = stage;
		}

		public List<Integer> getIntervals() {
			return intervals;
		}

		public void setIntervals(List<Integer> intervals) {
			this.intervals = intervals;
		}

		public List<Integer> getImagingIntervals() {
			return imagingIntervals;
		}

		public void setImagingIntervals(List<Integer> imagingIntervals) {
			this.imagingIntervals = imagingIntervals;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		/**
		 * Not typed on this form (the plan's responsible doctor is reassigned on its own form): the
		 * field path where "no responsible doctor" is reported when the plan is activated without one.
		 */
		public String getResponsible() {
			return null;
		}
	}

	public static class ReassignForm {
		private String responsible;
		private String reason;
		private Long version;

		public String getResponsible() {
			return responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}
	}

	public static class EndForm {
		private String reason;
		private String detail;
		private Long version;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getDetail() {
			return detail;
		}

		public void setDetail(String detail) {
			this.detail = detail;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}
	}

	public static class ProposalForm {
		private String guideline;
		private String responsible;

		public String getGuideline() {
			return guideline;
		}

		public void setGuideline(String guideline) {
			this.guideline = guideline;
		}

		public String getResponsible() {
			return responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}
	}
}
