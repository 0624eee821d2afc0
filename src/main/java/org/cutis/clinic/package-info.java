/**
 * The clinic: each doctor's clinic sessions (day, time, capacity, location; leave blocks them),
 * appointments booked into them within capacity (new referral, follow-up, procedure, skin-care
 * clinic), the doctor's clinic list of the day that the nurse runs (arrived, no-show), the
 * patient's notifications, and the visit note written at the visit (history, full skin and lymph
 * node examination, assessment, plan; signed, corrected by addendum).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic: appointments and visits")
package org.cutis.clinic;
