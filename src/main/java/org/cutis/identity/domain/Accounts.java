package org.cutis.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.cutis.identity.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Accounts extends JpaRepository<Account, UUID> {
	Optional<Account> findByUsername(String username);

	/**
	 * The account with its row locked ({@code select ... for update}) until the transaction
	 * ends: login attempts and administrators' changes of one account happen one after the
	 * other, so no failed attempt is lost and none fails on a version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.username = :username")
	Optional<Account> lockByUsername(String username);

	List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	List<Account> findAllByOrderByUsername();

	List<Account> findByUsernameIn(java.util.Collection<String> usernames);
}
