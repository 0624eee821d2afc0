/** The search index: documents as JPA rows mapped with Hibernate Search, analysers, rebuild and health. */
package org.cutis.search.index;
