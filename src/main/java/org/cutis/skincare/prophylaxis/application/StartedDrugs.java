package org.cutis.skincare.prophylaxis.application;

import org.cutis.oncology.SystemicCourseStarted;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis.Trigger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens for the drugs a patient starts: a systemic course recorded by oncology. Runs after the
 * course is committed, from the event registry, so a crash in between retries at the next start.
 */
@Component
class StartedDrugs {
	private final Prophylaxis prophylaxis;

	StartedDrugs(Prophylaxis prophylaxis) {
		this.prophylaxis = prophylaxis;
	}

	@ApplicationModuleListener
	void on(SystemicCourseStarted started) {
		prophylaxis.proposeFor(started.patientId(), Trigger.SYSTEMIC_COURSE, started.courseId(),
				Prophylaxis.drugCodesOf(started.regimenCode(), started.regimenName()));
	}
}
