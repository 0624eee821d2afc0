package org.cutis.shared.database;

import java.nio.file.Path;

/** Another Cutis process already owns this data directory; two servers on one directory corrupt it. */
public class DataDirectoryInUse extends RuntimeException {
	private final Path dataDir;

	public DataDirectoryInUse(Path dataDir) {
		super("Another Cutis process is already running on the data directory " + dataDir.toAbsolutePath());
		this.dataDir = dataDir;
	}

	public Path dataDir() {
		return dataDir;
	}
}
