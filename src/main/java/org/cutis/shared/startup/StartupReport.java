package org.cutis.shared.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * With CUTIS_STARTUP_REPORT=1, logs where a start spent its time once Cutis is ready: the steps
 * Spring records (bean creation, context refresh), each by its own time without the steps it
 * contains, so a bean that waits for Hibernate is not blamed for Hibernate. Off by default: the
 * buffer keeps every step of a start in memory.
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {
	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
	private static final int STEPS = 20_000;
	private static final int SHOWN = 25;
	private final BufferingApplicationStartup startup;

	private StartupReport(BufferingApplicationStartup startup) {
		this.startup = startup;
	}

	/** Records the start of this application when the environment asks for the report. */
	public static void attachIfAsked(SpringApplication application) {
		if (System.getenv("CUTIS_STARTUP_REPORT") == null) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(STEPS);
		application.setApplicationStartup(startup);
		application.addListeners(new StartupReport(startup));
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
		Map<Long, Duration> inChildren = new HashMap<>();
		for (TimelineEvent step : events) {
			Long parent = step.getStartupStep().getParentId();
			if (parent != null) {
				inChildren.merge(parent, step.getDuration(), Duration::plus);
			}
		}
		Map<String, Duration> ownByName = new HashMap<>();
		List<String[]> lines = new ArrayList<>();
		for (TimelineEvent step : events) {
			Duration own = step.getDuration().minus(inChildren.getOrDefault(step.getStartupStep().getId(), Duration.ZERO));
			ownByName.merge(step.getStartupStep().getName(), own, Duration::plus);
			lines.add(new String[] { String.format("%7d", own.toMillis()), label(step.getStartupStep()) });
		}
		lines.sort(Comparator.comparing((String[] line) -> line[0]).reversed());
		StringBuilder report = new StringBuilder("Start-up steps by their own time (ms):\n");
		ownByName.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.forEach(e -> report.append(String.format("  %7d  all %s%n", e.getValue().toMillis(), e.getKey())));
		lines.stream().limit(SHOWN).forEach(line -> report.append("  ").append(line[0]).append("  ").append(line[1]).append('\n'));
		log.info(report.toString());
	}

	private static String label(StartupStep step) {
		StringBuilder label = new StringBuilder(step.getName());
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals("beanName") || tag.getKey().equals("postProcessor") || tag.getKey().equals("repository")) {
				label.append(' ').append(tag.getValue());
			}
		}
		return label.toString();
	}
}
