package org.cutis.site.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the server answers the public site alone ({@code cutis.public-site-only}, set by
 * {@code ./cutis run --public-site-only}): the pages then offer no staff login.
 */
@Component
class PublicSite {
	private final boolean only;

	PublicSite(@Value("${cutis.public-site-only:false}") boolean only) {
		this.only = only;
	}

	boolean publicSiteOnly() {
		return only;
	}
}
