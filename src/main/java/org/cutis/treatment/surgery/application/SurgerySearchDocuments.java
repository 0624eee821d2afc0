package org.cutis.treatment.surgery.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.StaffDirectory;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.Procedure;

import org.springframework.stereotype.Component;

/**
 * Excisions and procedures in the clinical search, as one kind, {@code treatment}: what was done
 * (in both languages), where (the lesion's site), the planned and the histological margins, the
 * surgeon's words (complications, the reason for a narrower margin) as typed, the re-excision
 * specimen's accession exactly. The department is the responsible physician's.
 */
@Component
public class SurgerySearchDocuments implements Searchable {
	static final String TYPE = "treatment";
	@PersistenceContext
	private EntityManager entityManager;
	private final SearchDocuments search;
	private final Bilingual labels;
	private final LesionDirectory lesions;
	private final StaffDirectory staff;

	SurgerySearchDocuments(SearchDocuments search, Bilingual labels, LesionDirectory lesions, StaffDirectory staff) {
		this.search = search;
		this.labels = labels;
		this.lesions = lesions;
		this.staff = staff;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		Map<String, String> departments = new HashMap<>();
		entityManager.createQuery("select e from Excision e", Excision.class).getResultStream().forEach(e -> {
			sink.accept(entry(e, departments));
			// the whole context, not only this record: what its entry read (drugs, stages, items) would
			// stay, and each later query's auto-flush checks everything held, quadratic in the records (issue 15:
			// 46,400 adverse events at 1,000,000 patients took minutes); a rebuild holds nothing else
			entityManager.clear();
		});
		entityManager.createQuery("select p from Procedure p", Procedure.class).getResultStream().forEach(p -> {
			sink.accept(entry(p, departments));
			entityManager.clear();
		});
	}

	/** After an excision is recorded, corrected, voided or gets its margins back, in its transaction. */
	void changed(Excision excision) {
		search.upsert(entry(excision, new HashMap<>()));
	}

	/** After a procedure is recorded, corrected or voided, in its transaction. */
	void changed(Procedure procedure) {
		search.upsert(entry(procedure, new HashMap<>()));
	}

	private SearchEntry entry(Excision e, Map<String, String> departments) {
		String what = labels.label("surgery.type." + e.treatmentType().code());
		String margins = switch (e.status()) {
			case AWAITING_PATHOLOGY -> labels.label("surgery.margins.awaiting");
			case DONE -> Boolean.TRUE.equals(e.marginsClear()) ? labels.label("surgery.margins.clear")
					: Boolean.FALSE.equals(e.marginsClear()) ? labels.label("surgery.margins.involved")
							: labels.label("surgery.margins.notRecorded");
			case VOIDED -> null;
		};
		String text = Bilingual.words(what, site(e.lesionId()), labels.label("lesion.impression." + e.cancerKind()),
				labels.label("surgery.plannedMargin"), e.plannedMarginText(), margins, e.narrowerReason(),
				e.complications());
		return new SearchEntry(TYPE, e.id(), e.patientId(), Bilingual.words(e.specimenAccession(), "·", e.lesionLabel()), null,
				text, List.of(e.specimenAccession()), e.performedOn(), department(e.surgeon(), departments),
				e.status().code(), Permission.PROCEDURE_READ, "/excisions/" + e.id(), e.voided());
	}

	private SearchEntry entry(Procedure p, Map<String, String> departments) {
		String what = labels.label("surgery.kind." + p.kind().code());
		String nodes = p.kind().nodal() ? Bilingual.words(p.basin(), nodes(p.nodesPositive(), p.nodesExamined()))
				: null;
		String agent = p.agent() == null ? null : labels.label("surgery.agent." + p.agent().code());
		String text = Bilingual.words(what, site(p.lesionId()), nodes, agent, p.complications());
		return new SearchEntry(TYPE, p.id(), p.patientId(), p.lesionLabel() + " · " + p.performedOn(), null, text,
				List.of(), p.performedOn(), department(p.performedBy(), departments), p.voided() ? "voided" : "done",
				Permission.PROCEDURE_READ, "/procedures/" + p.id(), p.voided());
	}

	private String site(UUID lesionId) {
		return lesions.find(lesionId)
			.map(LesionSummary::site)
			.map(site -> labels.label("rules.option.site." + site.code()))
			.orElse(null);
	}

	private static String nodes(Integer positive, Integer examined) {
		return positive == null || examined == null ? null : positive + "/" + examined;
	}

	/** The responsible physician's department (the first of theirs), dermatology when they have none. */
	private String department(String username, Map<String, String> known) {
		return known.computeIfAbsent(username == null ? "" : username, u -> staff.find(u)
			.flatMap(m -> m.departments().stream().min(Comparator.naturalOrder()))
			.map(Department::name)
			.orElse(Department.DERMATOLOGY.name()));
	}
}
