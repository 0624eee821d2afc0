package org.cutis.shared.database;

/** A database role and its password; {@link #toString()} never shows the password. */
public record Credentials(String user, String password) {

	@Override
	public String toString() {
		return "Credentials[user=" + user + "]";
	}
}
