package org.cutis.search.index;

import java.util.Map;

import org.cutis.shared.CutisProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings from Cutis's: the embedded Lucene backend with the index under the
 * data directory (like the embedded database's {@code pg/}), the clinical analysers. For a
 * cluster the README names the Elasticsearch backend and outbox-polling coordination, set with
 * {@code spring.jpa.properties.hibernate.search.*}, which override these.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchSettings {

	@Bean
	HibernatePropertiesCustomizer clinicalSearchSettings(SearchProperties search, CutisProperties cutis) {
		return properties -> {
			Map<String, Object> settings = new java.util.HashMap<>();
			if (!"elasticsearch".equals(search.index())) {
				settings.put("hibernate.search.backend.analysis.configurer",
						"class:" + ClinicalAnalysisConfigurer.class.getName());
				settings.put("hibernate.search.backend.lucene_version", "LATEST");
				if ("heap".equals(search.index())) {
					settings.put("hibernate.search.backend.directory.type", "local-heap");
				}
				else {
					settings.put("hibernate.search.backend.directory.type", "local-filesystem");
					settings.put("hibernate.search.backend.directory.root",
							(search.indexDir() != null ? search.indexDir() : cutis.dataDir().resolve("search-index"))
								.toAbsolutePath().toString());
				}
			}
			// settings given explicitly (spring.jpa.properties...) win
			settings.forEach(properties::putIfAbsent);
		};
	}
}
