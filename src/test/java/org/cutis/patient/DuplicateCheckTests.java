package org.cutis.patient;

import org.cutis.patient.application.DuplicateCheckProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateCheckTests {
	@ParameterizedTest
	@CsvSource({ "김민수, 김민수, true", "김민수, 김민서, true", "김민수, 김민, true", "김민수, 박지영, false",
			"kimminsu, kimminso, true", "kimminsu, kimminsoo, false", "leejiyoung, kimminsu, false" })
	void namesWithinOneTypingSlipAreSimilar(String a, String b, boolean similar) {
		assertThat(DuplicateCheckProbe.withinOneEdit(a, b)).isEqualTo(similar);
		assertThat(DuplicateCheckProbe.withinOneEdit(b, a)).isEqualTo(similar);
	}
}
