/**
 * The synthetic demonstration center loaded by {@code ./cutis run --demo}: staff of every role
 * and department and about 200 patients with referrals, synthetic registration numbers, insurance and
 * special co-payment registrations. Nothing here is a real person.
 */
@org.springframework.modulith.ApplicationModule
package org.cutis.demo;
