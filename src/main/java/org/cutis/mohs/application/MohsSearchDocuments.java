package org.cutis.mohs.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.identity.Permission;
import org.cutis.mohs.domain.MohsCase;
import org.cutis.mohs.domain.MohsStage;
import org.cutis.mohs.domain.ReportAddendum;
import org.cutis.mohs.domain.TissueBlock;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.stereotype.Component;

/**
 * Mohs cases in the clinical search: Mohs surgery and the site in both languages, the tumour, the
 * number of stages and the final margin state (clear, or tumour at a peripheral or deep margin),
 * the closure, and the surgeon's words (the reason for an off-AUC case, the signed addenda) as
 * typed. A case is never voided; its state is its status (open, closed, signed).
 */
@Component
public class MohsSearchDocuments implements Searchable {
	static final String TYPE = "mohs";
	@PersistenceContext
	private EntityManager entityManager;
	private final SearchDocuments search;
	private final Bilingual labels;
	private final ZoneId zone;

	MohsSearchDocuments(SearchDocuments search, Bilingual labels, java.time.Clock clock) {
		this.search = search;
		this.labels = labels;
		this.zone = clock.getZone();
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		entityManager.createQuery("select c from MohsCase c", MohsCase.class).getResultStream().forEach(c -> {
			sink.accept(entry(c));
			// the whole context, not only this record: what its entry read (drugs, stages, items) would
			// stay, and each later query's auto-flush checks everything held, quadratic in the records (issue 15:
			// 46,400 adverse events at 1,000,000 patients took minutes); a rebuild holds nothing else
			entityManager.clear();
		});
	}

	/** After a case is opened, staged, closed, signed or amended, in its transaction. */
	void changed(MohsCase c) {
		search.upsert(entry(c));
	}

	private SearchEntry entry(MohsCase c) {
		StringBuilder addenda = new StringBuilder();
		for (ReportAddendum a : c.addenda()) {
			addenda.append(' ').append(a.text());
		}
		String closure = c.closure() == null ? null
				: Bilingual.words(labels.label("mohs.closure." + c.closure().code()),
						c.closureDetail() == null ? null
								: c.closure().types().contains(c.closureDetail())
										? labels.label("mohs.closureType." + c.closureDetail()) : c.closureDetail());
		String text = Bilingual.words(labels.label("treatment.type.mohs-surgery"),
				labels.label("rules.option.site." + c.site().code()), labels.label("rules.option.tumor." + c.tumor()),
				c.tumor(), stages(c.stages()), closure, c.reason(), addenda.toString());
		return new SearchEntry(TYPE, c.id(), c.patientId(),
				Bilingual.words(c.lesionLabel(), "·", c.createdAt().atZone(zone).toLocalDate().toString()), null, text,
				List.of(), c.createdAt().atZone(zone).toLocalDate(), "DERMATOLOGY",
				c.status().name().toLowerCase(java.util.Locale.ROOT), Permission.MOHS_READ, "/mohs-cases/" + c.id(),
				false);
	}

	/** The last stage's margins: clear, or where tumour remains. */
	private String stages(List<MohsStage> stages) {
		if (stages.isEmpty()) {
			return null;
		}
		MohsStage last = stages.get(stages.size() - 1);
		String margins = last.allClear() ? labels.label("mohs.stage.allClear")
				: String.join(" ", last.positiveBlocks().stream().map(TissueBlock::margin).distinct()
					.map(m -> labels.label("mohs.margin." + m.code())).toList());
		return margins;
	}
}
