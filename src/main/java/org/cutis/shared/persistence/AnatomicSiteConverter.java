package org.cutis.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.cutis.rules.common.AnatomicSite;

/** Stores the contract's site code ("upper-arm"), the same string the API and rules speak. */
@Converter
public class AnatomicSiteConverter implements AttributeConverter<AnatomicSite, String> {
	@Override
	public String convertToDatabaseColumn(AnatomicSite site) {
		return site == null ? null : site.code();
	}

	@Override
	public AnatomicSite convertToEntityAttribute(String code) {
		return code == null ? null : AnatomicSite.fromCode(code);
	}
}
