package org.cutis.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.patient.application.DuplicateCheckProbe;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The duplicate check asks the database only for near names of the day (V1871), so thousands of
 * patients sharing a birth date do not slow a registration, and still finds every name that
 * {@code similar()} would: one typing slip in either script.
 */
@CutisTest
class DuplicateCandidatesTests {
	static final LocalDate CROWDED_DAY = LocalDate.parse("1931-02-13");

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;

	String register(String clerk, String hangul, String latin) throws Exception {
		return mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "%s", "nameLatin": "%s", "sex": "male", "birthDate": "%s"}
					""".formatted(hangul, latin, CROWDED_DAY)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void amongThousandsBornTheSameDayTheRealDuplicateIsFoundFromAFewCandidates() throws Exception {
		// 3,000 others born that day, with syllable names and Latin keys like real registrations
		jdbc.update("""
				insert into patient (id, mrn, name_hangul, name_latin, name_latin_key, sex, birth_date,
				    preferred_language, registered_at, registered_by)
				select gen_random_uuid(), 'DUP' || lpad(g::text, 7, '0'),
				    chr(44032 + ((g::bigint * 7919) % 11172)::int) || chr(44032 + ((g::bigint * 104729) % 11172)::int)
				        || chr(44032 + g % 11172),
				    'CROWD ' || md5(g::text), 'crowd' || md5(g::text), 'MALE', ?, 'ko', now(), 'load'
				from generate_series(1, 3000) g
				""", CROWDED_DAY);
		String clerk = staff.create(Role.CLERK);
		String first = JsonPath.read(register(clerk, "김민수", "KIM Minsu"), "$.id");

		// a slip in the given name, in the family name, and in the Latin name alone
		assertThat(duplicates(register(clerk, "김민서", "KIM Minseo"))).contains(first);
		assertThat(duplicates(register(clerk, "긴민수", "GIN Minsu"))).contains(first);
		assertThat(duplicates(register(clerk, "최정호", "KIM Minso"))).contains(first);
		// two slips in both scripts is someone else
		assertThat(duplicates(register(clerk, "김진서", "KIM Jinseo"))).doesNotContain(first);

		Integer born = jdbc.queryForObject("select count(*) from patient where birth_date = ?", Integer.class,
				CROWDED_DAY);
		Integer offered = jdbc.queryForObject(
				"select count(distinct patient_id) from patient_duplicate_key"
						+ " where name_key = any (patient_duplicate_keys(?, '김민수', 'kimminsu'))",
				Integer.class, CROWDED_DAY);
		assertThat(born).isGreaterThan(3000);
		assertThat(offered).isLessThan(20);
		org.cutis.support.TestDatabase.owner().execute("analyze patient, patient_duplicate_key");
		String plan = String.join("\n", jdbc.queryForList("explain select p.id from patient p where p.id in"
				+ " (select k.patient_id from patient_duplicate_key k"
				+ " where k.name_key = any (patient_duplicate_keys(?, '김민수', 'kimminsu'))) and p.voided_at is null"
				+ " limit 200", String.class, CROWDED_DAY));
		assertThat(plan).contains("patient_duplicate_key_pkey").doesNotContain("Seq Scan");
	}

	static List<String> duplicates(String json) {
		return JsonPath.read(json, "$.possibleDuplicates[*].id");
	}

	@Test
	void everyPairWithinOneEditSharesAKeyInEitherScript() {
		// a small alphabet, so that random names are often one edit apart
		Random random = new Random(15);
		String[] letters = { "가", "나", "다", "a", "b" };
		int near = 0;
		for (int n = 0; n < 400; n++) {
			String a = name(random, letters);
			String b = random.nextBoolean() ? slip(random, a, letters) : name(random, letters);
			boolean similar = DuplicateCheckProbe.withinOneEdit(a, b);
			Boolean share = jdbc.queryForObject("select patient_duplicate_keys(?, ?, null)"
					+ " && patient_duplicate_keys(?, ?, null)", Boolean.class, CROWDED_DAY, a, CROWDED_DAY, b);
			Boolean shareLatin = jdbc.queryForObject("select patient_duplicate_keys(?, null, ?)"
					+ " && patient_duplicate_keys(?, null, ?)", Boolean.class, CROWDED_DAY, a, CROWDED_DAY, b);
			if (similar) {
				near++;
				assertThat(share).as("%s and %s", a, b).isTrue();
				assertThat(shareLatin).as("%s and %s", a, b).isTrue();
			}
		}
		assertThat(near).as("pairs within one edit tried").isGreaterThan(100);
		Boolean otherDay = jdbc.queryForObject("select patient_duplicate_keys(?, '김민수', null)"
				+ " && patient_duplicate_keys(?, '김민수', null)", Boolean.class, CROWDED_DAY, CROWDED_DAY.plusDays(1));
		assertThat(otherDay).as("another birth date").isFalse();
	}

	static String name(Random random, String[] letters) {
		StringBuilder name = new StringBuilder();
		for (int i = 0, length = 1 + random.nextInt(4); i < length; i++) {
			name.append(letters[random.nextInt(letters.length)]);
		}
		return name.toString();
	}

	/** One letter added, dropped or changed somewhere. */
	static String slip(Random random, String name, String[] letters) {
		int at = random.nextInt(name.length() + 1);
		String letter = letters[random.nextInt(letters.length)];
		return switch (random.nextInt(3)) {
			case 0 -> name.substring(0, at) + letter + name.substring(at);
			case 1 -> at < name.length() ? name.substring(0, at) + name.substring(at + 1) : name;
			default -> at < name.length() ? name.substring(0, at) + letter + name.substring(at + 1) : name;
		};
	}
}
