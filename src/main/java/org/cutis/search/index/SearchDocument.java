package org.cutis.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cutis.search.SearchEntry;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One searchable record as the search keeps it (table {@code search_document}). Written through
 * JPA only, so Hibernate Search indexes every change when its transaction commits; rows written
 * by SQL (a rebuild's bulk load) are indexed by the mass indexer afterwards.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "clinical")
public class SearchDocument {
	static final int TITLE_MAX = 300;
	static final int BODY_MAX = 20_000;
	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
	private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[-./]");

	@Id
	private String key;

	// type, title and link are read back from the index: a page of hits needs no database query (search-speed)
	@KeywordField(projectable = Projectable.YES)
	private String type;

	@Column(name = "record_id")
	@GenericField(projectable = Projectable.YES)
	private UUID recordId;

	@Column(name = "patient_id")
	@GenericField(projectable = Projectable.YES)
	private UUID patientId;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String title;

	@FullTextField(name = "names_parts", analyzer = ClinicalAnalyzers.NAME_PARTS, searchAnalyzer = ClinicalAnalyzers.WORDS)
	@FullTextField(name = "names_prefix", analyzer = ClinicalAnalyzers.PREFIX, searchAnalyzer = ClinicalAnalyzers.PREFIX_QUERY)
	private String names;

	/** The title, the names and the text: the words highlighted in a snippet. */
	// offsets kept (term vectors), so the highlighter reads them instead of analysing every hit's text again
	@FullTextField(name = "text", analyzer = ClinicalAnalyzers.KOREAN, projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@FullTextField(name = "text_en", analyzer = ClinicalAnalyzers.ENGLISH,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	// word beginnings are not highlighted: a typed beginning is marked by the snippet itself, and each
	// stored copy of the text makes every hit dearer to read (search-speed)
	@FullTextField(name = "text_prefix", analyzer = ClinicalAnalyzers.PREFIX, searchAnalyzer = ClinicalAnalyzers.PREFIX_QUERY,
			highlightable = Highlightable.NO)
	private String body;

	@FullTextField(analyzer = ClinicalAnalyzers.IDENTIFIER)
	private String codes;

	@Column(name = "record_date")
	@GenericField(sortable = Sortable.YES)
	private LocalDate recordDate;

	@KeywordField
	private String department;

	@KeywordField
	private String state;

	@KeywordField
	private String permission;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String link;

	@GenericField
	private boolean voided;

	/**
	 * The patient this record belongs to was voided (search-quality): the record is hidden with
	 * them. Searches exclude {@code true} rather than require {@code false}, so documents indexed
	 * before the field existed stay found.
	 */
	@Column(name = "patient_voided")
	@GenericField
	private boolean patientVoided;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected SearchDocument() {
	}

	SearchDocument(SearchEntry entry, Instant now) {
		this.key = entry.key();
		update(entry, now);
	}

	void update(SearchEntry entry, Instant now) {
		this.type = entry.type();
		this.recordId = entry.id();
		this.patientId = entry.patientId();
		this.title = cut(entry.title(), TITLE_MAX);
		this.names = entry.names();
		this.body = body(entry);
		this.codes = codes(entry);
		this.recordDate = entry.date();
		this.department = cut(entry.department(), 40);
		this.state = cut(entry.state(), 40);
		this.permission = entry.permission().name();
		this.link = cut(entry.link(), 300);
		this.voided = entry.voided();
		this.updatedAt = now;
	}

	/** The words a snippet may show: title, names, text (one line each). */
	public static String body(SearchEntry entry) {
		StringBuilder body = new StringBuilder(entry.title());
		if (entry.names() != null && !entry.names().isBlank()) {
			body.append('\n').append(entry.names());
		}
		if (entry.text() != null && !entry.text().isBlank()) {
			body.append('\n').append(entry.text());
		}
		return cut(body.toString(), BODY_MAX);
	}

	/**
	 * Identifiers as whole tokens (a space inside one would split it, so it goes), each also
	 * without its separators, as it may be typed (S26000016, 01012345678).
	 */
	public static String codes(SearchEntry entry) {
		// the patterns compiled once: a rebuild builds millions of documents (issue 15's profile of a rebuild)
		java.util.Set<String> codes = new java.util.LinkedHashSet<>();
		for (String code : entry.codes()) {
			String whole = SPACES.matcher(code.strip()).replaceAll("");
			codes.add(whole);
			String bare = SEPARATORS.matcher(whole).replaceAll("");
			if (!bare.isEmpty()) {
				codes.add(bare);
			}
		}
		return String.join(" ", codes);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	public String key() { return key; }
	public String type() { return type; }
	public UUID recordId() { return recordId; }
	public UUID patientId() { return patientId; }
	public String title() { return title; }
	public String names() { return names; }
	public String body() { return body; }
	public String codes() { return codes; }
	public LocalDate recordDate() { return recordDate; }
	public String department() { return department; }
	public String state() { return state; }
	public String permission() { return permission; }
	public String link() { return link; }
	public boolean voided() { return voided; }
	public boolean patientVoided() { return patientVoided; }

	/** Hides (or shows again) the record with its patient; Hibernate Search reindexes it on commit. */
	void patientVoided(boolean voided) {
		this.patientVoided = voided;
	}
}
