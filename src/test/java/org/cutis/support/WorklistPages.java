package org.cutis.support;

import java.util.UUID;

import org.cutis.shared.Paging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On which page of a worklist a record stands. The suite shares one database, so another test's
 * specimens may come first; a test opens the page the worklist's own order puts its record on.
 */
@Component
public class WorklistPages {
	private final JdbcTemplate jdbc;

	WorklistPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The pathologist's worklist page (of the default size) that lists this received specimen. */
	public int pathology(String specimenId) {
		Long before = jdbc.queryForObject("""
				select count(*) from pathology_specimen w, pathology_specimen s
				 where s.specimen_id = ? and w.withdrawn_at is null and w.signed_at is null
				   and (w.received_at, w.specimen_id) < (s.received_at, s.specimen_id)""", Long.class,
				UUID.fromString(specimenId));
		return (int) (before / Paging.DEFAULT_SIZE);
	}

	/** The worklist's address at that page. */
	public String pathologyAddress(String specimenId) {
		return "/pathology/worklist?page=" + pathology(specimenId);
	}
}
