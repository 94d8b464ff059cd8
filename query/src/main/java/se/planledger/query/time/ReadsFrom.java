package se.planledger.query.time;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processing groups whose projections a read controller answers from. When one of them has stopped at an
 * event it cannot handle, the answer says it is behind, so nobody takes a stale answer for the current one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsFrom {

    /** The request attribute naming the groups behind and where they stopped, for pages to show it. */
    String BEHIND = "se.planledger.behind";

    String[] value();
}
