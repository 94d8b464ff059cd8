package se.planledger.ops.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users of application.yml: each one's password is its name. */
public final class DemoUsers {

    private DemoUsers() {
    }

    /** The Authorization header that signs in as the demo user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
