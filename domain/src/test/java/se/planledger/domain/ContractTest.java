package se.planledger.domain;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.planledger.domain.budget.BudgetCommand;
import se.planledger.domain.budget.BudgetEvent;
import se.planledger.domain.control.ControlCommand;
import se.planledger.domain.control.ControlEvent;
import se.planledger.domain.followup.FollowUpCommand;
import se.planledger.domain.followup.FollowUpEvent;
import se.planledger.domain.plan.PlanCommand;
import se.planledger.domain.plan.PlanEvent;
import se.planledger.domain.risk.RiskCommand;
import se.planledger.domain.risk.RiskEvent;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are the ledger's permanent contract, so each area's sealed interfaces must name every event and command of
 * its package: a record named in the past tense is an event, a record routed to an aggregate (a
 * {@code @TargetAggregateIdentifier}) is a command, any other record is a value. A new record that is left out of its
 * interface fails here.
 */
class ContractTest {

    record Area(Class<?> commands, Class<?> events) {
    }

    static Stream<Area> areas() {
        return Stream.of(new Area(PlanCommand.class, PlanEvent.class),
                new Area(FollowUpCommand.class, FollowUpEvent.class),
                new Area(BudgetCommand.class, BudgetEvent.class),
                new Area(RiskCommand.class, RiskEvent.class),
                new Area(ControlCommand.class, ControlEvent.class));
    }

    @ParameterizedTest
    @MethodSource("areas")
    void eachAreaNamesEveryEventAndCommandOfItsPackage(Area area) {
        Set<String> events = permitted(area.events());
        Set<String> commands = permitted(area.commands());
        Set<Class<?>> records = recordsBeside(area.events());

        assertThat(events).as("%s and %s share no record", area.events().getSimpleName(), area.commands().getSimpleName())
                .doesNotContainAnyElementsOf(commands);
        assertThat(events).as("the records of %s named in the past tense", area.events().getPackageName())
                .isEqualTo(names(records.stream().filter(ContractTest::pastTense)));
        assertThat(commands).as("the records of %s routed to an aggregate", area.commands().getPackageName())
                .isEqualTo(names(records.stream().filter(ContractTest::routed)));
    }

    /** The stored event type is the record's class name; a type property on an interface would change stored JSON. */
    @ParameterizedTest
    @MethodSource("areas")
    void theInterfacesLeaveTheStoredJsonAlone(Area area) {
        assertThat(area.events().getAnnotation(JsonTypeInfo.class)).isNull();
        assertThat(area.commands().getAnnotation(JsonTypeInfo.class)).isNull();
    }

    private static Set<String> permitted(Class<?> sealed) {
        assertThat(sealed.isSealed()).as(sealed.getSimpleName() + " is sealed").isTrue();
        Class<?>[] subtypes = Objects.requireNonNull(sealed.getPermittedSubclasses());
        Arrays.stream(subtypes).forEach(subtype -> assertThat(subtype.isRecord() && subtype.getPackage() == sealed.getPackage())
                .as(subtype.getName() + " is a record beside " + sealed.getSimpleName()).isTrue());
        return names(Arrays.stream(subtypes));
    }

    private static boolean pastTense(Class<?> record) {
        return record.getSimpleName().endsWith("ed");
    }

    private static boolean routed(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).anyMatch(component ->
                component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private static Set<String> names(Stream<Class<?>> classes) {
        return classes.map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The top-level records beside {@code member}, listed from the compiled classes directory it was loaded from (not
     * by package name: the test classes hold packages of the same names).
     */
    private static Set<Class<?>> recordsBeside(Class<?> member) {
        File[] files;
        try {
            File root = new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(root).as(member.getName() + " compiled into a directory").isDirectory();
            files = new File(root, member.getPackageName().replace('.', '/'))
                    .listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(Objects.requireNonNull(files))
                .map(file -> load(member.getPackageName() + "." + file.getName().replace(".class", "")))
                .filter(Class::isRecord)
                .collect(Collectors.toSet());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
