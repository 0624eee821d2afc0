/** Recording, grading, following and resolving skin adverse events; every view and change audited. */
package org.cutis.skincare.adverseevent.application;
