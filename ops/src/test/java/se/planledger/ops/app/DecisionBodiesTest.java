package se.planledger.ops.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.rejection.NotAllowed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which bodies' decisions a user records follows ledger.security.decision-bodies, for all the user's roles. */
class DecisionBodiesTest {

    private static final AdoptPlan BY_THE_COUNCIL = new AdoptPlan("plan",
            new Decision(Body.RF, "Dnr 1043-2022", null, LocalDate.of(2023, 1, 1)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleRecordsTheCouncilsDecisionsOnlyWhenConfiguredTo() {
        signIn("PLANNER");

        assertThatThrownBy(() -> check(Map.of("PLANNER", Set.of(Body.RS)), BY_THE_COUNCIL))
                .isInstanceOfSatisfying(NotAllowed.class, refused -> {
                    assertThat(refused.field()).isEqualTo("decision.body");
                    assertThat(refused.reason()).contains("user anna records decisions of RS, not of RF (Regionfullmäktige)");
                });
        assertThatCode(() -> check(Map.of("PLANNER", Set.of(Body.RS, Body.RF)), BY_THE_COUNCIL)).doesNotThrowAnyException();
    }

    @Test
    void aUserRecordsTheBodiesOfAllItsRolesAndARoleWrittenInLowerCaseCounts() {
        signIn("FINANCE", "INTERNAL_CONTROL");

        assertThatCode(() -> check(Map.of("FINANCE", Set.of(Body.RS), "internal_control", Set.of(Body.RF)), BY_THE_COUNCIL))
                .doesNotThrowAnyException();
    }

    @Test
    void aRoleNotListedRecordsNoDecisionAndACommandWithoutOneIsNotChecked() {
        signIn("READER");

        assertThatThrownBy(() -> check(Map.of("PLANNER", Set.of(Body.RF)), BY_THE_COUNCIL))
                .hasMessageContaining("records decisions of no body");
        assertThatCode(() -> check(Map.of(), new DraftPlan("plan", "Plan", Body.RF, 2023, 2025))).doesNotThrowAnyException();
    }

    private static void check(Map<String, Set<Body>> decisionBodies, Object command) {
        new DecisionBodies(new SecuritySettings(false, false, "roles", "preferred_username", decisionBodies)).check(command);
    }

    private static void signIn(String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anna", null,
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new))));
    }
}
