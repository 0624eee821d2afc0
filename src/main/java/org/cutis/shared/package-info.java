/**
 * Shared kernel of Cutis: the clock, database and file-store plumbing, error handling and
 * the web layout. It holds no clinical entities and no clinical services; every module may
 * use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cutis.shared;
