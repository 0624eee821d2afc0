package org.cutis.support;

import java.util.concurrent.Callable;

import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The application's password encoder in the tests: the production one (bcrypt behind the
 * delegating encoder), which also counts the password checks ({@code matches}) made on the
 * calling thread while a test asks it to, so a test can prove that a login made exactly one.
 * MockMvc runs the request on the test's thread.
 */
@Component
@Primary
public class PasswordChecks implements PasswordEncoder {
	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	private final ThreadLocal<int[]> counter = new ThreadLocal<>();

	/** How many passwords were checked on this thread while {@code action} ran. */
	public int during(Callable<?> action) throws Exception {
		int[] count = new int[1];
		counter.set(count);
		try {
			action.call();
		}
		finally {
			counter.remove();
		}
		return count[0];
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		int[] count = counter.get();
		if (count != null) {
			count[0]++;
		}
		return encoder.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}
}
