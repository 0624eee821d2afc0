package org.cutis.identity.application;

import java.util.EnumSet;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no built-in password: on the very first start, Cutis creates the administrator
 * account "admin" with a one-time password printed once on the console. The administrator
 * must replace it at first login.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountManagement accounts;

	FirstAdmin(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyAccountExists()) {
			return;
		}
		String password = AccountManagement.oneTimePassword();
		accounts.create("admin", "Administrator", password, Role.ADMIN, EnumSet.of(Department.ADMINISTRATION), null,
				true);
		String banner = """

				================================================================
				 Cutis first start: administrator account created
				   username: admin
				   one-time password: %s
				 Log in and choose a new password; this one is shown only once.
				================================================================
				""".formatted(password);
		log.warn(banner);
	}
}
