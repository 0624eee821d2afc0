package org.cutis.search.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.cutis.search.Searchable;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search from the database: first every module's documents into
 * {@code search_document} (bulk SQL, fast, and so not seen by automatic indexing), then the
 * whole index from those rows with Hibernate Search's mass indexer. {@code ./cutis reindex} runs
 * both; a start runs them when the document format changed or the index lost documents.
 */
@Component
public class SearchRebuild {
	/**
	 * Raise when a document's fields or words change: the next start rebuilds the rows. A module that
	 * starts indexing a new type needs no raise: the types indexed are compared too ({@link #types()}).
	 */
	// 2 (search-quality): patient_voided, a sortable record date; 3 (search-bench): the highlighted
	// fields keep term vectors with offsets; 4 (search-speed): type, title and link stored for projections,
	// word beginnings no longer stored nor highlighted
	public static final int FORMAT = 4;
	private static final int BATCH = 500;
	/** Document rows per statement: enough that a round trip's cost vanishes, few enough to hold in memory. */
	private static final int CHUNK = 5_000;

	/** Told how far the rebuild is: phase {@code documents} then {@code index}. */
	public interface Progress {
		void at(String phase, long done, long total);
	}

	private final List<Searchable> modules;
	private final JdbcTemplate jdbc;
	private final EntityManagerFactory entityManagerFactory;
	private final TransactionTemplate transactions;
	private final SearchIndexState state;
	private final Clock clock;

	SearchRebuild(List<Searchable> modules, JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, SearchIndexState state, Clock clock) {
		this.modules = modules;
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.transactions = new TransactionTemplate(transactionManager);
		this.state = state;
		this.clock = clock;
	}

	/** Documents from every module, then the index; returns the number of documents. */
	public long rebuild(Progress progress) {
		state.rebuilding(0, 0);
		try {
			long documents = rebuildDocuments(progress);
			massIndex(progress);
			jdbc.update("insert into search_rebuild (format, rebuilt_at, documents, types) values (?, ?, ?, ?)"
					+ " on conflict (format) do update set rebuilt_at = excluded.rebuilt_at, documents = excluded.documents,"
					+ " types = excluded.types", FORMAT, Timestamp.from(clock.instant()), documents, types());
			state.ready(documents);
			return documents;
		}
		catch (RuntimeException e) {
			state.failed(e);
			throw e;
		}
	}

	/**
	 * Whether the rows were rebuilt by this format and with every type the modules index now: a
	 * database upgraded to a version that indexes more types (or fewer) is rebuilt at its first start.
	 */
	public boolean formatIsCurrent() {
		return jdbc.queryForObject("select count(*) from search_rebuild where format = ? and types = ?", Long.class,
				FORMAT, types()) > 0;
	}

	/** Every type the modules index, sorted, comma-separated ({@code cancer,lesion,patient,...}). */
	public String types() {
		return String.join(",", new java.util.TreeSet<>(modules.stream().flatMap(m -> m.types().stream()).toList()));
	}

	long rebuildDocuments(Progress progress) {
		AtomicLong count = new AtomicLong();
		transactions.executeWithoutResult(tx -> jdbc.execute((ConnectionCallback<Void>) connection -> {
			Instant now = clock.instant();
			DocumentRows rows = new DocumentRows(now);
			for (Searchable module : modules) {
				module.documents(entry -> {
					rows.add(new SearchDocument(entry, now));
					if (rows.size() >= CHUNK) {
						int written = rows.size();
						write(rows, connection);
						progress.at("documents", count.addAndGet(written), 0);
					}
				});
			}
			int written = rows.size();
			write(rows, connection);
			progress.at("documents", count.addAndGet(written), count.get());
			markVoidedPatientsRecords();
			return null;
		}));
		return count.get();
	}

	private static void write(DocumentRows rows, Connection connection) {
		try {
			rows.write(connection);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The search documents could not be written", e);
		}
	}

	/** A voided patient's records are hidden with them (as {@link IndexedSearchDocuments} does one by one). */
	private void markVoidedPatientsRecords() {
		jdbc.update("update search_document d set patient_voided = true where not d.patient_voided and exists"
				+ " (select 1 from search_document p where p.key = 'patient:' || d.patient_id and p.voided)");
		jdbc.update("update search_document d set patient_voided = false where d.patient_voided and not exists"
				+ " (select 1 from search_document p where p.key = 'patient:' || d.patient_id and p.voided)");
	}

	/** The whole index anew from the document rows (also those written by SQL). */
	public void massIndex(Progress progress) {
		state.rebuilding(0, 0);
		AtomicLong total = new AtomicLong();
		AtomicLong done = new AtomicLong();
		try {
			Search.mapping(entityManagerFactory)
				.scope(SearchDocument.class)
				.massIndexer()
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(BATCH)
				// one segment at the end: every search pays per segment (its terms looked up, its hits
				// collected, its stored fields read), and a fresh rebuild left seven at 100,000 patients
				.mergeSegmentsOnFinish(true)
				.monitor(new MassIndexingMonitor() {
					@Override
					public void addToTotalCount(long count) {
						total.addAndGet(count);
						progress.at("index", done.get(), total.get());
					}

					@Override
					public void documentsAdded(long increment) {
						progress.at("index", done.addAndGet(increment), total.get());
						state.rebuilding(done.get(), total.get());
					}

					@Override
					public void documentsBuilt(long increment) {
					}

					@Override
					public void entitiesLoaded(long increment) {
					}

					@Override
					public void indexingCompleted() {
						progress.at("index", total.get(), total.get());
					}
				})
				.startAndWait();
			state.ready(total.get());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			state.failed(e);
		}
		catch (RuntimeException e) {
			state.failed(e);
			throw e;
		}
	}

	/** Documents the index holds, and rows in the table (voided included). */
	public long[] counts() {
		long indexed = transactions.execute(tx -> {
			var em = entityManagerFactory.createEntityManager();
			try {
				return Search.session(em).search(SearchDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
			}
			finally {
				em.close();
			}
		});
		long rows = jdbc.queryForObject("select count(*) from search_document", Long.class);
		return new long[] { indexed, rows };
	}
}
