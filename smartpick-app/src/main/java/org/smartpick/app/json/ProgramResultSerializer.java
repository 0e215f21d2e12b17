package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.smartpick.core.recommend.ProgramResult;

/**
 * Writes a {@link ProgramResult} as its {@link ProgramWire}, the answer's one mapping of it. Compact UTF-8 answers (the
 * API's) are encoded by {@link CompactAnswerBytes} and written raw: the programs are 95% of a full answer (about 1,000
 * of them, 1.5 MB), most of their text repeats from program to program, and no field goes through reflection there.
 * Any other generator (the CLI's indented one), and a program with a character outside the Basic Multilingual Plane,
 * gets the record written by Jackson itself. Tests compare the two byte for byte; docs/benchmarks.md has what the fast
 * path buys (the JSON benchmarks).
 */
final class ProgramResultSerializer extends StdSerializer<ProgramResult> {
    ProgramResultSerializer() {
        super(ProgramResult.class);
    }

    @Override
    public void serialize(ProgramResult program, JsonGenerator out, SerializerProvider provider) throws IOException {
        ProgramWire wire = ProgramWire.of(program);
        AnswerWriters writers = AnswerWriters.of(out, provider);
        if (writers.encoded(wire)) {
            writers.compact().writeTo(out);
        } else {
            provider.findValueSerializer(ProgramWire.class).serialize(wire, out, provider);
        }
    }
}
