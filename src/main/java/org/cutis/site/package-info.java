/**
 * The center's public website (issue 14): the pages patients read before and between visits, in
 * Korean and English, with a full menu and a site search. Its content lives in its own tables
 * (every published version kept); an editor writes the pages in Markdown, previews, publishes and
 * restores earlier versions. It reads nothing else: never any patient data. With
 * {@code cutis.public-site-only=true} ({@code ./cutis run --public-site-only}) it is all the
 * server answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site")
package org.cutis.site;
