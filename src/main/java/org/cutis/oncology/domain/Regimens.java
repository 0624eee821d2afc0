package org.cutis.oncology.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Regimens extends JpaRepository<Regimen, String> {
	List<Regimen> findAllByOrderBySortOrderAscNameAsc();

	Optional<Regimen> findByNameIgnoreCase(String name);
}
