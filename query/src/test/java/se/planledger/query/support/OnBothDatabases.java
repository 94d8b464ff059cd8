package se.planledger.query.support;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read-side test that runs twice, each time on a freshly migrated {@link ReadSide} given as its parameter: on H2 in
 * PostgreSQL mode, the embedded default, and on PostgreSQL, production's database. SQL that only one of them
 * accepts, or answers differently, fails one of the two.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface OnBothDatabases {
}
