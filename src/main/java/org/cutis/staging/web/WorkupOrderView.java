package org.cutis.staging.web;

import java.util.UUID;

/** A work-up order in the API (filled in with the work-up slice). */
record WorkupOrderView(UUID id, String kind, String status) {
}
