package org.cutis.identity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import static org.cutis.identity.Role.CLERK;
import static org.cutis.identity.Role.DERMATOLOGIST;
import static org.cutis.identity.Role.NURSE;
import static org.cutis.identity.Role.ONCOLOGIST;
import static org.cutis.identity.Role.RADIATION_ONCOLOGIST;
import static org.cutis.identity.Role.SURGEON;

/**
 * What the header menu and the start page's tiles offer a role: an entry is shown when the role
 * may open it ({@link Permission}) and its work uses it. Most permissions are exactly the roles
 * that use the page; a few reach wider than anyone's daily work, because the API or a link from
 * a record needs them, and listing those pages in everyone's menu only buries what each role
 * does. For those the roles that use them are listed here; a role left out still opens the page
 * from a link or by its address. Templates ask {@code th:if="${@menu.shows('CALCULATORS')}"}.
 */
@Component("menu")
public class RoleMenu {

	private static final Map<Permission, Set<Role>> USED_BY = usedBy();
	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static Map<Permission, Set<Role>> usedBy() {
		Map<Permission, Set<Role>> used = new EnumMap<>(Permission.class);
		// registration is the front desk's work (clerks) and the nurses' who take in a walk-in;
		// doctors, pathologists and administrators open charts, they do not register patients
		used.put(Permission.PATIENT_REGISTER, EnumSet.of(CLERK, NURSE));
		// the triage worklist is for those who accept or decline referrals (REFERRAL_TRIAGE);
		// clerks record a referral from the chart, administrators triage only to unblock a queue
		used.put(Permission.REFERRAL_READ, EnumSet.of(NURSE, DERMATOLOGIST));
		// the work-up worklist is for those who order and record staging tests; pathologists report
		// the specimen and see the stage on the cancer page
		used.put(Permission.CANCER_READ, EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST, RADIATION_ONCOLOGIST, NURSE));
		// the path log follows the specimens a clinic took until the result reached the patient:
		// the biopsy takers and their nurses; pathologists work from their own worklist
		used.put(Permission.SPECIMEN_READ, EnumSet.of(DERMATOLOGIST, SURGEON, NURSE));
		// staging, margins, Mohs, CTCAE and follow-up are treatment decisions; a pathologist's report
		// computes pT itself, and clerks and administrators have no use for them
		used.put(Permission.CALCULATORS,
				EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST, RADIATION_ONCOLOGIST, NURSE));
		// issue 11: "my patients to treat" is the treating physicians' list; nurses open it by address
		used.put(Permission.TREATMENT_WORKLIST, EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST, RADIATION_ONCOLOGIST));
		// issue 12: the recommendations awaiting an answer are the oncologists' work (the dermatologist
		// who sent one sees its answer on the adverse event and the chart); the proposed pre-emptive
		// regimens are the dermatologists' decisions
		used.put(Permission.ONCOLOGY_ADVICE_READ, EnumSet.of(ONCOLOGIST, RADIATION_ONCOLOGIST));
		used.put(Permission.SKIN_PROPHYLAXIS_READ, EnumSet.of(DERMATOLOGIST));
		// issue 13: the clinic list is the clinic's daily work (the doctors who hold clinics, their nurses
		// and the front desk); sessions and leave are kept by the doctors and the front desk
		used.put(Permission.CLINIC_READ, EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST, RADIATION_ONCOLOGIST, NURSE, CLERK));
		used.put(Permission.CLINIC_SESSION_MANAGE,
				EnumSet.of(DERMATOLOGIST, SURGEON, ONCOLOGIST, RADIATION_ONCOLOGIST, CLERK));
		// issue 13 (recall): the recall worklist is the nurses' work, with the clerks who book; doctors see
		// their patients' visits on the plan and open the list by its address
		used.put(Permission.RECALL_READ, EnumSet.of(NURSE, CLERK));
		// issue 13, recurrence: the open relapse work-ups (re-biopsies to order) are for those who biopsy
		used.put(Permission.RECURRENCE_READ, EnumSet.of(DERMATOLOGIST, SURGEON));
		return Collections.unmodifiableMap(used);
	}

	private final Access access;

	RoleMenu(Access access) {
		this.access = access;
	}

	/** Whether the current user's menu lists the page of this permission (by the permission's name). */
	public boolean shows(String permission) {
		Permission p = Permission.valueOf(permission);
		if (!access.allows(p)) {
			return false;
		}
		Set<Role> users = USED_BY.get(p);
		if (users == null) {
			return true;
		}
		Optional<Role> role = Access.roleOf(SecurityContextHolder.getContext().getAuthentication());
		return role.map(users::contains).orElse(false);
	}

	/**
	 * Whether someone is signed in (what {@code sec:authorize="isAuthenticated()"} asks): the layout
	 * asks it on every page, and the security dialect builds an evaluation context for each question.
	 */
	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
	}

	/** The signed-in person as the header shows them, or none (the security dialect reads it by reflection). */
	public CutisPrincipal principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CutisPrincipal p ? p : null;
	}

	/** The roles whose menu lists the page of this permission: for the documentation and the tests. */
	public static Set<Role> shownTo(Permission permission) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : permission.roles()) {
			Set<Role> users = USED_BY.get(permission);
			if (users == null || users.contains(role)) {
				roles.add(role);
			}
		}
		return roles;
	}
}
