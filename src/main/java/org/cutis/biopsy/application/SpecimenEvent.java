package org.cutis.biopsy.application;

import java.util.Arrays;

import org.cutis.biopsy.CommunicationMethod;
import org.cutis.rules.common.AnatomicSite;

/**
 * One step of the loop as the API and the specimen page send it. Receiving carries what is read
 * off the container; rejecting and voiding a reason; communicating how.
 */
public record SpecimenEvent(Type type, String accession, String mrn, AnatomicSite site, String reason,
		CommunicationMethod method) {

	public enum Type {
		COLLECT("collect"), SEND("send"), RECEIVE("receive"), REJECT("reject"), GROSS("gross"), REVIEW("review"),
		COMMUNICATE("communicate"), VOID("void");

		private final String code;

		Type(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Type fromCode(String code) {
			return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst().orElse(null);
		}
	}
}
