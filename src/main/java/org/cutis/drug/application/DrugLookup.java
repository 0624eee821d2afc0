package org.cutis.drug.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.domain.Drug;
import org.cutis.drug.domain.Drugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the catalogue. It holds no patient data, so reading it is not audited. */
@Service
@Transactional(readOnly = true)
public class DrugLookup {
	/** A picker shows a short list; the catalogue has a few hundred drugs at most. */
	static final int MAX_RESULTS = 50;

	private final Drugs drugs;

	DrugLookup(Drugs drugs) {
		this.drugs = drugs;
	}

	public Optional<CatalogueDrug> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return drugs.findById(code.trim().toLowerCase(Locale.ROOT)).map(Drug::view);
	}

	public List<CatalogueDrug> active() {
		return drugs.findByActiveTrueOrderByNameEnAsc().stream().map(Drug::view).toList();
	}

	public List<CatalogueDrug> search(String query) {
		// LIKE wildcards typed by the user are letters to look for, not patterns.
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
		List<Drug> found = q.isEmpty() ? drugs.findByActiveTrueOrderByNameEnAsc() : drugs.matching(q);
		return found.stream().map(Drug::view)
				.sorted(Comparator.comparing((CatalogueDrug d) -> !startsWith(d, q)).thenComparing(CatalogueDrug::nameEn))
				.limit(MAX_RESULTS).toList();
	}

	private static boolean startsWith(CatalogueDrug drug, String q) {
		return drug.nameEn().toLowerCase(Locale.ROOT).startsWith(q) || drug.nameKo().startsWith(q);
	}
}
