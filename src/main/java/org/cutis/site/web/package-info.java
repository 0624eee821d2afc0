/** The public pages, the site search (page and API) and the editor's pages. */
package org.cutis.site.web;
