package org.cutis.site.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cutis.site.SiteLanguage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site's own tables: the pages in menu order and every published version of each. */
@Repository
public class SitePages {
	private final JdbcClient jdbc;

	SitePages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The pages' slugs in menu order. */
	public List<String> slugs() {
		return jdbc.sql("select slug from site_page order by position").query(String.class).list();
	}

	/** The newest version of every page in one language, in menu order. */
	public List<PageVersion> current(SiteLanguage language) {
		return jdbc.sql("""
				select v.* from site_page p join site_page_version v on v.slug = p.slug
				where v.lang = :lang and v.version = (select max(version) from site_page_version w
				                                      where w.slug = v.slug and w.lang = v.lang)
				order by p.position""").param("lang", language.code()).query(SitePages::row).list();
	}

	public Optional<PageVersion> current(String slug, SiteLanguage language) {
		return jdbc.sql("""
				select * from site_page_version where slug = :slug and lang = :lang
				order by version desc limit 1""")
			.param("slug", slug)
			.param("lang", language.code())
			.query(SitePages::row)
			.optional();
	}

	public Optional<PageVersion> version(String slug, SiteLanguage language, int version) {
		return jdbc.sql("select * from site_page_version where slug = :slug and lang = :lang and version = :version")
			.param("slug", slug)
			.param("lang", language.code())
			.param("version", version)
			.query(SitePages::row)
			.optional();
	}

	/** Every version of a page in one language, newest first. */
	public List<PageVersion> history(String slug, SiteLanguage language) {
		return jdbc.sql("select * from site_page_version where slug = :slug and lang = :lang order by version desc")
			.param("slug", slug)
			.param("lang", language.code())
			.query(SitePages::row)
			.list();
	}

	/** How many versions exist in all: a change tells the search index that it is behind. */
	public long versionCount() {
		return jdbc.sql("select count(*) from site_page_version").query(Long.class).single();
	}

	/**
	 * Adds a version. The primary key (slug, lang, version) refuses a second publication of the same
	 * version number, so two editors publishing from the same version cannot both win.
	 */
	void insert(PageVersion v) {
		jdbc.sql("""
				insert into site_page_version (slug, lang, version, title, body, published_by, published_at, restored_from)
				values (:slug, :lang, :version, :title, :body, :by, :at, :restoredFrom)""")
			.param("slug", v.slug())
			.param("lang", v.language().code())
			.param("version", v.version())
			.param("title", v.title())
			.param("body", v.markdown())
			.param("by", v.publishedBy())
			.param("at", Timestamp.from(v.publishedAt()))
			.param("restoredFrom", v.restoredFrom())
			.update();
	}

	private static PageVersion row(ResultSet rs, int n) throws SQLException {
		Timestamp at = rs.getTimestamp("published_at");
		int restored = rs.getInt("restored_from");
		return new PageVersion(rs.getString("slug"), SiteLanguage.of(rs.getString("lang")).orElseThrow(),
				rs.getInt("version"), rs.getString("title"), rs.getString("body"), rs.getString("published_by"),
				at == null ? Instant.EPOCH : at.toInstant(), rs.wasNull() ? null : restored);
	}
}
