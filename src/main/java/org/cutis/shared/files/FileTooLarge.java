package org.cutis.shared.files;

/** The upload exceeded the limit the caller set; nothing was kept. */
public class FileTooLarge extends RuntimeException {
	private final long maxBytes;

	public FileTooLarge(long maxBytes) {
		super("file larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}
}
