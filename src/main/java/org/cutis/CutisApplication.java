package org.cutis;

import java.util.Arrays;

import org.cutis.demo.BenchCommand;
import org.cutis.rules.batch.RulesBatch;
import org.cutis.shared.database.DatabaseTools;
import org.cutis.shared.startup.StartupReport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = { "shared", "clinical" })
@SpringBootApplication
public class CutisApplication {
	static {
		// Lucene's IndexWriter and its TestSecrets each initialise the other from their static
		// initialisers: two threads starting them at once deadlock for good (seen at start: the site
		// search built on the main thread while Hibernate Search opened its first reader for a
		// request, and Cutis never became ready): apache/lucene#12419 and #15119, fixed by #15864 in a
		// later Lucene than Hibernate Search brings. IndexWriter's initialiser initialises TestSecrets,
		// which initialises the other classes of the cycle: all of them here first, on one thread.
		try {
			Class.forName("org.apache.lucene.index.IndexWriter", true, CutisApplication.class.getClassLoader());
		}
		catch (ClassNotFoundException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("rules")) {
			// registry batch mode: no Spring, no database, starts in well under a second
			RulesBatch.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			// ./cutis backup | restore: the embedded database's own tools, no Spring, no web server
			DatabaseTools.main(args);
			return;
		}
		if (args.length > 0 && args[0].equals("reindex")) {
			// ./cutis reindex: the application rebuilds the search, then exits; its security needs the web
			// layer, so it listens on a free port of the loopback address only while it runs
			SpringApplication reindex = new SpringApplication(CutisApplication.class);
			String[] rest = Arrays.copyOfRange(args, 1, args.length + 5);
			rest[rest.length - 5] = "--server.port=0";
			rest[rest.length - 4] = "--server.address=127.0.0.1";
			rest[rest.length - 3] = "--cutis.search.reindex-and-exit=true";
			rest[rest.length - 2] = "--cutis.search.rebuild-on-start=false";
			rest[rest.length - 1] = "--cutis.scheduling.enabled=false";
			System.exit(SpringApplication.exit(reindex.run(rest)));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			// ./cutis generate: a synthetic center written with COPY, then the rebuild of ./cutis reindex, then exit
			String[] rest = Arrays.copyOfRange(args, 1, args.length + 7);
			// the embedded server does not archive the load's WAL when no base backup needs it (BulkLoad)
			rest[rest.length - 7] = "--cutis.db.bulk-load=true";
			rest[rest.length - 6] = "--server.port=0";
			rest[rest.length - 5] = "--server.address=127.0.0.1";
			rest[rest.length - 4] = "--cutis.search.reindex-and-exit=true";
			rest[rest.length - 3] = "--cutis.search.rebuild-on-start=false";
			rest[rest.length - 2] = "--cutis.scheduling.enabled=false";
			rest[rest.length - 1] = "--logging.level.root=warn";
			System.exit(SpringApplication.exit(new SpringApplication(CutisApplication.class).run(rest)));
		}
		if (args.length > 0 && args[0].equals("bench")) {
			// ./cutis bench: a load harness over loopback HTTP; no Spring in this process
			System.exit(BenchCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication application = new SpringApplication(CutisApplication.class);
		StartupReport.attachIfAsked(application);
		application.run(args);
	}
}
