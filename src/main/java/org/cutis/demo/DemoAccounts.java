package org.cutis.demo;

import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffEnrolment;

import org.springframework.stereotype.Component;

/** The demonstration center's accounts (password demo-cutis), enrolled once, for a generated center. */
@Component
class DemoAccounts {
	private final StaffEnrolment enrolment;
	private final StaffDirectory staff;

	DemoAccounts(StaffEnrolment enrolment, StaffDirectory staff) {
		this.enrolment = enrolment;
		this.staff = staff;
	}

	void enrolMissing() {
		for (DemoCenter.DemoAccount a : DemoCenter.ACCOUNTS) {
			if (staff.find(a.username()).isEmpty()) {
				enrolment.enrol(a.username(), a.name(), DemoCenter.PASSWORD, a.role(), a.departments());
			}
		}
	}
}
