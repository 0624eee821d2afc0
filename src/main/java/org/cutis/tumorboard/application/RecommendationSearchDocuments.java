package org.cutis.tumorboard.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.identity.Permission;
import org.cutis.search.Bilingual;
import org.cutis.search.FreeText;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed tumor board recommendations in the clinical search (one document per recommendation,
 * type {@code recommendation}; a case is searchable once the board has recommended): the intent
 * and each plan item in both languages, an item's detail and the dissent as written, every
 * addendum as written, and the question the case was brought with. It opens on the case's page.
 * A recommendation is never withdrawn (signed, immutable); an addendum writes the document again.
 */
@Component
class RecommendationSearchDocuments implements Searchable {
	private static final String SELECT = "select r.id, r.case_id, r.intent, r.dissent, r.signed_at, c.patient_id,"
			+ " c.question, m.title as meeting,"
			+ " (select string_agg(p.type || '|' || coalesce(p.detail, ''), chr(10) order by p.position)"
			+ " from board_plan_item p where p.recommendation_id = r.id) as items,"
			+ " (select string_agg(a.text, chr(10) order by a.position) from board_addendum a"
			+ " where a.recommendation_id = r.id) as addenda"
			+ " from board_recommendation r join board_case c on c.id = r.case_id"
			+ " left join board_meeting m on m.id = c.meeting_id";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	RecommendationSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("recommendation");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After the recommendation is signed or an addendum added, in that transaction. */
	void changed(UUID recommendationId) {
		entityManager.flush();
		jdbc.query(SELECT + " where r.id = ?", rs -> {
			search.upsert(entry(rs));
		}, recommendationId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<String> words = new ArrayList<>();
		words.add(labels.label("tumorboard.intent." + rs.getString("intent")));
		String items = rs.getString("items");
		for (String item : items == null ? new String[0] : items.split("\n")) {
			String type = item.substring(0, item.indexOf('|'));
			String detail = item.substring(item.indexOf('|') + 1);
			words.add(labels.label("tumorboard.plan." + type));
			// a systemic therapy's detail is its class (coded); any other detail is as the chair wrote it
			words.add("systemic-therapy".equals(type) ? labels.label("tumorboard.systemic." + detail)
					: FreeText.indexable(detail));
		}
		words.add(FreeText.indexable(rs.getString("dissent")));
		words.add(FreeText.indexable(rs.getString("addenda")));
		words.add(FreeText.indexable(rs.getString("question")));
		String addenda = rs.getString("addenda");
		var signed = rs.getTimestamp("signed_at").toLocalDateTime().toLocalDate();
		String meeting = rs.getString("meeting");
		return new SearchEntry("recommendation", id, rs.getObject("patient_id", UUID.class),
				meeting == null ? signed.toString() : meeting + " · " + signed, null,
				Bilingual.words(words.toArray(String[]::new)), List.of(), signed, "DERMATOLOGY",
				addenda == null ? "signed" : "amended", Permission.BOARD_READ,
				"/tumor-board/cases/" + rs.getObject("case_id", UUID.class), false);
	}
}
