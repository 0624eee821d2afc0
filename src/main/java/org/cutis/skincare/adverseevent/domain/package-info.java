/** The skin adverse event aggregate, its assessments (grade history), attributed drugs and photos. */
package org.cutis.skincare.adverseevent.domain;
