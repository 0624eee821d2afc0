package org.cutis.lesion;

import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class LesionApiTests {
	static final String LESION = """
			{"view": "back", "x": 41.5, "y": 30.2, "site": "back", "laterality": "left", "sizeMm": 7.5,
			 "colour": "dark brown", "asymmetry": true, "colourVariegated": true, "diameterOver6mm": true,
			 "dermoscopyPattern": "atypical network", "impression": "melanoma",
			 "differential": "dysplastic naevus", "suspicion": "high"}
			""";

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;

	String derm;
	UUID patient;

	@BeforeEach
	void setUp() {
		derm = staff.create(Role.DERMATOLOGIST);
		patient = clinic.patient();
	}

	String record(UUID patientId) throws Exception {
		String body = mvc.perform(post("/api/v1/patients/" + patientId + "/lesions").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content(LESION)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void numbersLesionsPerPatientAndKeepsTheCodedImpression() throws Exception {
		record(patient);
		String second = record(patient);
		mvc.perform(get("/api/v1/lesions/" + second).with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("L2"))
			.andExpect(jsonPath("$.site").value("back"))
			.andExpect(jsonPath("$.laterality").value("left"))
			.andExpect(jsonPath("$.abcde").value(hasItems("asymmetry", "colour", "diameter")))
			.andExpect(jsonPath("$.impressionCodes[0].code").value("372244006"))
			.andExpect(jsonPath("$.impressionCodes[0].verified").value(true));
		// another patient starts again at L1
		String other = record(clinic.patient());
		mvc.perform(get("/api/v1/lesions/" + other).with(login.as(derm))).andExpect(jsonPath("$.label").value("L1"));
	}

	@Test
	void reportsEveryProblemAtOnceAndSavesNothing() throws Exception {
		mvc.perform(post("/api/v1/patients/" + patient + "/lesions").with(login.as(derm))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"view": "sideways", "x": 140, "y": 10, "site": "elbow", "sizeMm": -2, "suspicion": "high"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("view", "site")));
		mvc.perform(post("/api/v1/patients/" + patient + "/lesions").with(login.as(derm))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"view": "front", "x": 140, "y": 10, "site": "chest", "sizeMm": -2, "suspicion": "high"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("site", "laterality", "impression", "sizeMm")));
		mvc.perform(get("/api/v1/patients/" + patient + "/lesions").with(login.as(derm)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void storesAPhotoAndRefusesWhatIsNotAnImage() throws Exception {
		String lesion = record(patient);
		MockMultipartFile png = new MockMultipartFile("file", "dermoscopy.png", "image/png",
				Clinic.image("png", 120, 90));
		String body = mvc.perform(multipart("/api/v1/lesions/" + lesion + "/photos").file(png)
			.param("kind", "dermoscopic")
			.param("magnification", "x10")
			.with(login.as(staff.create(Role.NURSE)))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.width").value(120))
			.andReturn().getResponse().getContentAsString();
		String photoId = JsonPath.read(body, "$.id");
		mvc.perform(get("/lesions/" + lesion + "/photos/" + photoId).param("thumbnail", "true").with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));

		MockMultipartFile fake = new MockMultipartFile("file", "photo.jpg", "image/jpeg",
				"this is a text file".getBytes());
		mvc.perform(multipart("/api/v1/lesions/" + lesion + "/photos").file(fake)
			.param("kind", "clinical")
			.header("Accept-Language", "en")
			.with(login.as(derm)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value("The file is not a JPEG or PNG image."));
		mvc.perform(get("/api/v1/lesions/" + lesion).with(login.as(derm)))
			.andExpect(jsonPath("$.photos.length()").value(1));
	}

	@Test
	void rolesDecideWhoRecordsAndWhoSees() throws Exception {
		String lesion = record(patient);
		mvc.perform(post("/api/v1/patients/" + patient + "/lesions").with(login.as(staff.create(Role.PATHOLOGIST)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(LESION)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/lesions/" + lesion).with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
		String own = staff.createPatientAccount(patient);
		mvc.perform(get("/api/v1/lesions/" + lesion).with(login.as(own))).andExpect(status().isOk());
		String other = staff.createPatientAccount(clinic.patient());
		mvc.perform(get("/api/v1/lesions/" + lesion).with(login.as(other))).andExpect(status().isNotFound());
	}

	@Test
	void theBodyMapPageAndTheChartShowTheLesion() throws Exception {
		String lesion = record(patient);
		mvc.perform(get("/patients/" + patient + "/lesions").with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/lesions/" + lesion)))
			.andExpect(content().string(containsString("data-site=\"UPPER_ARM\"")));
		mvc.perform(get("/patients/" + patient).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Lesion L1 mapped: Back")));
		mvc.perform(get("/lesions/" + lesion).with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("372244006")));
	}
}
