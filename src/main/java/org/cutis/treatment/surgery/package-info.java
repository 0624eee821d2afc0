/**
 * Surgery of the treatment module: the wide local excision of a cancer (the rules' margin proposed,
 * a narrower planned margin only with a reason, the specimen sent through the biopsy and pathology
 * loop as a re-excision and its histological margins brought back), and the other procedures of the
 * clinic (sentinel node biopsy and lymph node dissection, whose results feed staging; curettage and
 * electrodesiccation, cryotherapy, topical field therapy).
 */
package org.cutis.treatment.surgery;
