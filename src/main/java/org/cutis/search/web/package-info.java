/** The search page behind the header box and {@code GET /api/v1/search}. */
package org.cutis.search.web;
