package org.cutis.shared.files;

import org.cutis.shared.CutisProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {
	@Bean
	FileStore fileStore(CutisProperties properties) {
		return new DirectoryFileStore(properties.filesDir());
	}
}
