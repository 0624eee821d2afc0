package org.cutis.skincare.prophylaxis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.Permission;
import org.cutis.identity.StaffNames;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.shared.TypedText;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Proposed, accepted and declined pre-emptive skin regimens on the chart; a decline's reason quoted. */
@Component
class ProphylaxisTimeline implements TimelineContributor {
	private final Prophylaxis prophylaxis;
	private final DrugCatalogue drugs;

	ProphylaxisTimeline(Prophylaxis prophylaxis, DrugCatalogue drugs) {
		this.prophylaxis = prophylaxis;
		this.drugs = drugs;
	}

	@Override
	public Permission readPermission() {
		return Permission.SKIN_PROPHYLAXIS_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (SkinProphylaxis p : prophylaxis.ofPatient(patientId)) {
			String link = Prophylaxis.link(p.id());
			entries.add(new TimelineEntry(p.proposedAt(), "skincare.prophylaxis.timeline.proposed",
					List.of("rules.oncoderm.drugClass." + p.drugClass(), drugName(p.drugCode())), StaffNames.SYSTEM,
					link));
			if (SkinProphylaxis.ACCEPTED.equals(p.status())) {
				entries.add(new TimelineEntry(p.decidedAt(), "skincare.prophylaxis.timeline.accepted", List.of(),
						p.decidedBy(), link));
			}
			else if (SkinProphylaxis.DECLINED.equals(p.status())) {
				entries.add(new TimelineEntry(p.decidedAt(), "skincare.prophylaxis.timeline.declined",
						List.of(TypedText.of(p.declineReason())), p.decidedBy(), link));
			}
		}
		return entries;
	}

	/** The generic name in the reader's language (a proper name, Korean on Korean pages). */
	private String drugName(String code) {
		boolean korean = "ko".equals(LocaleContextHolder.getLocale().getLanguage());
		return drugs.find(code).map(d -> d.name(korean)).orElse(code);
	}
}
