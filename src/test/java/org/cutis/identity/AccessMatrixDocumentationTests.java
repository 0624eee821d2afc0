package org.cutis.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of who may do what is the access matrix itself: rendered from
 * {@link Permission} and compared with the README, so the two cannot drift apart. When the matrix
 * changes, this test writes the new table to target/access-matrix.md to paste into the README.
 */
class AccessMatrixDocumentationTests {
	static final String START = "<!-- access-matrix: generated from org.cutis.identity.Permission"
			+ " by AccessMatrixDocumentationTests -->";
	static final String END = "<!-- /access-matrix -->";

	static String table() {
		StringBuilder table = new StringBuilder();
		table.append("| permission | what | ")
			.append(Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(" | ")))
			.append(" | anonymous |\n");
		table.append("|---|---|").append("---|".repeat(Role.values().length + 1)).append('\n');
		for (Permission p : Permission.values()) {
			table.append("| `").append(p.name()).append("` | ").append(p.description()).append(" | ");
			for (Role role : Role.values()) {
				table.append(p.allows(role) ? "✓" : " ").append(" | ");
			}
			table.append(p.allowsAnonymous() ? "✓" : " ").append(" |\n");
		}
		return table.toString();
	}

	@Test
	void theReadmeShowsTheMatrixAsItIs() throws IOException {
		String table = table();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "access-matrix.md"), START + "\n" + table + END + "\n",
				StandardCharsets.UTF_8);
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("the README's access matrix block (see target/access-matrix.md)").isNotNegative();
		assertThat(readme.substring(start + START.length() + 1, end))
			.as("the README's access matrix differs from Permission; paste target/access-matrix.md")
			.isEqualTo(table);
	}
}
