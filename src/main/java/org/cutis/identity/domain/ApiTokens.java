package org.cutis.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findAllByOrderByCreatedAtDesc();
}
