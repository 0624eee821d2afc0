package org.cutis.search.index;

import java.util.HashMap;
import java.util.Map;

import org.cutis.shared.CutisProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings from Cutis's ({@link SearchProperties}): by default the embedded
 * Lucene backend with the index under the data directory (like the embedded database's {@code pg/});
 * for several nodes an Elasticsearch or OpenSearch cluster with the same documents, fields and
 * analysers ({@link ClinicalElasticsearchAnalysis}), and the outbox-polling coordination, whose
 * tables Flyway creates (V1840). Settings given explicitly
 * ({@code spring.jpa.properties.hibernate.search.*}) win.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchSettings {

	@Bean
	HibernatePropertiesCustomizer clinicalSearchSettings(SearchProperties search, CutisProperties cutis) {
		return properties -> settings(search, cutis).forEach(properties::putIfAbsent);
	}

	static Map<String, Object> settings(SearchProperties search, CutisProperties cutis) {
		Map<String, Object> settings = new HashMap<>();
		if (search.cluster()) {
			settings.put("hibernate.search.backend.type", "elasticsearch");
			settings.put("hibernate.search.backend.hosts", search.hosts());
			settings.put("hibernate.search.backend.protocol", search.protocol());
			if (search.username() != null && !search.username().isBlank()) {
				settings.put("hibernate.search.backend.username", search.username());
				settings.put("hibernate.search.backend.password", search.password() == null ? "" : search.password());
			}
			settings.put("hibernate.search.backend.analysis.configurer",
					"class:" + ClinicalElasticsearchAnalysis.class.getName());
			// the name parts' n-grams span 2 to 4 syllables: more than an index allows by default
			settings.put("hibernate.search.backend.schema_management.settings_file",
					"search/elasticsearch-index-settings.json");
		}
		else {
			settings.put("hibernate.search.backend.type", "lucene");
			settings.put("hibernate.search.backend.analysis.configurer",
					"class:" + ClinicalAnalysisConfigurer.class.getName());
			settings.put("hibernate.search.backend.lucene_version", "LATEST");
			// a rebuild writes hundreds of thousands of documents: with Lucene's 16 MB buffer it flushed a
			// small segment every few thousand and merged them again and again; 128 MB took a rebuild at
			// 100,000 patients from 164 s to 143 s (issue 15). Everyday indexing commits long before it fills.
			settings.put("hibernate.search.backend.io.writer.ram_buffer_size", 128);
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
		if (search.outbox()) {
			settings.put("hibernate.search.coordination.strategy", "outbox-polling");
		}
		return settings;
	}
}
