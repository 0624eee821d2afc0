package org.cutis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher {@code ./cutis}: every sub-command explains itself, the service units are complete. */
class LauncherTests {

	@ParameterizedTest
	@ValueSource(strings = { "run", "test", "rules", "backup", "restore", "service", "health", "reindex", "generate", "bench" })
	void everySubCommandHasHelp(String command) throws Exception {
		Result help = launch(command, "--help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("./cutis " + command);
	}

	@Test
	void theServiceRestartsOnFailureChecksHealthAndBacksUpNightly() throws Exception {
		Result units = launch("service", "install", "--print", "--user", "cutis", "--data-dir", "/srv/cutis", "--port",
				"9090", "--backup-to", "/srv/cutis-backups");
		assertThat(units.code()).isZero();
		assertThat(units.out()).contains("# ==> cutis.service", "User=cutis", "Restart=on-failure", "KillMode=mixed",
				"cutis run --data-dir /srv/cutis --port 9090", "health --port 9090 --probe readiness",
				"# ==> cutis-health.timer", "--probe liveness", "systemctl restart cutis.service",
				"# ==> cutis-backup.timer", "OnCalendar=", "cutis backup --data-dir /srv/cutis --to /srv/cutis-backups");
	}

	@Test
	void healthSaysNoWhenNothingAnswers() throws Exception {
		Result health = launch("health", "--port", "1");
		assertThat(health.code()).isEqualTo(1);
		assertThat(health.out()).contains("not healthy");
	}

	record Result(int code, String out) {
	}

	private static Result launch(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", "cutis"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), out);
	}
}
