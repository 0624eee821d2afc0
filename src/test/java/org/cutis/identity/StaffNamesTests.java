package org.cutis.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.application.AccountManagement;
import org.cutis.support.CutisTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are remembered on the node, and a change made through the accounts shows at once. */
@CutisTest
class StaffNamesTests {
	@Autowired
	StaffNames names;
	@Autowired
	AccountManagement accounts;

	@Test
	void aNewAccountAndANewDepartmentShowAtOnceThoughNamesAreRemembered() {
		String username = "derm-" + UUID.randomUUID().toString().substring(0, 8);
		// asked before the account exists: the login id, remembered as unknown ...
		assertThat(names.label(username, Locale.ENGLISH)).isEqualTo(username);
		accounts.create(username, "김하늘", "a-long-test-password-1", Role.DERMATOLOGIST, EnumSet.of(Department.DERMATOLOGY),
				null, false);
		// ... yet the new account is named from the next question on
		assertThat(names.label(username, Locale.ENGLISH)).isEqualTo("김하늘 (Dermatology)");
		accounts.assignRole(username, Role.DERMATOLOGIST, EnumSet.of(Department.DERMATOLOGY, Department.PATHOLOGY));
		assertThat(names.label(username, Locale.ENGLISH)).isEqualTo("김하늘 (Dermatology, Pathology)");
		assertThat(names.label(StaffNames.SYSTEM, Locale.ENGLISH)).isNotEqualTo(StaffNames.SYSTEM);
	}
}
