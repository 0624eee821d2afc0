package org.cutis.referral.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.StaffNames;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.referral.domain.Referral;
import org.cutis.referral.domain.Referrals;
import org.cutis.shared.TypedText;

import org.springframework.stereotype.Component;

/** Referrals and their decisions on the patient's chart timeline. */
@Component
class ReferralTimeline implements TimelineContributor {
	private final Referrals referrals;
	private final StaffNames staffNames;

	ReferralTimeline(Referrals referrals, StaffNames staffNames) {
		this.referrals = referrals;
		this.staffNames = staffNames;
	}

	@Override
	public Permission readPermission() {
		return Permission.REFERRAL_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (Referral r : referrals.findByPatientIdOrderByReceivedAtDesc(patientId)) {
			String link = "/referrals/" + r.id();
			entries.add(new TimelineEntry(r.receivedAt(), "referral.timeline.received",
					List.of("referral.reason." + r.reason().code(), "referral.urgency." + r.urgency().code()),
					r.receivedBy(), link));
			if (r.status() == Referral.Status.ACCEPTED) {
				entries.add(new TimelineEntry(r.decidedAt(), "referral.timeline.accepted",
						List.of(staffNames.label(r.bookedDermatologist())), r.decidedBy(), link));
			}
			else if (r.status() == Referral.Status.DECLINED) {
				entries.add(new TimelineEntry(r.decidedAt(), "referral.timeline.declined", List.of(TypedText.of(r.declineReason())),
						r.decidedBy(), link));
			}
			if (r.escalatedAt() != null) {
				entries.add(new TimelineEntry(r.escalatedAt(), "referral.timeline.escalated", List.of(), "system", link));
			}
		}
		return entries;
	}

	/**
	 * A referral with red flags that is still open or was accepted: the possible severe cutaneous
	 * adverse reaction (SJS/TEN, DRESS) stays on top of the chart until the referral is declined or voided.
	 */
	@Override
	public List<TimelineEntry> warningsOf(UUID patientId) {
		List<TimelineEntry> warnings = new ArrayList<>();
		for (Referral r : referrals.findByPatientIdOrderByReceivedAtDesc(patientId)) {
			if (r.scarWarning() && (r.isOpen() || r.status() == Referral.Status.ACCEPTED)) {
				warnings.add(new TimelineEntry(r.receivedAt(), "referral.chart.scarWarning",
						List.of(org.cutis.shared.Message.keys(
								r.redFlags().stream().map(f -> "referral.redFlag." + f.code()).toList())),
						r.receivedBy(), "/referrals/" + r.id()));
			}
		}
		return warnings;
	}
}
