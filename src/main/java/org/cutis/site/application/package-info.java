/** The public site's pages, their versions, Markdown rendering and the site search. */
package org.cutis.site.application;
