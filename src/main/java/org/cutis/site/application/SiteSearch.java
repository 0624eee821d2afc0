package org.cutis.site.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.cutis.site.SiteLanguage;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The site search (전체 검색) over the published public pages only, one small Lucene index in memory
 * per language: Korean analysed by nori (so "흑색종이" finds "흑색종"), English by Lucene's English
 * analyser (stemming: "biopsies" finds "biopsy"). The public content is a few dozen pages, so the
 * index is simply rebuilt: at start, after every publication, and when another node has published
 * (the number of versions in the database differs from what was indexed).
 * <p>
 * The query is never given to a query parser: its words go through the same analyser and become
 * plain term queries, so Lucene syntax ({@code *:*}, quotes, backslashes) is only text.
 */
@Service
public class SiteSearch {
	/** Longer queries are cut: no question about skin cancer needs more. */
	static final int MAX_QUERY = 200;
	static final int MAX_TERMS = 24;
	static final int MAX_HITS = 20;
	private static final int SNIPPET = 160;

	private final SitePages pages;
	private final PageMarkdown markdown;
	private final Map<SiteLanguage, Analyzer> analyzers = new EnumMap<>(SiteLanguage.class);
	private volatile Map<SiteLanguage, IndexSearcher> searchers = Map.of();
	private volatile long indexedVersions = -1;

	SiteSearch(SitePages pages, PageMarkdown markdown) {
		this.pages = pages;
		this.markdown = markdown;
		analyzers.put(SiteLanguage.KO, new KoreanAnalyzer());
		analyzers.put(SiteLanguage.EN, new EnglishAnalyzer());
	}

	@EventListener(ApplicationReadyEvent.class)
	public void buildAtStart() {
		rebuild();
	}

	/** Reads every page's newest version in both languages into a fresh index. */
	public synchronized void rebuild() {
		long versions = pages.versionCount();
		Map<SiteLanguage, IndexSearcher> built = new EnumMap<>(SiteLanguage.class);
		for (SiteLanguage language : SiteLanguage.values()) {
			built.put(language, index(language, pages.current(language)));
		}
		searchers = built;
		indexedVersions = versions;
	}

	private IndexSearcher index(SiteLanguage language, List<PageVersion> current) {
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.get(language)))) {
				for (PageVersion page : current) {
					Document doc = new Document();
					doc.add(new StoredField("url", language.url(page.slug())));
					doc.add(new TextField("title", page.title(), Field.Store.YES));
					doc.add(new TextField("body", markdown.text(page.markdown()), Field.Store.YES));
					writer.addDocument(doc);
				}
			}
			return new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot index the public pages", e);
		}
	}

	/** Pages of one language matching the query, best first; nothing for a query without words. */
	public List<SiteHit> search(String rawQuery, SiteLanguage language) {
		String query = clean(rawQuery);
		if (query.isEmpty()) {
			return List.of();
		}
		if (pages.versionCount() != indexedVersions) {
			rebuild();
		}
		Analyzer analyzer = analyzers.get(language);
		Set<String> terms = terms(analyzer, query);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (String term : terms) {
			builder.add(new BoostQuery(new TermQuery(new Term("title", term)), 3f), BooleanClause.Occur.SHOULD);
			builder.add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
		}
		Query lucene = builder.build();
		try {
			IndexSearcher searcher = searchers.get(language);
			List<SiteHit> hits = new ArrayList<>();
			for (ScoreDoc found : searcher.search(lucene, MAX_HITS).scoreDocs) {
				Document doc = searcher.storedFields().document(found.doc);
				hits.add(new SiteHit(doc.get("title"), doc.get("url"), snippet(analyzer, lucene, doc.get("body"))));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot search the public pages", e);
		}
	}

	/**
	 * The query as text: control characters become spaces, and it is cut to {@link #MAX_QUERY}
	 * characters (never in the middle of a surrogate pair).
	 */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
		if (text.length() > MAX_QUERY) {
			int end = Character.isHighSurrogate(text.charAt(MAX_QUERY - 1)) ? MAX_QUERY - 1 : MAX_QUERY;
			text = text.substring(0, end);
		}
		return text;
	}

	private static Set<String> terms(Analyzer analyzer, String query) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream("body", query)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	/** The best passage of the page with the matched words in {@code <mark>}, all text escaped. */
	private static String snippet(Analyzer analyzer, Query query, String body) {
		QueryScorer scorer = new QueryScorer(query, "body");
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET));
		try {
			String best = highlighter.getBestFragment(analyzer, "body", body);
			if (best != null) {
				// nori splits a compound (흑색종 → 흑색 + 종): its parts, side by side, are one match to the reader
				return best.replace("</mark><mark>", "").replaceAll("\\s+", " ").strip();
			}
		}
		catch (IOException | InvalidTokenOffsetsException e) {
			// the page's first words below are as good an answer
		}
		String start = body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body;
		return HtmlUtils.htmlEscape(start.replaceAll("\\s+", " ").strip());
	}
}
