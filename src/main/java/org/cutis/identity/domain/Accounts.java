package org.cutis.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.identity.Role;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Accounts extends JpaRepository<Account, UUID> {
	Optional<Account> findByUsername(String username);

	List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	List<Account> findAllByOrderByUsername();
}
