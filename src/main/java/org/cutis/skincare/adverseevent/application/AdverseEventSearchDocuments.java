package org.cutis.skincare.adverseevent.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.Permission;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;
import org.cutis.skincare.adverseevent.domain.AdverseEventStatus;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.AttributedDrugs;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Skin adverse events in the clinical search, as {@code adverse-event}: the CTCAE term in Korean
 * and English, the current grade (the confirmed one, else the proposed one; an earlier grade is
 * not a word of the record any more) as the identifiers {@code 3등급} and {@code G3}, active or resolved, and each suspected drug by its names
 * (proper names, as the catalogue or the clinician wrote them) with its attribution. A regrade, a
 * follow-up assessment or the resolution updates it; a voided event disappears.
 */
@Component
public class AdverseEventSearchDocuments implements Searchable {
	static final String TYPE = "adverse-event";
	@PersistenceContext
	private EntityManager entityManager;
	private final SearchDocuments search;
	private final Bilingual labels;
	private final AttributedDrugs drugs;
	private final DrugCatalogue catalogue;
	private final MessageSource messages;

	AdverseEventSearchDocuments(SearchDocuments search, Bilingual labels, AttributedDrugs drugs, DrugCatalogue catalogue,
			MessageSource messages) {
		this.search = search;
		this.labels = labels;
		this.drugs = drugs;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		entityManager.createQuery("select e from SkinAdverseEvent e", SkinAdverseEvent.class)
			.getResultStream()
			.forEach(e -> {
				sink.accept(entry(e));
				// the whole context, not only this record: what its entry read (drugs, stages, items) would
				// stay, and each later query's auto-flush checks everything held, quadratic in the records (issue 15:
				// 46,400 adverse events at 1,000,000 patients took minutes); a rebuild holds nothing else
				entityManager.clear();
			});
	}

	/** After an event is recorded, assessed, regraded, resolved or voided, in its transaction. */
	void changed(SkinAdverseEvent event) {
		search.upsert(entry(event));
	}

	private SearchEntry entry(SkinAdverseEvent e) {
		List<String> words = new ArrayList<>();
		words.add(labels.label("rules.term." + e.termName().replaceAll("[^A-Za-z0-9]+", "-")));
		words.add(e.termName());
		// the search takes a word with a digit for an identifier, matched whole: the grade is one ("3등급", "G3")
		words.add(labels.label("adverseevent.grade"));
		List<String> grade = List.of(e.currentGrade() + "등급", "g" + e.currentGrade());
		words.add(e.status() == AdverseEventStatus.RESOLVED
				? withArgument("adverseevent.status.resolvedOn", "")
				: labels.label("adverseevent.status.active"));
		for (AttributedDrug drug : drugs.findByAdverseEventIdOrderByPositionAsc(e.id())) {
			words.add(drug.drugName());
			if (drug.drugCode() != null) {
				catalogue.find(drug.drugCode()).ifPresent(c -> {
					words.add(c.nameKo());
					words.add(c.nameEn());
				});
			}
			words.add(labels.label("adverseevent.attribution." + drug.attribution().code()));
		}
		String text = Bilingual.words(words.toArray(String[]::new));
		return new SearchEntry(TYPE, e.id(), e.patientId(), e.termName() + " · " + e.onsetDate(), null, text,
				grade, e.onsetDate(), "DERMATOLOGY", e.status().code(), Permission.SKIN_AE_READ,
				"/adverse-events/" + e.id(), e.voided());
	}

	private String withArgument(String key, Object argument) {
		Object[] args = { argument };
		String ko = messages.getMessage(key, args, "", Locale.KOREAN);
		String en = messages.getMessage(key, args, "", Locale.ENGLISH);
		return ko.equals(en) ? ko : Bilingual.words(ko, en);
	}
}
