package se.planledger.ops.audit;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * How far each processing group has come, read from the token table: it holds every segment, whichever node
 * owns it. Axon's TokenStore only hands out a token by claiming it, which would take the segment away from the
 * node processing it, so the rows are read and deserialised here instead.
 */
@Component
public class TokenPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    /** @param serializer the general serializer, which Axon's auto-configuration gives the JDBC token store */
    public TokenPositions(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** How many events the group's slowest segment still has to handle to reach {@code target}. */
    public long behind(String processingGroup, long target) {
        List<OptionalLong> positions = jdbc.query("select token, tokentype from tokenentry where processorname = ?",
                (row, i) -> position(row.getBytes("token"), row.getString("tokentype")), processingGroup);
        if (positions.isEmpty()) {
            return target; // the group has not started yet
        }
        return positions.stream()
                .mapToLong(position -> position.isPresent() ? Math.max(0, target - position.getAsLong()) : target)
                .max().orElse(target);
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
