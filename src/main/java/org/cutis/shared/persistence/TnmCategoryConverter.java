package org.cutis.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.cutis.clinical.TnmCategory;

/** Stores a TNM category with its prefix ("pT2b", "cN0"): the prefix is part of the fact. */
@Converter
public class TnmCategoryConverter implements AttributeConverter<TnmCategory, String> {
	@Override
	public String convertToDatabaseColumn(TnmCategory category) {
		return category == null ? null : category.toString();
	}

	@Override
	public TnmCategory convertToEntityAttribute(String written) {
		return TnmCategory.parse(written);
	}
}
