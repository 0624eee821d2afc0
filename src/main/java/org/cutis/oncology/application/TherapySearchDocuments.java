package org.cutis.oncology.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.identity.Permission;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.Regimen;
import org.cutis.oncology.domain.Regimens;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Systemic therapy and radiotherapy courses in the clinical search, as {@code therapy}: the
 * regimen's name as written (drug names are proper names), its category, the setting, the line and,
 * once ended, why (in both languages) with the oncologist's note as typed; a radiotherapy course's
 * target site as typed, intent and technique. The state is ongoing or ended; a course is never
 * voided.
 */
@Component
public class TherapySearchDocuments implements Searchable {
	static final String TYPE = "therapy";
	@PersistenceContext
	private EntityManager entityManager;
	private final SearchDocuments search;
	private final Bilingual labels;
	private final Regimens regimens;
	private final MessageSource messages;

	TherapySearchDocuments(SearchDocuments search, Bilingual labels, Regimens regimens, MessageSource messages) {
		this.search = search;
		this.labels = labels;
		this.regimens = regimens;
		this.messages = messages;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		entityManager.createQuery("select c from SystemicCourse c", SystemicCourse.class).getResultStream().forEach(c -> {
			sink.accept(entry(c));
			// the whole context, not only this record: what its entry read (drugs, stages, items) would
			// stay, and each later query's auto-flush checks everything held, quadratic in the records (issue 15:
			// 46,400 adverse events at 1,000,000 patients took minutes); a rebuild holds nothing else
			entityManager.clear();
		});
		entityManager.createQuery("select c from RadiotherapyCourse c", RadiotherapyCourse.class).getResultStream()
			.forEach(c -> {
				sink.accept(entry(c));
				entityManager.clear();
			});
	}

	/** After a course is started, given a cycle or ended, in its transaction. */
	void changed(SystemicCourse course) {
		search.upsert(entry(course));
	}

	/** After a radiotherapy course is recorded or ended, in its transaction. */
	void changed(RadiotherapyCourse course) {
		search.upsert(entry(course));
	}

	private SearchEntry entry(RadiotherapyCourse c) {
		String text = Bilingual.words(labels.label("oncology.rt.courseTitle"), c.site(),
				labels.label("oncology.rt.intent." + c.intent().code()),
				labels.label("oncology.rt.technique." + c.technique().code()),
				c.ongoing() ? labels.label("oncology.status.ongoing") : null);
		return new SearchEntry(TYPE, c.id(), c.patientId(), c.site() + " · " + c.startDate(), null, text, List.of(),
				c.startDate(), "RADIATION_ONCOLOGY", c.ongoing() ? "ongoing" : "ended", Permission.ONCOLOGY_READ,
				Radiotherapy.link(c), false);
	}

	private SearchEntry entry(SystemicCourse c) {
		String category = c.regimenCode() == null ? null
				: regimens.findById(c.regimenCode())
					.map(Regimen::category)
					.map(k -> labels.label("oncology.category." + k.name().toLowerCase(Locale.ROOT)))
					.orElse(null);
		String state = c.ongoing() ? labels.label("oncology.status.ongoing")
				: Bilingual.words(labels.label("oncology.endReason." + c.endReason().code()), c.endNote());
		String text = Bilingual.words(labels.label("oncology.systemic.courseTitle"), c.regimenName(), category,
				labels.label("oncology.setting." + c.setting().code()), withArgument("oncology.lineValue", c.line()),
				state);
		return new SearchEntry(TYPE, c.id(), c.patientId(), c.regimenName() + " · " + c.startDate(), null, text,
				List.of(), c.startDate(), "HEMATOLOGY_ONCOLOGY", c.status().code(),
				Permission.ONCOLOGY_READ, SystemicTherapy.link(c), false);
	}

	private String withArgument(String key, Object argument) {
		Object[] args = { argument };
		String ko = messages.getMessage(key, args, "", Locale.KOREAN);
		String en = messages.getMessage(key, args, "", Locale.ENGLISH);
		return ko.equals(en) ? ko : Bilingual.words(ko, en);
	}
}
