package org.cutis.drug.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Drugs extends JpaRepository<Drug, String> {

	/** Active drugs matching the lower-cased query anywhere in a name, the code or the ATC code. */
	@Query("""
			select d from Drug d where d.active and (lower(d.nameEn) like concat('%', :q, '%')
			  or d.nameKo like concat('%', :q, '%') or d.code like concat('%', :q, '%')
			  or lower(d.atc) like concat('%', :q, '%'))
			order by d.nameEn""")
	List<Drug> matching(@Param("q") String lowerCaseQuery);

	List<Drug> findByActiveTrueOrderByNameEnAsc();

	List<Drug> findAllByOrderByNameEnAsc();

	boolean existsByNameEnIgnoreCase(String nameEn);

	/** Any drug (retired too) matching the lower-cased query, for the maintenance page. */
	@Query("""
			select d from Drug d where lower(d.nameEn) like concat('%', :q, '%')
			  or d.nameKo like concat('%', :q, '%') or d.code like concat('%', :q, '%')
			  or lower(d.atc) like concat('%', :q, '%')
			order by d.nameEn""")
	List<Drug> matchingAll(@Param("q") String lowerCaseQuery);
}
