package org.cutis.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.cutis.support.TestDatabase;

/**
 * Removes a generated center's rows from the suite's shared database, children first, as the
 * schema owner (cancers with their staging, treatment and follow-up first): the specimen history is append-only and skin adverse events and prophylaxis proposals are never deleted, so
 * their triggers are off for the delete; so are the clinic's, whose appointments and sessions are never
 * deleted either (the generated sessions by their ids: they belong to no patient).
 */
final class GeneratedRows {
	private GeneratedRows() {
	}

	static void remove(List<UUID> patients, List<UUID> sessions) {
		UUID[] ids = patients.toArray(UUID[]::new);
		TestDatabase.owner().execute((Connection c) -> {
			c.setAutoCommit(false);
			try (var s = c.createStatement()) {
				s.execute("alter table specimen_step disable trigger specimen_step_no_update");
				s.execute("alter table skin_adverse_event_assessment disable trigger skin_adverse_event_assessment_no_delete");
				s.execute("alter table skin_adverse_event_drug disable trigger skin_adverse_event_drug_no_delete");
				s.execute("alter table skin_adverse_event disable trigger skin_adverse_event_no_delete");
				s.execute("alter table skin_prophylaxis disable trigger skin_prophylaxis_no_delete");
				s.execute("alter table appointment disable trigger appointment_no_delete");
				s.execute("alter table clinic_session disable trigger clinic_session_no_delete");
				var array = c.createArrayOf("uuid", ids);
				for (String sql : List.of(
						"delete from search_document where patient_id = any(?)",
						"delete from recall_item where patient_id = any(?)",
						"update surveillance_visit set merged_into = null where patient_id = any(?)",
						"delete from surveillance_visit where patient_id = any(?)",
						"delete from surveillance_plan where patient_id = any(?)",
						"delete from treatment_plan_item where plan_id in (select id from treatment_plan where patient_id = any(?))",
						"delete from treatment_plan where patient_id = any(?)",
						"delete from surgery_excision where patient_id = any(?)",
						"delete from recall_appointment where patient_id = any(?)",
						"delete from appointment where patient_id = any(?)",
						"delete from workup_order where patient_id = any(?)",
						"delete from staging_record where cancer_id in (select id from cancer_diagnosis where patient_id = any(?))",
						"delete from cancer_evidence where cancer_id in (select id from cancer_diagnosis where patient_id = any(?))",
						"delete from cancer_diagnosis where patient_id = any(?)",
						"delete from skin_adverse_event_assessment where adverse_event_id in (select id from skin_adverse_event"
								+ " where patient_id = any(?))",
						"delete from skin_adverse_event_drug where adverse_event_id in (select id from skin_adverse_event"
								+ " where patient_id = any(?))",
						"delete from skin_adverse_event where patient_id = any(?)",
						"delete from skin_prophylaxis where patient_id = any(?)",
						"delete from referral_red_flag where referral_id in (select id from referral where patient_id = any(?))",
						"delete from referral_drug where referral_id in (select id from referral where patient_id = any(?))",
						"delete from referral where patient_id = any(?)",
						"delete from pathology_findings where report_id in (select id from pathology_report where patient_id = any(?))",
						"delete from pathology_report where patient_id = any(?)",
						"delete from pathology_specimen where patient_id = any(?)",
						"delete from specimen_step where specimen_id in (select id from specimen where patient_id = any(?))",
						"delete from specimen where patient_id = any(?)",
						"delete from lesion where patient_id = any(?)",
						"delete from patient where id = any(?)")) {
					try (var delete = c.prepareStatement(sql)) {
						delete.setArray(1, array);
						delete.executeUpdate();
					}
				}
				try (var delete = c.prepareStatement("delete from clinic_session where id = any(?)")) {
					delete.setArray(1, c.createArrayOf("uuid", sessions.toArray(UUID[]::new)));
					delete.executeUpdate();
				}
				s.execute("alter table appointment enable trigger appointment_no_delete");
				s.execute("alter table clinic_session enable trigger clinic_session_no_delete");
				s.execute("alter table specimen_step enable trigger specimen_step_no_update");
				s.execute("alter table skin_adverse_event_assessment enable trigger skin_adverse_event_assessment_no_delete");
				s.execute("alter table skin_adverse_event_drug enable trigger skin_adverse_event_drug_no_delete");
				s.execute("alter table skin_adverse_event enable trigger skin_adverse_event_no_delete");
				s.execute("alter table skin_prophylaxis enable trigger skin_prophylaxis_no_delete");
				c.commit();
			}
			catch (SQLException e) {
				c.rollback();
				throw e;
			}
			return null;
		});
	}
}
